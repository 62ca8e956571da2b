package org.openup.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.testing.TestStores;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The web adapter over real HTTP, on a real H2 file and a real PostgreSQL server. */
class WebApiTest {

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private String base;

    record Answer(int status, String contentType, JsonNode body) {
    }

    private Answer call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode parsed = response.body().isEmpty() ? null : json.readTree(response.body());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), parsed);
    }

    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
        assertThat(answer.body().get("detail").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void twoPartnersStartInviteAndJoinOverHttp(TestStores kind) throws Exception {
        try (WebApp app = WebApp.start(kind.newStore(home), "127.0.0.1", 0)) {
            base = "http://127.0.0.1:" + app.port();

            Answer health = call("GET", "/health", null, null);
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body().at("/status").asText()).isEqualTo("UP");
            assertThat(health.body().at("/store/kind").asText()).isEqualTo(kind == TestStores.H2 ? "h2" : "postgresql");
            assertThat(health.body().at("/store/schemaVersion").asInt()).isPositive();
            assertThat(health.body().at("/plugins/loaded").isArray()).isTrue();

            Answer started = call("POST", "/api/v1/journeys", null, "{\"displayName\":\"Ana\"}");
            assertThat(started.status()).isEqualTo(201);
            String anaToken = started.body().get("accessToken").asText();
            String journeyId = started.body().at("/journey/journeyId").asText();

            Answer invitation = call("POST", "/api/v1/journeys/" + journeyId + "/partner-invitations", anaToken, null);
            assertThat(invitation.status()).isEqualTo(201);
            String code = invitation.body().get("code").asText();
            assertThat(call("GET", "/api/v1/journeys/" + journeyId, anaToken, null).body().get("invitationExpiresAt").isNull())
                    .isFalse();

            Answer joined = call("POST", "/api/v1/join", null, "{\"code\":\"" + code + "\",\"displayName\":\"Ben\"}");
            assertThat(joined.status()).isEqualTo(201);
            String benToken = joined.body().get("accessToken").asText();

            Answer seenByBen = call("GET", "/api/v1/journeys/" + journeyId, benToken, null);
            assertThat(seenByBen.status()).isEqualTo(200);
            assertThat(seenByBen.body().get("members").findValuesAsText("displayName")).containsExactly("Ana", "Ben");

            assertProblem(call("POST", "/api/v1/join", null, "{\"code\":\"" + code + "\",\"displayName\":\"Cam\"}"), 409);

            Answer left = call("POST", "/api/v1/journeys/" + journeyId + "/leave", benToken, null);
            assertThat(left.status()).isEqualTo(200);
            assertThat(left.body().at("/members/1/leftAt").isNull()).isFalse();
            assertThat(call("GET", "/api/v1/journeys", anaToken, null).body().get("journeys").size()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestStores.class, names = "H2")
    void badInputGetsAProblemDocumentNeverAStackTrace(TestStores kind) throws Exception {
        try (WebApp app = WebApp.start(kind.newStore(home), "127.0.0.1", 0)) {
            base = "http://127.0.0.1:" + app.port();
            String token = call("POST", "/api/v1/journeys", null, "{\"displayName\":\"Ana\"}").body().get("accessToken").asText();
            Answer otherJourney = call("POST", "/api/v1/journeys", null, "{\"displayName\":\"Zoe\"}");
            String othersId = otherJourney.body().at("/journey/journeyId").asText();

            assertProblem(call("GET", "/api/v1/journeys", null, null), 401);
            assertProblem(call("GET", "/api/v1/journeys", "not-a-token", null), 401);
            assertProblem(call("GET", "/api/v1/journeys/" + UUID.randomUUID(), token, null), 404);
            assertProblem(call("GET", "/api/v1/journeys/" + othersId, token, null), 404);
            assertProblem(call("GET", "/api/v1/journeys/not-an-id", token, null), 404);
            assertProblem(call("POST", "/api/v1/journeys/" + othersId + "/partner-invitations", token, null), 404);
            assertProblem(call("GET", "/api/v1/nothing-here", token, null), 404);

            Answer malformed = call("POST", "/api/v1/journeys", null, "{\"displayName\":");
            assertProblem(malformed, 400);
            Answer missingName = call("POST", "/api/v1/journeys", null, "{}");
            assertProblem(missingName, 400);
            assertThat(missingName.body().get("field").asText()).isEqualTo("displayName");
            Answer longName = call("POST", "/api/v1/journeys", null, "{\"displayName\":\"" + "x".repeat(81) + "\"}");
            assertProblem(longName, 400);
            Answer badCode = call("POST", "/api/v1/join", null, "{\"code\":\"12\",\"displayName\":\"Ben\"}");
            assertProblem(badCode, 400);
            assertThat(badCode.body().get("field").asText()).isEqualTo("code");
            Answer unknownCode = call("POST", "/api/v1/join", null, "{\"code\":\"AAAA-BBBB-CCCC\",\"displayName\":\"Ben\"}");
            assertProblem(unknownCode, 409);

            String huge = "{\"displayName\":\"" + "x".repeat(100_000) + "\"}";
            assertProblem(call("POST", "/api/v1/journeys", null, huge), 413);
        }
    }
}
