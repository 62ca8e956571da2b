package org.openup.spi.failure;

/** The credentials given do not identify anyone. Deliberately vague about which part was wrong. */
public class NotAuthenticatedException extends RuntimeException {
    public NotAuthenticatedException(String message) {
        super(message);
    }
}
