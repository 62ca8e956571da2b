package org.openup.web;

import org.openup.Core;
import org.openup.engine.StoreSettings;
import org.openup.plugin.PluginHost;

/** A running web adapter: the core with its plugins, and the HTTP server in front of it. */
public final class WebApp implements AutoCloseable {

    private final Core core;
    private final WebServer server;

    private WebApp(Core core, WebServer server) {
        this.core = core;
        this.server = server;
    }

    public static WebApp start(StoreSettings settings, String host, int port) {
        PluginHost plugins = PluginHost.start(settings);
        Core core = plugins.injector().getInstance(Core.class);
        try {
            core.start();
            return new WebApp(core, new WebServer(plugins.injector()).start(host, port));
        } catch (RuntimeException e) {
            core.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    public java.util.List<String> servedRoutes() {
        return server.servedRoutes();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            core.close();
        }
    }
}
