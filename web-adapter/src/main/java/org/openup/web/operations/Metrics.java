package org.openup.web.operations;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import org.openup.engine.CatchUp;
import org.openup.engine.Commands;
import org.openup.engine.Engine;
import org.openup.engine.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;

/**
 * {@code GET /metrics} in Prometheus format (request rates and latencies, commands, events,
 * projection lag) and one access-log line per request. Both name routes by their template
 * ({@code /api/v1/journeys/{journeyId}}), so neither carries ids or anything a person wrote.
 */
public final class Metrics {

    private static final Logger access = LoggerFactory.getLogger("openup.access");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    @Inject
    public Metrics(Store store, Engine engine, CatchUp catchUp, Commands commands) {
        FunctionCounter.builder("openup_commands", commands, Commands::sent)
                .description("Commands that succeeded since this node started").register(registry);
        FunctionCounter.builder("openup_commands_failed", commands, Commands::failed)
                .description("Commands refused or failed since this node started").register(registry);
        Gauge.builder("openup_events", store, s -> s.headIndex() + 1)
                .description("Events in the store (position of the newest, plus one)").register(registry);
        for (String processor : engine.processorNames()) {
            Gauge.builder("openup_projection_lag_events", () -> catchUp.lag(processor, store.headIndex()))
                    .tag("processor", processor)
                    .description("Events the projection has not processed yet").register(registry);
        }
    }

    public void register(JavalinConfig config) {
        config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
        config.requestLogger.http(this::record);
    }

    private void record(Context ctx, Float millis) {
        String route = route(ctx);
        int status = ctx.statusCode();
        Timer.builder("http_server_requests")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", String.valueOf(status))
                .publishPercentileHistogram()
                .register(registry)
                .record((long) (millis * 1000), TimeUnit.MICROSECONDS);
        access.info("method={} route={} status={} ms={}", ctx.method().name(), route, status, String.format("%.1f", millis));
    }

    /** The template of the route that answered; not of a before or after handler that ran last (their path is "*"). */
    private static String route(Context ctx) {
        try {
            var endpoint = ctx.endpoints().matchedHttpEndpoint();
            return endpoint == null ? "unmatched" : endpoint.path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }
}
