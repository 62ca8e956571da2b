package org.openup.spi.web;

import java.util.Map;

/**
 * What a handler answers. A {@code String} or {@code byte[]} body is sent as it is with
 * {@code contentType}; any other body is written as JSON.
 */
public record WebResponse(int status, String contentType, Object body, Map<String, String> headers) {

    public static WebResponse json(int status, Object body) {
        return new WebResponse(status, "application/json", body, Map.of());
    }

    public static WebResponse text(int status, String contentType, String body) {
        return new WebResponse(status, contentType, body, Map.of());
    }

    public static WebResponse noContent() {
        return new WebResponse(204, null, null, Map.of());
    }

    public WebResponse withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new WebResponse(status, contentType, body, Map.copyOf(more));
    }
}
