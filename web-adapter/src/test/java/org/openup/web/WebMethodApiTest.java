package org.openup.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openup.web.WebApiTest.assertProblem;

/** Every step of the method through the HTTP API, two partners, with what each may see. */
class WebMethodApiTest {

    @TempDir
    Path home;

    @Test
    void theWholeMethodOverHttp() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            ApiClient ana = new ApiClient(app.port());
            ApiClient ben = new ApiClient(app.port());
            ana.register("ana@example.org", "Ana");
            ben.register("ben@example.org", "Ben");
            String j = ana.call("POST", "/api/v1/journeys", null).body().get("journeyId").asText();
            String base = "/api/v1/journeys/" + j;
            String code = ana.call("POST", base + "/partner-invitations", null).body().get("code").asText();
            assertThat(ben.call("POST", "/api/v1/join", "{\"code\":\"" + code + "\"}").status()).isEqualTo(201);
            assertThat(ben.call("PUT", base + "/time-zone", "{\"zone\":\"Europe/Berlin\"}").status()).isEqualTo(200);

            // Step 1
            ApiClient.Answer asked = ana.call("POST", base + "/questions", "{\"question\":\"why won't she talk to me\"}");
            assertThat(asked.status()).isEqualTo(201);
            assertThat(asked.body().at("/reframed/proposal").asText()).isEqualTo("What is keeping her from talking to me?");
            String q = asked.body().at("/reframed/questionId").asText();
            assertThat(ana.call("POST", base + "/questions/" + q + "/decision", "{\"decision\":\"accepted\"}").body()
                    .get("finalText").asText()).isEqualTo("What is keeping her from talking to me?");
            assertProblem(ana.call("POST", base + "/questions/" + q + "/decision", "{\"decision\":\"maybe\"}"), 400);
            assertThat(ana.call("GET", base + "/questions/" + q + "/for-partner", null).body().get("draft").asText())
                    .isEqualTo("What is keeping you from talking to me?");
            assertProblem(ben.call("GET", base + "/questions/" + q + "/for-partner", null), 404);
            assertThat(ben.call("GET", base + "/questions", null).body().get("questions")).isEmpty();
            ApiClient.Answer unsafe = ana.call("POST", base + "/questions", "{\"question\":\"I am scared of my partner\"}");
            assertThat(unsafe.status()).isEqualTo(422);
            assertThat(unsafe.body().get("type").asText()).isEqualTo("/problems/safety-first");
            assertThat(unsafe.body().at("/safety/resources").size()).isPositive();
            // the same on a moment: the note, nothing kept, and the ladder paused until she resumes it
            ApiClient.Answer unsafeMoment = ana.call("POST", base + "/moments", "{\"what\":\"She pushed me against the wall again\"}");
            assertThat(unsafeMoment.status()).isEqualTo(422);
            assertThat(unsafeMoment.body().at("/safety/note").asText()).contains("was not kept");
            assertThat(ana.call("GET", base + "/moments", null).body().get("moments")).isEmpty();
            assertThat(ana.call("GET", base + "/insights", null).body().at("/ladder/reason").asText()).isEqualTo("PAUSED_FOR_SAFETY");
            assertThat(ben.call("GET", base + "/insights", null).body().at("/ladder/reason").asText()).isEqualTo("FIRST_TALK");
            assertThat(ana.call("POST", base + "/ladder/resume", null).status()).isEqualTo(204);
            assertThat(ana.call("GET", base + "/insights", null).body().at("/ladder/reason").asText()).isEqualTo("FIRST_TALK");

            // Step 2
            assertThat(ana.call("GET", "/api/v1/constraint-catalogue", null).body().get("constraints").size()).isEqualTo(12);
            String c = ana.call("POST", base + "/constraints", "{\"kind\":\"stress-and-overload\",\"note\":\"new job\"}")
                    .body().get("constraintId").asText();
            assertThat(ben.call("GET", base + "/constraints", null).body().get("constraints")).isEmpty();
            assertThat(ana.call("PUT", base + "/constraints/" + c + "/sharing", "{\"shared\":true}").status()).isEqualTo(204);
            assertThat(ben.call("GET", base + "/constraints", null).body().get("constraints").size()).isEqualTo(1);
            assertProblem(ben.call("PUT", base + "/constraints/" + c + "/sharing", "{\"shared\":false}"), 404);

