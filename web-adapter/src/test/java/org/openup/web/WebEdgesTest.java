package org.openup.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.testing.TestStores;
import org.openup.web.access.TrustedProxies;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edges of the web adapter, probed as another site or a careless client would: every answer
 * carries the security headers, private answers are never cached, and a state-changing request
 * another site made a browser send (sign-in and registration included) or one whose body is not
 * JSON is refused before anything happens.
 */
class WebEdgesTest {

    @TempDir
    Path home;

    private static final String ACCOUNT = "{\"email\":\"ana@example.org\",\"password\":\"a long enough secret\",\"displayName\":\"Ana\"}";
    private static final String SIGN_IN = "{\"email\":\"ana@example.org\",\"password\":\"a long enough secret\"}";

    @Test
    void everyAnswerCarriesTheHeadersAndPrivateOnesAreNeverCached() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            for (String path : List.of("/", "/app.js", "/api/v1/session", "/api/v1/constraint-catalogue", "/nothing-here", "/health")) {
                PlainSocketExchange.Reply reply = PlainSocketExchange.send(app.port(), "GET", path, Map.of(), null);
                assertThat(reply.header("content-security-policy")).as(path)
                        .contains("default-src 'self'").contains("script-src 'self'").contains("style-src 'self'")
                        .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
                assertThat(reply.header("x-content-type-options")).as(path).isEqualTo("nosniff");
                assertThat(reply.header("x-frame-options")).as(path).isEqualTo("DENY");
                assertThat(reply.header("referrer-policy")).as(path).isEqualTo("no-referrer");
                assertThat(reply.header("permissions-policy")).as(path).contains("camera=()");
                assertThat(reply.header("strict-transport-security")).as(path + " over plain HTTP").isEmpty();
                if (!path.endsWith(".js") && !path.equals("/")) {
                    // the page and its scripts hold nothing personal; everything the API answers does
                    assertThat(reply.header("cache-control")).as(path).isEqualTo("no-store");
                }
            }
        }
    }

    @Test
    void httpsIsBelievedOnlyFromATrustedProxy() throws Exception {
        Map<String, String> saysHttps = Map.of("X-Forwarded-Proto", "https");
        // a client talking to the server directly names whatever scheme it likes: not believed
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            PlainSocketExchange.Reply registered = post(app.port(), "/api/v1/account", ACCOUNT, "application/json", saysHttps);
            assertThat(registered.status()).isEqualTo(201);
            assertThat(cookieAttributes(registered)).contains("httponly").doesNotContain("secure");
            assertThat(PlainSocketExchange.send(app.port(), "GET", "/api/v1/session", saysHttps, null)
                    .header("strict-transport-security")).isEmpty();
        }
        // the same store behind a proxy on this machine that ends TLS and says so
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0,
                TrustedProxies.from(Map.of(TrustedProxies.ENV, "127.0.0.1, ::1")))) {
            PlainSocketExchange.Reply signedIn = post(app.port(), "/api/v1/session", SIGN_IN, "application/json", saysHttps);
            assertThat(signedIn.status()).isEqualTo(200);
            assertThat(cookieAttributes(signedIn)).contains("secure", "httponly", "samesite=lax");
            assertThat(signedIn.header("strict-transport-security")).startsWith("max-age=");
            assertThat(PlainSocketExchange.send(app.port(), "GET", "/api/v1/session", saysHttps, null)
                    .header("strict-transport-security")).startsWith("max-age=");
            // the proxy's plain-HTTP side, or a request it did not mark, gets neither
            PlainSocketExchange.Reply plain = post(app.port(), "/api/v1/session", SIGN_IN, "application/json", Map.of());
            assertThat(plain.status()).isEqualTo(200);
            assertThat(cookieAttributes(plain)).doesNotContain("secure");
            assertThat(plain.header("strict-transport-security")).isEmpty();
        }
    }

    /** The attributes of the session cookie an answer sets (its value left out), in lower case. */
    private static List<String> cookieAttributes(PlainSocketExchange.Reply reply) {
        String cookie = reply.header("set-cookie");
        assertThat(cookie).startsWith("openup_session=");
        return java.util.Arrays.stream(cookie.split(";")).skip(1).map(a -> a.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    @Test
    void exportsTheCalendarFeedAndRefusalsCarryTheHeadersAndAreNeverCached() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            int port = app.port();
            ApiClient ana = new ApiClient(port);
            ana.register("ana@example.org", "Ana");
            String journeyId = ana.call("POST", "/api/v1/journeys", null).body().get("journeyId").asText();
            String feed = ana.call("POST", "/plugins/calendar/feeds", "{\"journeyId\":\"" + journeyId + "\"}").body().get("url").asText();
            Map<String, String> signedIn = ana.headersWithCookies(Map.of(), true);

            Map<String, PlainSocketExchange.Reply> answers = new LinkedHashMap<>();
            answers.put("export", PlainSocketExchange.send(port, "GET", "/api/v1/journeys/" + journeyId + "/export", signedIn, null));
            answers.put("markdown export", PlainSocketExchange.send(port, "GET",
                    "/api/v1/journeys/" + journeyId + "/export?format=markdown", signedIn, null));
            // fetched with no session, as a calendar app does: its secret address is the only key
            answers.put("calendar feed", PlainSocketExchange.send(port, "GET", java.net.URI.create(feed).getPath(), Map.of(), null));
            Map<String, String> fromElsewhere = new LinkedHashMap<>(signedIn);
            fromElsewhere.put("Origin", "http://evil.example");
            answers.put("cross-site", PlainSocketExchange.send(port, "POST", "/api/v1/journeys", fromElsewhere,
                    "{}".getBytes(StandardCharsets.UTF_8)));
            answers.put("not JSON", post(port, "/api/v1/session", SIGN_IN, "text/plain", Map.of()));
            for (int i = 0; i < 5; i++) {
                assertThat(post(port, "/api/v1/session", "{\"email\":\"ana@example.org\",\"password\":\"guess number " + i + "\"}",
                        "application/json", Map.of()).status()).isEqualTo(401);
            }
            answers.put("throttled", post(port, "/api/v1/session", SIGN_IN, "application/json", Map.of()));

            Map<String, Integer> expected = Map.of("export", 200, "markdown export", 200, "calendar feed", 200,
                    "cross-site", 403, "not JSON", 415, "throttled", 429);
            assertThat(answers.keySet()).isEqualTo(expected.keySet());
            answers.forEach((label, reply) -> {
                assertThat(reply.status()).as(label).isEqualTo(expected.get(label));
                assertGuardedAndNeverCached(reply, label);
            });
            assertThat(answers.get("calendar feed").header("content-type")).startsWith("text/calendar");
            assertThat(answers.get("markdown export").header("content-disposition")).contains("attachment");
        }
    }

    @Test
    void aPluginCannotLoosenTheHeadersOnItsAnswers() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0, List.of(new ProbePlugin()))) {
            // the plugin asks for public caching, any source and framing; the host keeps its own headers
            PlainSocketExchange.Reply loose = PlainSocketExchange.send(app.port(), "GET", "/plugins/probe/loose", Map.of(), null);
            assertThat(loose.status()).isEqualTo(200);
            assertGuardedAndNeverCached(loose, "a plugin's answer");
            assertThat(loose.header("content-security-policy")).doesNotContain("default-src *");
            // headers that are not the host's still reach the client
            assertThat(loose.header("x-probe")).isEqualTo("kept");
        }
    }

    @Test
    void anotherSiteCannotRegisterOrSignAVisitorInAndBodiesMustBeJson() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            int port = app.port();
            // what an auto-submitting form on another site sends: text/plain, from its origin
            assertThat(post(port, "/api/v1/account", ACCOUNT, "text/plain", Map.of("Origin", "http://evil.example")).status())
                    .isEqualTo(403);
            assertThat(post(port, "/api/v1/account", ACCOUNT, "text/plain", Map.of()).status()).isEqualTo(415);
            assertThat(post(port, "/api/v1/account", ACCOUNT, "application/json", Map.of("Sec-Fetch-Site", "cross-site")).status())
                    .isEqualTo(403);
            assertThat(post(port, "/api/v1/account", ACCOUNT, "application/json", Map.of("Sec-Fetch-Site", "same-site")).status())
                    .isEqualTo(403);
            assertThat(post(port, "/api/v1/account", ACCOUNT, "application/json", Map.of("Origin", "null")).status()).isEqualTo(403);
            // the refusals left nothing behind: the address is still free
            assertThat(post(port, "/api/v1/account", ACCOUNT, "application/json",
                    Map.of("Origin", "http://127.0.0.1:" + port, "Sec-Fetch-Site", "same-origin")).status()).isEqualTo(201);

            PlainSocketExchange.Reply forged = post(port, "/api/v1/session", SIGN_IN, "application/x-www-form-urlencoded",
                    Map.of("Origin", "http://evil.example"));
            assertThat(forged.status()).isEqualTo(403);
            assertThat(forged.header("set-cookie")).isEmpty();
            assertThat(forged.body()).contains("/problems/cross-site");
            PlainSocketExchange.Reply plain = post(port, "/api/v1/session", SIGN_IN, "text/plain", Map.of());
            assertThat(plain.status()).isEqualTo(415);
            assertThat(plain.body()).contains("application/json");
            // a script or the CLI's own HTTP use sends neither header and works
            PlainSocketExchange.Reply script = post(port, "/api/v1/session", SIGN_IN, "application/json; charset=utf-8", Map.of());
            assertThat(script.status()).isEqualTo(200);
            assertThat(script.header("set-cookie")).contains("openup_session=");
        }
    }

    @Test
    void twelveGuessesAtOnceGetFiveAnswersAndTheRestWait() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            int port = app.port();
            assertThat(post(port, "/api/v1/account", ACCOUNT, "application/json", Map.of()).status()).isEqualTo(201);
            String guess = "{\"email\":\"ana@example.org\",\"password\":\"maybe this one\"}";
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                statuses.add(pool.submit(() -> {
                    go.await();
                    return post(port, "/api/v1/session", guess, "application/json", Map.of()).status();
                }));
            }
            go.countDown();
            Map<Integer, Integer> counted = new java.util.TreeMap<>();
            for (var status : statuses) {
                counted.merge(status.get(60, java.util.concurrent.TimeUnit.SECONDS), 1, Integer::sum);
            }
            pool.shutdown();
            assertThat(counted).isEqualTo(Map.of(401, 5, 429, 7));
            // from that client even the right password now waits, told for how long (another client is
            // another count: WebApiTest signs the owner in through a proxy while a guesser waits)
            PlainSocketExchange.Reply right = post(port, "/api/v1/session", SIGN_IN, "application/json", Map.of());
            assertThat(right.status()).isEqualTo(429);
            assertThat(right.header("retry-after")).isNotEmpty();
        }
    }

    @Test
    void passwordReChecksBeforeAChangeOrAForgetAreThrottledToo() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            ApiClient ana = new ApiClient(app.port());
            ana.register("ana@example.org", "Ana");
            for (int i = 0; i < 5; i++) {
                ApiClient.Answer wrong = ana.call("PUT", "/api/v1/account/password",
                        "{\"currentPassword\":\"guess number " + i + "\",\"newPassword\":\"kettle orbit velvet\"}");
                assertThat(wrong.status()).isEqualTo(400);
                assertThat(wrong.body().get("field").asText()).isEqualTo("currentPassword");
            }
            // the sixth waits, even with the right password, and so does a forget from here: one count per account and client
            ApiClient.Answer change = ana.call("PUT", "/api/v1/account/password",
                    "{\"currentPassword\":\"a long enough secret\",\"newPassword\":\"kettle orbit velvet\"}");
            assertThat(change.status()).isEqualTo(429);
            assertThat(change.raw().headers().firstValue("Retry-After")).isPresent();
            assertThat(ana.call("POST", "/api/v1/account/forget", "{\"password\":\"a long enough secret\"}").status()).isEqualTo(429);
            assertThat(ana.call("GET", "/api/v1/session", null).status()).as("not forgotten").isEqualTo(200);

            // a forget's own re-check counts the same way
            ApiClient ben = new ApiClient(app.port());
            ben.register("ben@example.org", "Ben");
            for (int i = 0; i < 5; i++) {
                ApiClient.Answer wrong = ben.call("POST", "/api/v1/account/forget", "{\"password\":\"guess number " + i + "\"}");
                assertThat(wrong.status()).isEqualTo(400);
                assertThat(wrong.body().get("field").asText()).isEqualTo("password");
            }
            assertThat(ben.call("POST", "/api/v1/account/forget", "{\"password\":\"a long enough secret\"}").status()).isEqualTo(429);
            assertThat(ben.call("GET", "/api/v1/session", null).status()).as("not forgotten").isEqualTo(200);
        }
    }

    @Test
    void aStrangersGuessesFromAnotherClientDoNotLockTheOwnerOut() throws Exception {
        // behind a proxy on this machine, which names each visitor's address
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0,
                TrustedProxies.from(Map.of(TrustedProxies.ENV, "127.0.0.1, ::1")))) {
            int port = app.port();
            Map<String, String> owner = Map.of("X-Forwarded-For", "198.51.100.20");
            Map<String, String> stranger = Map.of("X-Forwarded-For", "203.0.113.66");
            assertThat(post(port, "/api/v1/account", ACCOUNT, "application/json", owner).status()).isEqualTo(201);

            // given: a stranger guessed Ana's password five times and must now wait, even with the right one
            for (int i = 0; i < 5; i++) {
                assertThat(post(port, "/api/v1/session", "{\"email\":\"ana@example.org\",\"password\":\"guess number " + i + "\"}",
                        "application/json", stranger).status()).isEqualTo(401);
            }
            assertThat(post(port, "/api/v1/session", SIGN_IN, "application/json", stranger).status()).isEqualTo(429);

            // when: Ana signs in from her own device, and changes her password there
            PlainSocketExchange.Reply signedIn = post(port, "/api/v1/session", SIGN_IN, "application/json", owner);
            assertThat(signedIn.status()).isEqualTo(200);
            Map<String, String> session = new LinkedHashMap<>(owner);
            session.put("Cookie", signedIn.header("set-cookie").split(";", 2)[0]);
            session.put("X-CSRF-Token", new com.fasterxml.jackson.databind.ObjectMapper().readTree(signedIn.body()).get("csrfToken").asText());
            session.put("Content-Type", "application/json");
            PlainSocketExchange.Reply changed = PlainSocketExchange.send(port, "PUT", "/api/v1/account/password", session,
                    "{\"currentPassword\":\"a long enough secret\",\"newPassword\":\"kettle orbit velvet\"}".getBytes(StandardCharsets.UTF_8));

            // then: neither waited
            assertThat(changed.status()).isEqualTo(204);
        }
    }

    @Test
    void registrationRefusesWeakPasswordsAndSaysWhichField() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            // as JSON text: ten spaces, twelve NULs (JSON escapes), five emoji (ten UTF-16 units, five characters)
            List<String> weak = List.of("aaaaaaaaaa", "1234567890", "password12", " ".repeat(10), "\\u0000".repeat(12),
                    "\uD83D\uDE00".repeat(5));
            for (int i = 0; i < weak.size(); i++) {
                String body = "{\"email\":\"weak" + i + "@example.org\",\"password\":\"" + weak.get(i) + "\",\"displayName\":\"Weak\"}";
                PlainSocketExchange.Reply refused = post(app.port(), "/api/v1/account", body, "application/json", Map.of());
                assertThat(refused.status()).as("password %d", i).isEqualTo(400);
                assertThat(refused.header("content-type")).as("password %d", i).startsWith("application/problem+json");
                assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(refused.body()).path("field").asText())
                        .as("password %d", i).isEqualTo("password");
            }
            // nothing was kept: the first address is still free for a strong password
            assertThat(post(app.port(), "/api/v1/account",
                    "{\"email\":\"weak0@example.org\",\"password\":\"kettle orbit velvet\",\"displayName\":\"Weak\"}",
                    "application/json", Map.of()).status()).isEqualTo(201);
        }
    }

    /**
     * The headers every answer carries, and exactly {@code no-store}: a second Cache-Control (say
     * from a route) would be merged into the value read here and fail the check.
     */
    private static void assertGuardedAndNeverCached(PlainSocketExchange.Reply reply, String label) {
        assertThat(reply.header("content-security-policy")).as(label)
                .contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(reply.header("x-content-type-options")).as(label).isEqualTo("nosniff");
        assertThat(reply.header("x-frame-options")).as(label).isEqualTo("DENY");
        assertThat(reply.header("referrer-policy")).as(label).isEqualTo("no-referrer");
        assertThat(reply.header("permissions-policy")).as(label).contains("camera=()");
        assertThat(reply.header("cache-control")).as(label).isEqualTo("no-store");
    }

    private static PlainSocketExchange.Reply post(int port, String path, String body, String type, Map<String, String> extra)
            throws Exception {
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.put("Content-Type", type);
        return PlainSocketExchange.send(port, "POST", path, headers, body.getBytes(StandardCharsets.UTF_8));
    }
}
