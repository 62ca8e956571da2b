package org.openup.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** One browser-like client for API tests: its own cookie jar, and the CSRF token its session was given. */
final class ApiClient {

    record Answer(int status, String contentType, JsonNode body, HttpResponse<String> raw) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    String csrf;

    ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A plain GET whose body is not JSON. */
    HttpResponse<String> raw(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    Answer call(String method, String path, String body) throws Exception {
        return call(method, path, body, true);
    }

    Answer call(String method, String path, String body, boolean sendCsrf) throws Exception {
        return send(method, path, body == null ? null : HttpRequest.BodyPublishers.ofString(body), Map.of(), sendCsrf);
    }

    /**
     * Any request: {@code body} null for none (then no Content-Type is sent), extra {@code headers}
     * as given (a Content-Type among them replaces the JSON one).
     */
    Answer send(String method, String path, HttpRequest.BodyPublisher body, Map<String, String> headers, boolean sendCsrf)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(java.time.Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        headersFor(body != null, headers, sendCsrf).forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode parsed = jsonOrNull(response.headers().firstValue("Content-Type").orElse(""), response.body());
        if (parsed != null && parsed.has("csrfToken")) {
            csrf = parsed.get("csrfToken").asText();
        }
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), parsed, response);
    }

    /** The headers {@link #send} adds to {@code headers}: JSON unless told otherwise, and the CSRF token when asked. */
    private Map<String, String> headersFor(boolean hasBody, Map<String, String> headers, boolean sendCsrf) {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        if (hasBody && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            all.put("Content-Type", "application/json");
        }
        all.putAll(headers);
        if (sendCsrf && csrf != null) {
            all.put("X-CSRF-Token", csrf);
        }
        return all;
    }

    /** An answer's body as JSON when it says it is JSON and parses; null otherwise (the raw text still tells). */
    static JsonNode jsonOrNull(String contentType, String body) {
        if (!contentType.contains("json") || body.isEmpty()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            return null;
        }
    }

    /** What {@link #send} would send as headers for a request with a body, its cookies included, for a client that writes the request itself. */
    Map<String, String> headersWithCookies(Map<String, String> headers, boolean sendCsrf) {
        Map<String, String> all = headersFor(true, headers, sendCsrf);
        String jar = cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        if (!jar.isEmpty() && all.keySet().stream().noneMatch("Cookie"::equalsIgnoreCase)) {
            all.put("Cookie", jar);
        }
        return all;
    }

    /** The session token from the cookie jar (a script would send it as a bearer token), or null when signed out. */
    String sessionToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("openup_session"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Forgets the session here (not on the server): the next request is anonymous again. */
    void forgetSession() {
        cookies.getCookieStore().removeAll();
        csrf = null;
    }

    /** Registers and stays signed in; returns the member id. */
    String register(String email, String name) throws Exception {
        Answer a = call("POST", "/api/v1/account",
                "{\"email\":\"" + email + "\",\"password\":\"a long enough secret\",\"displayName\":\"" + name + "\"}");
        if (a.status() != 201) {
            throw new AssertionError("register failed: " + a.body());
        }
        return a.body().get("memberId").asText();
    }
}
