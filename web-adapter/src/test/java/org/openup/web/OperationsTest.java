package org.openup.web;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.testing.TestStores;
import org.openup.web.access.TrustedProxies;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** /health, /metrics and the access log, as an operator sees them. */
class OperationsTest {

    @TempDir
    Path home;

    @Test
    void metricsCountRequestsCommandsAndEventsAndTheAccessLogHoldsNoPersonalText() throws Exception {
        Logger accessLog = (Logger) LoggerFactory.getLogger("openup.access");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        accessLog.addAppender(lines);
        accessLog.setLevel(ch.qos.logback.classic.Level.INFO);
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            ApiClient ana = new ApiClient(app.port());
            ana.register("ana.unique@example.org", "Anastasia Uniquename");
            String j = ana.call("POST", "/api/v1/journeys", null).body().get("journeyId").asText();
            ana.call("POST", "/api/v1/journeys/" + j + "/moments", "{\"what\":\"A very private moment text\"}");
            ana.call("GET", "/api/v1/journeys/" + j, null);

            var health = ana.call("GET", "/health", null).body();
            assertThat(health.at("/store/kind").asText()).isEqualTo("sqlite");
            assertThat(health.at("/store/events").asLong()).isPositive();
            // /health is public: it names no file, folder or database address
            assertThat(health.toString()).doesNotContain(home.toString()).doesNotContain("jdbc:");

            String metrics = ana.raw("/metrics").body();
            assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/journeys/{journeyId}\",status=\"200\"}");
            assertThat(metrics).containsPattern("openup_commands_total \\d+\\.0");
            assertThat(metrics).doesNotContain("openup_commands_total 0.0");
            assertThat(metrics).containsPattern("openup_events [1-9]");
            assertThat(metrics).doesNotContain(j).doesNotContain("Uniquename");

            assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(l -> assertThat(l).isEqualTo("method=POST route=/api/v1/journeys/{journeyId}/moments status=201 ms="
                            + l.substring(l.indexOf("ms=") + 3)))
                    .allSatisfy(l -> assertThat(l).doesNotContain("private moment").doesNotContain("Uniquename")
                            .doesNotContain("ana.unique").doesNotContain(j));
        } finally {
            accessLog.detachAppender(lines);
        }
    }

    @Test
    void oddRequestLinesLeaveNoPathInAnyLog() throws Exception {
        try (EveryLog lines = new EveryLog(); WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            String secret = "journey-" + java.util.UUID.randomUUID();
            // Jetty reads a CONNECT's target as a host and port, and warned with the whole path in it
            PlainSocketExchange.send(app.port(), "CONNECT", "/api/v1/journeys/" + secret + "/moments", Map.of(), null);
            PlainSocketExchange.send(app.port(), "GET", "/api/v1/journeys/" + secret + "/x%zz", Map.of(), null);
            PlainSocketExchange.send(app.port(), "CONNECT", secret + ".example.org:443", Map.of(), null);
            // Jetty's warning about a CONNECT target is written while the request is parsed, before the answer
            assertThat(logged(lines)).extracting(ILoggingEvent::getFormattedMessage).isNotEmpty()
                    .allSatisfy(l -> assertThat(l).doesNotContain(secret));
        }
    }

    @Test
    void aFailingRequestIsLoggedByItsRouteNeverByItsAddress() throws Exception {
        try (EveryLog lines = new EveryLog();
             WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0, List.of(new ProbePlugin()))) {
            // when: a route breaks on a request whose address holds an id
            String secret = "journey-" + java.util.UUID.randomUUID();
            PlainSocketExchange.Reply failed = PlainSocketExchange.send(app.port(), "GET", "/plugins/probe/things/" + secret, Map.of(), null);
            assertThat(failed.status()).isEqualTo(500);
            String detail = new com.fasterxml.jackson.databind.ObjectMapper().readTree(failed.body()).get("detail").asText();
            String ref = detail.substring(detail.indexOf("ref ") + 4, detail.indexOf("ref ") + 12);

            // then: the operator finds the fault by its reference, with the route and the stack trace, and no id
            List<ILoggingEvent> logged = logged(lines);
            assertThat(logged).anySatisfy(e -> {
                assertThat(e.getFormattedMessage()).contains("ref " + ref).contains("/plugins/probe/things/{thingId}");
                assertThat(e.getThrowableProxy()).isNotNull();
                assertThat(e.getThrowableProxy().getMessage()).isEqualTo(ProbePlugin.FAILURE);
            });
            assertThat(logged).allSatisfy(e -> assertThat(e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : ch.qos.logback.classic.spi.ThrowableProxyUtil.asString(e.getThrowableProxy())))
                    .doesNotContain(secret));
        }
    }

    private static List<ILoggingEvent> logged(ListAppender<ILoggingEvent> lines) {
        synchronized (lines) {
            return List.copyOf(lines.list);
        }
    }

    /** Every line logged while it is open: the root's and the access log's (which does not pass its lines on to the root). */
    private static final class EveryLog extends ListAppender<ILoggingEvent> implements AutoCloseable {
        private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        private final Logger accessLog = (Logger) LoggerFactory.getLogger("openup.access");

        EveryLog() {
            start();
            root.addAppender(this);
            accessLog.addAppender(this);
        }

        @Override
        public void close() {
            root.detachAppender(this);
            accessLog.detachAppender(this);
        }
    }

    @Test
    void whenTheDatabaseIsGoneHealthSaysSoWithoutNamingWhereItIs() throws Exception {
        org.openup.testing.PostgresServer postgres = org.openup.testing.PostgresServer.shared();
        var settings = TestStores.POSTGRES.newStore(home);
        String database = settings.jdbcUrl().substring(settings.jdbcUrl().lastIndexOf('/') + 1);
        try (WebApp app = WebApp.start(settings, "127.0.0.1", 0)) {
            ApiClient probe = new ApiClient(app.port());
            assertThat(probe.call("GET", "/health", null).status()).isEqualTo(200);
            try (var c = java.sql.DriverManager.getConnection(postgres.url("postgres"), "postgres", "");
                 var s = c.createStatement()) {
                s.execute("DROP DATABASE " + database + " WITH (FORCE)");
            }
            ApiClient.Answer down = probe.call("GET", "/health", null);
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.body().at("/store/up").asBoolean()).isFalse();
            assertThat(down.body().at("/store/error").asText()).isEqualTo("The store cannot be reached; openup admin doctor on the server says why.");
            assertThat(down.raw().body()).doesNotContain(String.valueOf(postgres.port())).doesNotContain("127.0.0.1")
                    .doesNotContain(database).doesNotContain("jdbc:");
        }
    }

    @Test
    void aStrangerLearnsOnlyUpOrDownAndTheMetricsNeedAnOperator() throws Exception {
        // the server behind a proxy on this machine, which forwards every visitor's address
        TrustedProxies proxy = TrustedProxies.from(Map.of(TrustedProxies.ENV, "127.0.0.1"));
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0, proxy, "op-secret-7f3a")) {
            Map<String, String> stranger = Map.of("X-Forwarded-For", "203.0.113.7");
            PlainSocketExchange.Reply health = PlainSocketExchange.send(app.port(), "GET", "/health", stranger, null);
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(PlainSocketExchange.send(app.port(), "GET", "/metrics", stranger, null).status()).isEqualTo(401);
            Map<String, String> wrongToken = Map.of("X-Forwarded-For", "203.0.113.7", "Authorization", "Bearer op-secret-7f3b");
            assertThat(PlainSocketExchange.send(app.port(), "GET", "/metrics", wrongToken, null).status()).isEqualTo(401);

            // the operator, with the token from anywhere or from this machine itself, sees the details
            Map<String, String> operator = Map.of("X-Forwarded-For", "203.0.113.7", "Authorization", "Bearer op-secret-7f3a");
            assertThat(PlainSocketExchange.send(app.port(), "GET", "/health", operator, null).body()).contains("\"store\"", "\"plugins\"");
            assertThat(PlainSocketExchange.send(app.port(), "GET", "/metrics", operator, null).body()).contains("openup_events");
            assertThat(PlainSocketExchange.send(app.port(), "GET", "/health", Map.of(), null).body()).contains("\"schemaVersion\"");
            assertThat(PlainSocketExchange.send(app.port(), "GET", "/metrics", Map.of("X-Forwarded-For", "127.0.0.1"), null).status())
                    .isEqualTo(200);
        }
    }

    /**
     * A body sent where none is read (here a GET of /metrics, whose answer is long and sent in
     * chunks) must not cost the client the end of the answer: unread, it made Jetty reset the
     * connection, and clients sending at the same time often saw the answer cut off.
     */
    @Test
    void aBodyNobodyReadsDoesNotCutOffTheAnswer() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + app.port();
            HttpClient warmUp = HttpClient.newHttpClient();
            // a long /metrics: every method, route and status it has seen adds a histogram
            for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE")) {
                for (String path : List.of("/health", "/api/v1/journeys", "/api/v1/session", "/nowhere", "/api/v1/join", "/openapi.json")) {
                    for (String body : List.of("", "{")) {
                        warmUp.send(HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.ofString(body))
                                .build(), HttpResponse.BodyHandlers.discarding());
                    }
                }
            }
            String body = "{\"note\":\"" + "x".repeat(128 * 1024) + "\"}";
            ExecutorService clients = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int c = 0; c < 4; c++) {
                    HttpClient client = HttpClient.newHttpClient();
                    for (int i = 0; i < 25; i++) {
                        answers.add(clients.submit(() -> client.send(HttpRequest.newBuilder(URI.create(base + "/metrics"))
                                .method("GET", HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString()).statusCode()));
                    }
                }
                for (Future<Integer> answer : answers) {
                    assertThat(answer.get()).isEqualTo(200); // a cut-off answer fails here with an IOException
                }
            } finally {
                clients.shutdownNow();
            }
        }
    }
}
