package org.openup.spi.web;

/**
 * Answers one request. Throw the core's failures ({@code NotFoundException}, {@code RefusedException},
 * {@code InvalidInputException}, ...) and the adapter turns them into the same problem+json
 * answers as the rest of the API.
 */
@FunctionalInterface
public interface WebHandler {

    WebResponse handle(WebRequest request) throws Exception;
}
