package org.openup.bench;

import io.javalin.Javalin;
import org.openup.engine.store.StoreSettings;
import org.openup.web.WebApp;

import java.io.IOException;

/**
 * The process the load is aimed at: the real web adapter on the store from the environment, and
 * beside it, in the same JVM, a bare Javalin route that does nothing. The bare route is the limit
 * the adapter's reads are measured against: what this process and machine answer at best.
 * Prints one line with both ports, then serves until its standard input closes.
 */
public final class BenchServer {

    private BenchServer() {
    }

    public static void main(String[] args) throws IOException {
        StoreSettings settings = StoreSettings.fromEnvironment();
        try (WebApp app = WebApp.start(settings, "127.0.0.1", 0)) {
            Javalin bare = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.routes.get("/bare", ctx -> ctx.result("ok"));
            }).start("127.0.0.1", 0);
            System.out.println("READY web=" + app.port() + " bare=" + bare.port() + " pid=" + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // the harness closes our input when it is done
            }
            bare.stop();
        }
    }
}
