package org.openup.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.testing.TestStores;
import org.openup.web.access.TrustedProxies;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The web adapter over real HTTP, on a real SQLite file and a real PostgreSQL server. */
class WebApiTest {

    @TempDir
    Path home;

    static void assertProblem(ApiClient.Answer answer, int status) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
        assertThat(answer.body().get("detail").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void twoPartnersRegisterStartInviteAndJoinOverHttp(TestStores kind) throws Exception {
        try (WebApp app = WebApp.start(kind.newStore(home), "127.0.0.1", 0)) {
            ApiClient ana = new ApiClient(app.port());
            ApiClient ben = new ApiClient(app.port());

            ApiClient.Answer health = ana.call("GET", "/health", null);
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body().at("/status").asText()).isEqualTo("UP");
            assertThat(health.body().at("/store/kind").asText()).isEqualTo(kind == TestStores.SQLITE ? "sqlite" : "postgresql");
            assertThat(health.body().at("/plugins/loaded").isArray()).isTrue();

            ana.register("ana@example.org", "Ana");
            ApiClient.Answer started = ana.call("POST", "/api/v1/journeys", null);
            assertThat(started.status()).isEqualTo(201);
            String journeyId = started.body().get("journeyId").asText();
            assertThat(started.body().at("/members/0/displayName").asText()).isEqualTo("Ana");

            ApiClient.Answer invitation = ana.call("POST", "/api/v1/journeys/" + journeyId + "/partner-invitations", null);
            assertThat(invitation.status()).isEqualTo(201);
            String code = invitation.body().get("code").asText();

            ben.register("ben@example.org", "Ben");
            ApiClient.Answer joined = ben.call("POST", "/api/v1/join", "{\"code\":\"" + code + "\"}");
            assertThat(joined.status()).isEqualTo(201);
            assertThat(joined.body().get("members").findValuesAsText("displayName")).containsExactly("Ana", "Ben");
            assertThat(ana.call("GET", "/api/v1/journeys/" + journeyId, null).body().get("members").size()).isEqualTo(2);

            ApiClient cam = new ApiClient(app.port());
            cam.register("cam@example.org", "Cam");
            assertProblem(cam.call("POST", "/api/v1/join", "{\"code\":\"" + code + "\"}"), 409);
            assertProblem(cam.call("GET", "/api/v1/journeys/" + journeyId, null), 404);

            // Ana changes the name she is shown by: her account and Ben's view of the journey show it
            ApiClient.Answer renamed = ana.call("PUT", "/api/v1/account/name", "{\"displayName\":\"  Ana   Bell \"}");
            assertThat(renamed.status()).isEqualTo(200);
            assertThat(renamed.body().get("displayName").asText()).isEqualTo("Ana Bell");
            assertThat(ana.call("GET", "/api/v1/session", null).body().get("displayName").asText()).isEqualTo("Ana Bell");
            assertThat(ben.call("GET", "/api/v1/journeys/" + journeyId, null).body().get("members").findValuesAsText("displayName"))
                    .containsExactly("Ana Bell", "Ben");
            assertProblem(ana.call("PUT", "/api/v1/account/name", "{\"displayName\":\"   \"}"), 400);

            ApiClient.Answer left = ben.call("POST", "/api/v1/journeys/" + journeyId + "/leave", null);
            assertThat(left.status()).isEqualTo(200);
            assertThat(left.body().at("/members/1/leftAt").isNull()).isFalse();
        }
    }

    @Test
    void badInputGetsAProblemDocumentNeverAStackTrace() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            ApiClient ana = new ApiClient(app.port());
            ApiClient anonymous = new ApiClient(app.port());
            assertProblem(anonymous.call("GET", "/api/v1/journeys", null), 401);
            assertProblem(anonymous.call("POST", "/api/v1/journeys", null), 401);

            ana.register("ana@example.org", "Ana");
            ApiClient zoe = new ApiClient(app.port());
            zoe.register("zoe@example.org", "Zoe");
            String othersId = zoe.call("POST", "/api/v1/journeys", null).body().get("journeyId").asText();

            assertProblem(ana.call("POST", "/api/v1/journeys", null, false), 403); // no CSRF token
            assertProblem(ana.call("GET", "/api/v1/journeys/" + UUID.randomUUID(), null), 404);
            assertProblem(ana.call("GET", "/api/v1/journeys/" + othersId, null), 404);
            assertProblem(ana.call("GET", "/api/v1/journeys/not-an-id", null), 404);
            assertProblem(ana.call("POST", "/api/v1/journeys/" + othersId + "/partner-invitations", null), 404);
            assertProblem(ana.call("GET", "/api/v1/nothing-here", null), 404);

