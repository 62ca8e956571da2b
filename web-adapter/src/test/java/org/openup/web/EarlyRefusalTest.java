package org.openup.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.testing.TestStores;

import java.nio.file.Path;
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
}
