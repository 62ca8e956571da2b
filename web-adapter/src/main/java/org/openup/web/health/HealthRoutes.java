package org.openup.web.health;

import org.openup.web.openapi.Api;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openup.engine.store.StoreHealth;
import org.openup.plugin.PluginHost.Plugins;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /health}: the store's state, how far each projection has got, and the plugins. */
public final class HealthRoutes {

    private final StoreHealth health;
    private final Plugins plugins;

    @Inject
    public HealthRoutes(StoreHealth health, Plugins plugins) {
        this.health = health;
        this.plugins = plugins;
    }

    public void register(Api api) {
        api.tagged("Health").get("/health", "The store and plugins", this::health);
    }

    private void health(Context ctx) {
        StoreHealth.Report report = health.check();
        Map<String, Object> body = new LinkedHashMap<>();
        boolean healthy = report.healthy();
        body.put("status", healthy ? "UP" : "DOWN");
        // what the operator's own tools need, never the store's address: a driver's message can name host and port
        Map<String, Object> store = new LinkedHashMap<>();
        store.put("up", report.up());
        store.put("kind", report.kind());
        store.put("schemaVersion", report.schemaVersion());
        store.put("expectedSchemaVersion", report.expectedSchemaVersion());
        store.put("events", report.events());
        store.put("head", report.head());
        store.put("masterKeyMatches", report.masterKeyMatches());
        store.put("error", !report.up() ? "The store cannot be reached; openup admin doctor on the server says why."
                : !report.masterKeyMatches() ? "This node's master key does not match the store's; openup admin doctor says more."
                : null);
        body.put("store", store);
        body.put("plugins", plugins);
        ctx.status(healthy ? 200 : 503).json(body);
    }
}
