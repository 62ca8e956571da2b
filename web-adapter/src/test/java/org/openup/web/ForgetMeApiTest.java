package org.openup.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.testing.TestStores;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openup.web.WebApiTest.assertProblem;

/** Forgetting oneself over HTTP: confirmed by password, signs out, and the partner sees "[forgotten]". */
class ForgetMeApiTest {

    private static final String PASSWORD = "a long enough secret";

    @TempDir
    Path home;

    @Test
    void aMemberForgetsThemselvesAndThePartnerKeepsTheirOwnWords() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            ApiClient ana = new ApiClient(app.port());
            ApiClient ben = new ApiClient(app.port());
            ana.register("ana@example.org", "Ana Wordsworth");
            ben.register("ben@example.org", "Ben");
            String j = ana.call("POST", "/api/v1/journeys", null).body().get("journeyId").asText();
            String base = "/api/v1/journeys/" + j;
            String code = ana.call("POST", base + "/partner-invitations", null).body().get("code").asText();
            ben.call("POST", "/api/v1/join", "{\"code\":\"" + code + "\"}");
            ana.call("POST", base + "/invitations", "{\"topicHint\":\"the move to Leeds\"}");
            ben.call("POST", base + "/moments", "{\"what\":\"Ben's own moment\"}");
            assertThat(ben.call("GET", base, null).body().toString()).contains("Ana Wordsworth");

            assertProblem(ana.call("POST", "/api/v1/account/forget", "{\"password\":\"not my password\"}"), 400);
            assertProblem(ana.call("POST", "/api/v1/account/forget", "{}"), 400);
            ApiClient.Answer forgotten = ana.call("POST", "/api/v1/account/forget", "{\"password\":\"" + PASSWORD + "\"}");
            assertThat(forgotten.status()).isEqualTo(200);
            assertThat(forgotten.body().get("journeysLeft").asInt()).isEqualTo(1);
            assertThat(forgotten.body().get("accountDeleted").asBoolean()).isTrue();

            assertProblem(ana.call("GET", "/api/v1/session", null), 401);
            assertProblem(new ApiClient(app.port()).call("POST", "/api/v1/session",
                    "{\"email\":\"ana@example.org\",\"password\":\"" + PASSWORD + "\"}"), 401);
            String seenByBen = ben.call("GET", base, null).body().toString();
            assertThat(seenByBen).doesNotContain("Ana Wordsworth").contains("[forgotten]");
            // her invitation keeps its shape for Ben; its topic, hers, is no longer shown once she left
            assertThat(ben.call("GET", base + "/invitations", null).body().toString())
                    .doesNotContain("Leeds").contains("\"topicHint\":null");
            assertThat(ben.call("GET", base + "/moments", null).body().toString()).contains("Ben's own moment");
            // the address is free again: nothing of the old account is left to collide with
            assertThat(new ApiClient(app.port()).register("ana@example.org", "Ana again")).isNotBlank();
        }
    }
}
