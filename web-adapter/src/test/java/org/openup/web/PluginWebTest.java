package org.openup.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.plugin.testkit.HttpRecorder;
import org.openup.testing.TestStores;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in plugins in the real web adapter: mounted under /plugins/<name>, listed in /health, delivering from the outbox. */
class PluginWebTest {

    @TempDir
    Path home;

    @Test
    void theCalendarFeedAndAWebhookWorkThroughTheRunningWebAdapter() throws Exception {
        try (HttpRecorder receiver = new HttpRecorder(0);
             WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            ApiClient ana = new ApiClient(app.port());
            ApiClient ben = new ApiClient(app.port());
            // Given the adapter runs with the plugins on its class path
            ApiClient.Answer health = ana.call("GET", "/health", null);
            assertThat(health.body().at("/plugins/loaded").toString()).contains("calendar").contains("webhook");

            // And Ana and Ben share a journey, and Ana registers a webhook endpoint
            ana.register("ana@example.org", "Ana");
            String journeyId = ana.call("POST", "/api/v1/journeys", null).body().get("journeyId").asText();
            String code = ana.call("POST", "/api/v1/journeys/" + journeyId + "/partner-invitations", null).body().get("code").asText();
            ben.register("ben@example.org", "Ben");
            ben.call("POST", "/api/v1/join", "{\"code\":\"" + code + "\"}");
            ApiClient.Answer endpoint = ana.call("POST", "/plugins/webhook/endpoints", "{\"url\":\"" + receiver.url("/ana") + "\"}");
            assertThat(endpoint.status()).as(endpoint.body().toString()).isEqualTo(201);
            assertThat(endpoint.body().get("secret").asText()).startsWith("whsec_");
            // without the CSRF token a browser session may not register one
            assertThat(ana.call("POST", "/plugins/webhook/endpoints", "{\"url\":\"" + receiver.url("/x") + "\"}", false).status())
                    .isEqualTo(403);

            // When Ben invites Ana, and Ana chooses a time
            String invitation = ben.call("POST", "/api/v1/journeys/" + journeyId + "/invitations", "{\"minutes\":10}")
                    .body().get("invitationId").asText();
            assertThat(ana.call("POST", "/api/v1/journeys/" + journeyId + "/invitations/" + invitation + "/choice",
                    "{\"at\":\"2030-05-01T18:30:00Z\"}").status()).isEqualTo(200);

            // Then the running dispatcher POSTs Ana's notification to her endpoint
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (receiver.accepted("/ana").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(receiver.accepted("/ana")).singleElement()
                    .satisfies(r -> assertThat(r.body()).contains("openup.invitation.received").contains(invitation));

            // And Ana's calendar feed, fetched with no session as a calendar app would, lists the chosen time
            String feedUrl = ana.call("POST", "/plugins/calendar/feeds", "{\"journeyId\":\"" + journeyId + "\"}").body().get("url").asText();
            assertThat(feedUrl).startsWith("http://127.0.0.1:" + app.port() + "/plugins/calendar/feed/");
            // a Host header of someone else's choosing never becomes the address a calendar app is given
            PlainSocketExchange.Reply signIn = PlainSocketExchange.send(app.port(), "POST", "/api/v1/session",
                    Map.of("Host", "evil.example", "Content-Type", "application/json"),
                    "{\"email\":\"ana@example.org\",\"password\":\"a long enough secret\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String cookie = signIn.header("set-cookie").split(";", 2)[0];
            String csrf = new com.fasterxml.jackson.databind.ObjectMapper().readTree(signIn.body()).get("csrfToken").asText();
            PlainSocketExchange.Reply forged = PlainSocketExchange.send(app.port(), "POST", "/plugins/calendar/feeds",
                    Map.of("Host", "evil.example", "Content-Type", "application/json", "Cookie", cookie, "X-CSRF-Token", csrf),
                    ("{\"journeyId\":\"" + journeyId + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(forged.status()).isEqualTo(201);
            assertThat(forged.body()).contains("http://127.0.0.1:" + app.port() + "/plugins/calendar/feed/").doesNotContain("evil.example");
            feedUrl = new com.fasterxml.jackson.databind.ObjectMapper().readTree(forged.body()).get("url").asText();
            HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(feedUrl)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
            assertThat(feed.body()).contains("DTSTART:20300501T183000Z").contains("UID:" + invitation + "@openup");
            // its link back to the app is where this server really listens, not a default port
            assertThat(feed.body().replace("\r\n ", "")).contains("http://127.0.0.1:" + app.port() + "/#/invitations");
            HttpResponse<String> wrong = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(feedUrl.replaceAll("feed/.*", "feed/not-a-token.ics"))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(wrong.statusCode()).isEqualTo(404);
        }
    }
}
