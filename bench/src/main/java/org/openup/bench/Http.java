package org.openup.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** The few HTTP calls the benchmarks make, as a script would: a session token in a Bearer header. */
final class Http {

    /** A registered member with a journey: what a load client acts as. */
    record Member(String token, String journeyId) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    String url(String path) {
        return base + path;
    }

    /** A moment as long as a typical one, so event rows have realistic sizes. */
    static final String MOMENT = "{\"what\":\"He told me how the week at work really went, without me asking twice. It felt easy.\"}";

    Member newMemberWithJourney() throws IOException, InterruptedException {
        String email = "bench-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> registered = send("POST", "/api/v1/account", null,
                "{\"email\":\"" + email + "\",\"password\":\"a long enough password\",\"displayName\":\"Bench\"}");
        String token = registered.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("openup_session="))
                .map(c -> c.substring("openup_session=".length(), c.indexOf(';')))
                .findFirst().orElseThrow(() -> new IllegalStateException("no session cookie: " + registered.body()));
        JsonNode journey = JSON.readTree(expect(201, send("POST", "/api/v1/journeys", token, null)));
        return new Member(token, journey.get("journeyId").asText());
    }

    HttpResponse<String> send(String method, String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