            // Step 3
            assertThat(ana.call("GET", "/api/v1/scene-vocabulary", null).body().get("place")).isNotEmpty();
            String scene = ana.call("POST", base + "/scenes",
                    "{\"name\":\"Sunday walk\",\"timeOfDay\":\"morning\",\"place\":\"outdoors\",\"movement\":\"walking\"}")
                    .body().get("sceneId").asText();
            assertProblem(ana.call("POST", base + "/scenes", "{\"name\":\"x\",\"place\":\"moon\"}"), 400);
            String invitation = ana.call("POST", base + "/invitations", "{\"topicHint\":\"work\",\"sceneIds\":[\"" + scene + "\"]}")
                    .body().get("invitationId").asText();
            String tomorrow = LocalDateTime.now().plusDays(1).withHour(19).withMinute(30).withSecond(0).withNano(0)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
            assertProblem(ana.call("POST", base + "/invitations/" + invitation + "/choice", "{\"at\":\"" + tomorrow + "\"}"), 409);
            JsonNode chosen = ben.call("POST", base + "/invitations/" + invitation + "/choice",
                    "{\"at\":\"" + tomorrow + "\",\"sceneId\":\"" + scene + "\"}").body();
            assertThat(chosen.get("talkZone").asText()).isEqualTo("Europe/Berlin");
            assertThat(chosen.get("status").asText()).isEqualTo("chosen");
            assertProblem(ben.call("POST", base + "/invitations/" + invitation + "/choice", "{\"at\":\"soon\"}"), 400);

            String talk = ben.call("POST", base + "/talks", "{\"invitationId\":\"" + invitation + "\",\"minutes\":6,\"sceneId\":\""
                    + scene + "\"}").body().get("talkId").asText();
            assertThat(ana.call("POST", base + "/talks/" + talk + "/rating", "{\"feltOpen\":4,\"outcome\":\"connected\"}").status())
                    .isEqualTo(200);
            ben.call("POST", base + "/talks/" + talk + "/rating", "{\"feltOpen\":2,\"outcome\":\"off-the-rails\",\"gotInTheWay\":\"tired\"}");
            assertThat(ana.call("GET", base + "/talks", null).body().toString()).doesNotContain("tired").contains("connected".toUpperCase());
            assertProblem(ana.call("POST", base + "/talks/" + talk + "/rating", "{\"feltOpen\":9,\"outcome\":\"connected\"}"), 400);

            // Step 4 and insights
            String moment = ana.call("POST", base + "/moments", "{\"what\":\"Ben talked about his sister\"}").body().get("momentId").asText();
            assertThat(ana.call("POST", base + "/moments/" + moment + "/thanks", "{\"thanks\":\"Thank you for telling me about her.\"}")
                    .status()).isEqualTo(204);
            assertThat(ben.call("GET", base + "/thanks-received", null).body().at("/thanks/0/thanks").asText())
                    .isEqualTo("Thank you for telling me about her.");
            JsonNode insights = ana.call("GET", base + "/insights", null).body();
            assertThat(insights.at("/ladder/minutes").asInt()).isEqualTo(5);
            assertThat(insights.at("/ladder/longerNote").asText()).startsWith("The ladder suggests about 5 minutes for now.");
            assertThat(insights.at("/gratitude/momentsThanked").asInt()).isEqualTo(1);
            assertThat(insights.at("/milestones/0/key").asText()).isEqualTo("FIRST_TALK");
            assertThat(ana.call("GET", base + "/export", null).body().get("schema").asText()).isEqualTo("openup-export/1");
            var markdown = ana.raw(base + "/export?format=markdown");
            assertThat(markdown.statusCode()).isEqualTo(200);
            assertThat(markdown.body()).startsWith("# My OpenUp journey").doesNotContain("tired");
            JsonNode bensTimeline = ben.call("GET", base + "/timeline", null).body();
            assertThat(bensTimeline.toString()).contains("tired").doesNotContain("his sister").doesNotContain("talk to me");

            // answers kept as JSON (KeptJson) stay each member's own, and a write shows in the next read
            String anasTimeline = ana.call("GET", base + "/timeline", null).body().toString();
            assertThat(anasTimeline).contains("his sister").doesNotContain("tired");
            assertThat(ana.call("GET", base + "/timeline", null).body().toString()).isEqualTo(anasTimeline);
            String second = ana.call("POST", base + "/moments", "{\"what\":\"Ben laughed at dinner\"}").body().get("momentId").asText();
            ana.call("POST", base + "/moments/" + second + "/thanks", "{\"thanks\":\"Thanks for the laugh.\"}");
            assertThat(ana.call("GET", base + "/timeline", null).body().toString()).contains("Ben laughed at dinner", "his sister");
            assertThat(ana.call("GET", base + "/insights", null).body().at("/gratitude/momentsThanked").asInt()).isEqualTo(2);
            assertThat(ben.call("GET", base + "/timeline", null).body().toString()).contains("tired").doesNotContain("Ben laughed at dinner");
        }
    }
}
