package org.openup.spi.web;

import java.util.Optional;

/** What a plugin's handler may know of a request, independent of the web framework. */
public interface WebRequest {

    String pathParam(String name);

    Optional<String> query(String name);

    Optional<String> header(String name);

    /** The JSON body read into {@code type}, with the adapter's size limit and validation messages. */
    <T> T body(Class<T> type);

    /**
     * The signed-in member (session cookie with CSRF token for changes, or bearer token). Refuses
     * with 401 when there is none: call it only on routes that need a member.
     */
    String memberId();

    /** The scheme, host and port the caller used, to build absolute links such as a feed URL. */
    String baseUrl();
}
