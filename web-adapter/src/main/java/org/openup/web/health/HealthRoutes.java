package org.openup.web.health;

import org.openup.web.openapi.Api;
import org.openup.web.openapi.ApiRoutes;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openup.engine.store.StoreHealth;
import org.openup.plugin.PluginHost.Plugins;
import org.openup.web.operations.Operators;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}: up or down for anyone (a balancer needs no more); for an operator (see
 * {@link Operators}) also the store's state and the plugins.
 */
public final class HealthRoutes implements ApiRoutes {

    private final StoreHealth health;
    private final Plugins plugins;
    private final Operators operators;

    @Inject
    public HealthRoutes(StoreHealth health, Plugins plugins, Operators operators) {
        this.health = health;
        this.plugins = plugins;
        this.operators = operators;
    }

    @Override
    public void register(Api api) {
        api.tagged("Health").get("/health", "Up or down; for operators also the store and plugins", this::health);
    }

    private void health(Context ctx) {
        StoreHealth.Report report = health.check();
        Map<String, Object> body = new LinkedHashMap<>();
        boolean healthy = report.healthy();
        body.put("status", healthy ? "UP" : "DOWN");
        if (operators.asked(ctx)) {
            body.put("store", report.forPublic());
            body.put("plugins", plugins);
        }
        ctx.status(healthy ? 200 : 503).json(body);
    }
}
