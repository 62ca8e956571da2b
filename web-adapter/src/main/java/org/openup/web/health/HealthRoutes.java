package org.openup.web.health;

import org.openup.web.openapi.Api;
import org.openup.web.openapi.ApiRoutes;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openup.engine.store.StoreHealth;
import org.openup.plugin.PluginHost.Plugins;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /health}: the store's state, how far each projection has got, and the plugins. */
public final class HealthRoutes implements ApiRoutes {

    private final StoreHealth health;
    private final Plugins plugins;

    @Inject
    public HealthRoutes(StoreHealth health, Plugins plugins) {
        this.health = health;
        this.plugins = plugins;
    }

    @Override
    public void register(Api api) {
        api.tagged("Health").get("/health", "The store and plugins", this::health);
    }

    private void health(Context ctx) {
        StoreHealth.Report report = health.check();
        Map<String, Object> body = new LinkedHashMap<>();
        boolean healthy = report.healthy();
        body.put("status", healthy ? "UP" : "DOWN");
        body.put("store", report.forPublic());
        body.put("plugins", plugins);
        ctx.status(healthy ? 200 : 503).json(body);
    }
}
