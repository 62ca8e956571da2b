package org.openup.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The HTTP API as a script uses it: JSON bodies and the session token as a Bearer header, which
 * any node accepts (sessions live in the database) and which needs no CSRF token.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Longer than a command's wait for its projections (15 s), which a node taking over segments may need. */
    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(40);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Answer(int status, JsonNode body, String raw) {
    }

    /** A signed-in member: their id and session token. */
    record Member(String memberId, String token) {
    }

    Answer send(URI node, String method, String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(path)).timeout(REQUEST_LIMIT)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        JsonNode parsed = body.startsWith("{") ? JSON.readTree(body) : null;
        return new Answer(response.statusCode(), parsed, body);
    }

    /** Like {@link #send}, but anything but {@code expected} fails the test with the answer. */
    JsonNode expect(int expected, URI node, String method, String path, String token, String json) throws Exception {
        Answer a = send(node, method, path, token, json);
        if (a.status() != expected) {
            throw new AssertionError(method + " " + path + " on " + node + " answered " + a.status() + ": " + a.raw());
        }
        return a.body();
    }

    Member register(URI node, String email, String name) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(node.resolve("/api/v1/account")).timeout(REQUEST_LIMIT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of(
                        "email", email, "password", "a long enough secret", "displayName", name))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new AssertionError("Registering " + email + " answered " + r.statusCode() + ": " + r.body());
        }
        String token = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("openup_session="))
                .map(c -> c.substring("openup_session=".length(), c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("No session cookie in " + r.headers()));
        return new Member(JSON.readTree(r.body()).get("memberId").asText(), token);
    }
}