            assertProblem(ana.call("POST", "/api/v1/journeys", "{\"displayName\":"), 400);
            ApiClient.Answer longName = ana.call("POST", "/api/v1/journeys", "{\"displayName\":\"" + "x".repeat(81) + "\"}");
            assertProblem(longName, 400);
            assertThat(longName.body().get("field").asText()).isEqualTo("displayName");
            ApiClient.Answer badCode = ana.call("POST", "/api/v1/join", "{\"code\":\"12\"}");
            assertProblem(badCode, 400);
            assertThat(badCode.body().get("field").asText()).isEqualTo("code");
            assertProblem(ana.call("POST", "/api/v1/join", "{\"code\":\"AAAA-BBBB-CCCC\"}"), 409);
            ApiClient.Answer badEmail = anonymous.call("POST", "/api/v1/account",
                    "{\"email\":\"nope\",\"password\":\"a long enough secret\",\"displayName\":\"X\"}");
            assertProblem(badEmail, 400);
            assertThat(badEmail.body().get("field").asText()).isEqualTo("email");

            String huge = "{\"displayName\":\"" + "x".repeat(100_000) + "\"}";
            assertProblem(ana.call("POST", "/api/v1/journeys", huge), 413);
        }
    }

    @Test
    void sessionsSignInOutThrottleAndEndOnPasswordChange() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            ApiClient ana = new ApiClient(app.port());
            ana.register("ana@example.org", "Ana");
            ApiClient.Answer me = ana.call("GET", "/api/v1/session", null);
            assertThat(me.body().get("email").asText()).isEqualTo("ana@example.org");

            ApiClient laptop = new ApiClient(app.port());
            assertProblem(laptop.call("POST", "/api/v1/session", "{\"email\":\"ana@example.org\",\"password\":\"wrong one!\"}"), 401);
            ApiClient.Answer signedIn = laptop.call("POST", "/api/v1/session",
                    "{\"email\":\"ana@example.org\",\"password\":\"a long enough secret\"}");
            assertThat(signedIn.status()).isEqualTo(200);
            assertThat(signedIn.raw().headers().allValues("Set-Cookie")).anySatisfy(c ->
                    assertThat(c).contains("openup_session=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));

            assertThat(ana.call("PUT", "/api/v1/account/password",
                    "{\"currentPassword\":\"a long enough secret\",\"newPassword\":\"an even longer secret\"}").status()).isEqualTo(204);
            assertProblem(laptop.call("GET", "/api/v1/session", null), 401); // the other session ended
            assertThat(ana.call("GET", "/api/v1/session", null).status()).isEqualTo(200);

            assertThat(ana.call("DELETE", "/api/v1/session", null).status()).isEqualTo(204);
            assertProblem(ana.call("GET", "/api/v1/session", null), 401);

            ApiClient guesser = new ApiClient(app.port());
            for (int i = 0; i < 5; i++) {
                assertProblem(guesser.call("POST", "/api/v1/session", "{\"email\":\"ana@example.org\",\"password\":\"guess " + i + "\"}"), 401);
            }
            ApiClient.Answer throttled = guesser.call("POST", "/api/v1/session",
                    "{\"email\":\"ana@example.org\",\"password\":\"an even longer secret\"}");
            assertProblem(throttled, 429);
            assertThat(throttled.raw().headers().firstValue("Retry-After")).isPresent();
        }
    }

    /** Behind a trusted proxy, sign-in failures count per forwarded client, not for everyone behind the proxy. */
    @Test
    void behindATrustedProxyOneGuesserIsThrottledAndOthersAreNot() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0,
                TrustedProxies.from(Map.of(TrustedProxies.ENV, "127.0.0.1, ::1")))) {
            // given: Ana's account, and a guesser behind the proxy trying many addresses' passwords
            new ApiClient(app.port()).register("ana@example.org", "Ana");
            ApiClient proxy = new ApiClient(app.port());
            for (int i = 0; i < 20; i++) {
                proxy.send("POST", "/api/v1/session", java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"nobody" + i + "@example.org\",\"password\":\"guess guess " + i + "\"}"),
                        Map.of("X-Forwarded-For", "203.0.113.66"), false);
            }

            // when: the guesser tries once more, and Ana signs in through the same proxy from her own address
            ApiClient.Answer guesser = proxy.send("POST", "/api/v1/session", java.net.http.HttpRequest.BodyPublishers.ofString(
                    "{\"email\":\"someone@example.org\",\"password\":\"guess guess more\"}"),
                    Map.of("X-Forwarded-For", "203.0.113.66"), false);
            ApiClient.Answer ana = proxy.send("POST", "/api/v1/session", java.net.http.HttpRequest.BodyPublishers.ofString(
                    "{\"email\":\"ana@example.org\",\"password\":\"a long enough secret\"}"),
                    Map.of("X-Forwarded-For", "198.51.100.20"), false);

            // then: only the guesser's address is throttled
            assertProblem(guesser, 429);
            assertThat(ana.status()).isEqualTo(200);
        }
    }
}
