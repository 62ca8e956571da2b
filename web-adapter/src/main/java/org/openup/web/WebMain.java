package org.openup.web;

import org.openup.engine.store.StoreSettings;
import org.openup.engine.store.StoreUnavailableException;
import org.openup.web.access.TrustedProxies;
import org.openup.web.operations.Operators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;

/** {@code openup web}: starts the core on the configured store and serves it over HTTP. */
public final class WebMain {

    private static final Logger log = LoggerFactory.getLogger(WebMain.class);

    private WebMain() {
    }

    public static void main(String[] args) {
        int exit = run(args, System.out, System.err);
        if (exit != RUNNING) {
            System.exit(exit);
        }
        // otherwise the server's threads keep the process alive until it is stopped
    }

    static final int RUNNING = -1;

    /** Starts the server and returns {@link #RUNNING}, or an exit code if it could not start. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print(WebOptions.USAGE);
            return 0;
        }
        WebOptions options;
        StoreSettings settings;
        TrustedProxies proxies;
        try {
            options = WebOptions.parse(args, System.getenv());
            settings = StoreSettings.fromEnvironment();
            proxies = TrustedProxies.from(System.getenv());
        } catch (WebOptions.UsageException | IllegalArgumentException e) {
            err.println("openup web: " + e.getMessage());
            err.print(WebOptions.USAGE);
            return 2;
        }
        WebApp app;
        try {
            app = WebApp.start(settings, options.host(), options.port(), proxies, System.getenv(Operators.ENV));
        } catch (RuntimeException e) {
            return failed(err, "Could not start the web adapter on " + options.host() + ":" + options.port(), e);
        }
        stopOnSignals(app);
        String where = settings.isPostgres() ? "PostgreSQL at " + settings.displayUrl() : "embedded store in " + settings.home();
        out.println("OpenUp is running at http://" + displayHost(options.host()) + ":" + app.port() + "/ (" + where + ")");
        out.println("Press Ctrl+C to stop.");
        out.flush();
        return RUNNING;
    }

    /**
     * On SIGTERM or Ctrl+C, stop the app first and exit after: requests under way finish and the
     * pool closes in order, before the JVM runs its shutdown hooks all at once. The shutdown hook
     * stays for every other way the JVM ends.
     */
    private static void stopOnSignals(WebApp app) {
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "openup-shutdown"));
        for (String name : new String[]{"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                    try {
                        app.close();
                    } finally {
                        System.exit(128 + signal.getNumber()); // even if stopping failed: a signal means stop
                    }
                });
            } catch (IllegalArgumentException unavailable) {
                log.debug("Signal {} cannot be handled here; the shutdown hook stops the app", name);
            }
        }
    }

    private static String displayHost(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static int failed(PrintStream err, String what, RuntimeException e) {
        log.debug("Start-up failure", e);
        var store = StoreUnavailableException.findIn(e);
        if (store.isPresent()) {
            err.println("openup web: The store cannot be used: " + store.get().getMessage());
            return 3;
        }
        String reason = rootMessage(e);
        if (reason.toLowerCase().contains("address already in use") || reason.toLowerCase().contains("failed to bind")) {
            reason = "the port is already in use. Choose another with --port or OPENUP_PORT.";
        }
        err.println("openup web: " + what + ": " + reason);
        return 1;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
