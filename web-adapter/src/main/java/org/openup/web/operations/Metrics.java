package org.openup.web.operations;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import org.openup.engine.axon.Commands;
import org.openup.engine.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /metrics} in Prometheus format (request rates and latencies, commands, events) for
 * operators only (see {@link Operators}), and one access-log line per request. Both name routes
 * by their template ({@code /api/v1/journeys/{journeyId}}), so neither carries ids or anything a
 * person wrote.
 */
public final class Metrics {

    private static final Logger access = LoggerFactory.getLogger("openup.access");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Each request's timer found again by a map look-up, not rebuilt and registered per request. */
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    private record TimerKey(String method, String route, int status) {
    }

    private final Operators operators;

    @Inject
    public Metrics(Store store, Commands commands, Operators operators) {
        this.operators = operators;
        FunctionCounter.builder("openup_commands", commands, Commands::sent)
                .description("Commands that succeeded since this node started").register(registry);
        FunctionCounter.builder("openup_commands_failed", commands, Commands::failed)
                .description("Commands refused or failed since this node started").register(registry);
        Gauge.builder("openup_events", store, s -> s.headIndex() + 1)
                .description("Events in the store (position of the newest, plus one)").register(registry);
    }

    public void register(JavalinConfig config) {
        config.routes.get("/metrics", ctx -> {
            if (!operators.asked(ctx)) {
                // for the operator's monitoring only: from this machine, or with the operator token
                ctx.header("WWW-Authenticate", "Bearer").status(401).result("");
                return;
            }
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
        });
        config.requestLogger.http(this::record);
    }

    private void record(Context ctx, Float millis) {
        String route = route(ctx);
        int status = ctx.statusCode();
        String method = ctx.method().name();
        timers.computeIfAbsent(new TimerKey(method, route, status), key -> Timer.builder("http_server_requests")
                        .tag("method", key.method())
                        .tag("route", key.route())
                        .tag("status", String.valueOf(key.status()))
                        .publishPercentileHistogram()
                        .register(registry))
                .record((long) (millis * 1000), TimeUnit.MICROSECONDS);
        access.info("method={} route={} status={} ms={}", method, route, status, Math.round(millis * 10) / 10.0);
    }

    /**
     * The template of the route that answered; not of a before or after handler that ran last (their
     * path is "*"). What a log line may name of a request: its path holds ids.
     */
    public static String route(Context ctx) {
        try {
            var endpoint = ctx.endpoints().matchedHttpEndpoint();
            return endpoint == null ? "unmatched" : endpoint.path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }
}
