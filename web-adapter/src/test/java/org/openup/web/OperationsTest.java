package org.openup.web;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.testing.TestStores;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** /health, /metrics and the access log, as an operator sees them. */
class OperationsTest {

    @TempDir
    Path home;

    @Test
    void metricsCountRequestsCommandsEventsAndLagAndTheAccessLogHoldsNoPersonalText() throws Exception {
        Logger accessLog = (Logger) LoggerFactory.getLogger("openup.access");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        accessLog.addAppender(lines);
        accessLog.setLevel(ch.qos.logback.classic.Level.INFO);
        try (WebApp app = WebApp.start(TestStores.H2.newStore(home), "127.0.0.1", 0)) {
            ApiClient ana = new ApiClient(app.port());
            ana.register("ana.unique@example.org", "Anastasia Uniquename");
            String j = ana.call("POST", "/api/v1/journeys", null).body().get("journeyId").asText();
            ana.call("POST", "/api/v1/journeys/" + j + "/moments", "{\"what\":\"A very private moment text\"}");
            ana.call("GET", "/api/v1/journeys/" + j, null);

            var health = ana.call("GET", "/health", null).body();
            assertThat(health.at("/store/processors").findValuesAsText("name")).contains("journeys", "reflections");
            assertThat(health.at("/store/processors/0/running").asBoolean()).isTrue();

            String metrics = ana.raw("/metrics").body();
            assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/journeys/{journeyId}\",status=\"200\"}");
            assertThat(metrics).containsPattern("openup_commands_total \\d+\\.0");
            assertThat(metrics).doesNotContain("openup_commands_total 0.0");
            assertThat(metrics).containsPattern("openup_events [1-9]");
            assertThat(metrics).contains("openup_projection_lag_events{processor=\"journeys\"}");
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
}
