package org.openup.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests Jetty refuses before our routes see them (an address too long, an address that is no
 * UTF-8) are answered with a problem document even when a large body follows, which Jetty never
 * reads. The answer is read over a plain socket because Java's HttpClient drops it when the
 * server closes while the body is still being sent (the fuzzer falls back to the same).
 */
class EarlyRefusalTest {

    @TempDir
    Path home;

    @Test
    void anAddressRefusedBeforeItsLargeBodyIsReadIsStillAnsweredWithAProblemDocument() throws Exception {
        // given: a live server
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            byte[] largeBody = new byte[4_000_000]; // far beyond what loopback socket buffers hold
            java.util.Arrays.fill(largeBody, (byte) 'x');
            Map<String, Integer> expected = Map.of(
                    "/api/v1/journeys/" + "a".repeat(70_000), 414,
                    "/api/v1/journeys/x%D8%00/moments", 400,
                    "/api/v1/journeys/%C0%AE%C0%AE/moments", 400);
            for (var address : expected.entrySet()) {
                for (int attempt = 0; attempt < 3; attempt++) {
                    // when: a POST to an address Jetty cannot take, with a body far larger than the socket buffers
                    PlainSocketExchange.Reply reply = PlainSocketExchange.send(app.port(), "POST", address.getKey(),
                            Map.of("Content-Type", "application/json"), largeBody);

                    // then: the refusal arrives, as a problem document that says what is wrong
                    assertThat(reply.status()).as(address.getKey().substring(0, Math.min(40, address.getKey().length()))).isEqualTo(address.getValue());
                    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
                    assertThat(new ObjectMapper().readTree(reply.body()).path("status").asInt()).isEqualTo(address.getValue());
                }
            }
        }
    }

    @Test
    void whatJettyRefusesBeforeTheRoutesStillCarriesTheSecurityHeaders() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            int port = app.port();
            // when: requests no route ever sees, as a prober sends them
            Map<String, PlainSocketExchange.Reply> refusals = new LinkedHashMap<>();
            refusals.put("address too long", PlainSocketExchange.send(port, "GET", "/api/v1/journeys/" + "a".repeat(70_000), Map.of(), null));
            refusals.put("address that is no UTF-8", PlainSocketExchange.send(port, "GET", "/api/v1/journeys/x%D8%00/moments", Map.of(), null));
            refusals.put("control character in the request line", PlainSocketExchange.send(port, "GET", "/api/v1/\u0001", Map.of(), null));
            refusals.put("header too large", PlainSocketExchange.send(port, "GET", "/api/v1/session", Map.of("X-Padding", "p".repeat(200_000)), null));

            // then: each is refused by Jetty with a problem document, and with the headers every other answer has
            assertThat(refusals.get("address too long").status()).isEqualTo(414);
            assertThat(refusals.get("address that is no UTF-8").status()).isEqualTo(400);
            refusals.forEach((what, reply) -> {
                assertThat(reply.status()).as(what).isBetween(400, 499);
                assertThat(reply.header("Content-Type")).as(what).startsWith("application/problem+json");
                assertThat(reply.header("content-security-policy")).as(what).contains("default-src 'self'").contains("frame-ancestors 'none'");
                assertThat(reply.header("x-content-type-options")).as(what).isEqualTo("nosniff");
                assertThat(reply.header("x-frame-options")).as(what).isEqualTo("DENY");
                assertThat(reply.header("referrer-policy")).as(what).isEqualTo("no-referrer");
                assertThat(reply.header("cache-control")).as(what).isEqualTo("no-store");
            });
        }
    }
}
