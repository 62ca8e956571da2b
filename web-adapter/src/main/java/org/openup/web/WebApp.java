package org.openup.web;

import org.openup.Core;
import org.openup.engine.store.StoreSettings;
import org.openup.notification.NotificationDispatcher;
import org.openup.plugin.PluginHost;
import org.openup.web.access.TrustedProxies;
import org.openup.web.operations.Operators;

/** A running web adapter: the core with its plugins, and the HTTP server in front of it. */
public final class WebApp implements AutoCloseable {

    private final Core core;
    private final com.google.inject.Injector injector;
    private final WebServer server;
    private final NotificationDispatcher notifications;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private WebApp(Core core, com.google.inject.Injector injector, WebServer server, NotificationDispatcher notifications) {
        this.core = core;
        this.injector = injector;
        this.server = server;
        this.notifications = notifications;
    }

    public static WebApp start(StoreSettings settings, String host, int port) {
        return start(settings, host, port, TrustedProxies.none());
    }

    /** {@code proxies}: whose {@code X-Forwarded-For} names the client (see {@link TrustedProxies}). */
    public static WebApp start(StoreSettings settings, String host, int port, TrustedProxies proxies) {
        return start(settings, host, port, proxies, null);
    }

    /** {@code operatorToken}: the secret that shows an operator {@code /health}'s details and {@code /metrics} (see {@link Operators}). */
    public static WebApp start(StoreSettings settings, String host, int port, TrustedProxies proxies, String operatorToken) {
        return start(PluginHost.start(settings), host, port, proxies, operatorToken);
    }

    /** With exactly these plugins instead of those on the class path (tests that set a plugin up by hand). */
    static WebApp start(StoreSettings settings, String host, int port, java.util.List<org.openup.spi.OpenUpPlugin> only) {
        return start(PluginHost.start(settings, only, binder -> { }), host, port, TrustedProxies.none(), null);
    }

    private static WebApp start(PluginHost plugins, String host, int port, TrustedProxies proxies, String operatorToken) {
        Core core = plugins.injector().getInstance(Core.class);
        try {
            core.start();
            WebServer server = new WebServer(plugins.injector(), proxies, operatorToken).start(host, port);
            plugins.injector().getInstance(org.openup.spi.PublicAddress.class).listeningAt(host, server.port());
            // a long-running host delivers the outbox; the CLI's short runs leave it to this
            NotificationDispatcher notifications = plugins.injector().getInstance(NotificationDispatcher.class).start();
            return new WebApp(core, plugins.injector(), server, notifications);
        } catch (RuntimeException e) {
            core.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    /** A service of the running app, as an operator on the server would reach it (the adapter's tests do). */
    <T> T service(Class<T> type) {
        return injector.getInstance(type);
    }

    public java.util.List<String> servedRoutes() {
        return server.servedRoutes();
    }

    /** Stops serving, delivering and the core; a second call (the shutdown hook after a signal) does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            notifications.close();
            server.stop();
        } finally {
            core.close();
        }
    }
}
