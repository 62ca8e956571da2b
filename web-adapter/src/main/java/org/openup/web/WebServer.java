package org.openup.web;

import com.google.inject.Injector;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.openup.engine.axon.Serialization;
import org.openup.web.access.Caller;
import org.openup.web.access.CrossSiteGuard;
import org.openup.web.access.SecurityHeaders;
import org.openup.web.access.TrustedProxies;
import org.openup.web.account.AccountRoutes;
import org.openup.web.health.HealthRoutes;
import org.openup.web.conversation.ConversationRoutes;
import org.openup.web.export.ExportRoutes;
import org.openup.web.insight.InsightRoutes;
import org.openup.web.journey.JourneyRoutes;
import org.openup.web.journey.PartnerInviteRoutes;
import org.openup.web.reflection.ReflectionRoutes;
import org.openup.web.scene.SceneRoutes;
import org.openup.web.openapi.Api;
import org.openup.web.operations.Metrics;
import org.openup.web.plugin.PluginRoutes;
import org.openup.web.settings.SettingsRoutes;
import org.openup.web.openapi.OpenApiRoutes;
import org.openup.web.problem.JettyProblems;
import org.openup.web.problem.ProblemHandlers;

/** The Javalin host: JSON with the core's settings, problem+json errors, and each feature's routes. */
public final class WebServer {

    private final Javalin app;

    static {
        // Jetty warns about an odd CONNECT target with the whole target in the line (ids and all),
        // before any route sees the request; the access log records it without the path
        org.slf4j.Logger hostPort = org.slf4j.LoggerFactory.getLogger("org.eclipse.jetty.util.HostPort");
        if (hostPort instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    public WebServer(Injector injector, TrustedProxies proxies) {
        var json = Serialization.objectMapper();
        JsonBodies bodies = new JsonBodies(json);
        Injector child = injector.createChildInjector(binder -> {
            binder.bind(JsonBodies.class).toInstance(bodies);
            binder.bind(TrustedProxies.class).toInstance(proxies);
        });
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = JsonBodies.MAX_BODY_BYTES;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems(json)));
            config.staticFiles.enableWebjars();
            // the browser front end: plain files bundled in the jar, no CDN, no build step
            config.staticFiles.add(staticFiles -> {
                staticFiles.hostedPath = "/";
                staticFiles.directory = "/web";
                staticFiles.location = Location.CLASSPATH;
            });
            // every answer, static files and problems included, carries the security headers
            config.routes.before(ctx -> SecurityHeaders.apply(ctx, Caller.overHttps(ctx)));
            config.routes.before(CrossSiteGuard::check);
            new ProblemHandlers(json).register(config.routes);
            config.routes.after(JsonBodies::discardUnread);
            child.getInstance(Metrics.class).register(config);
            Api api = new Api(config.routes);
            child.getInstance(HealthRoutes.class).register(api);
            child.getInstance(AccountRoutes.class).register(api);
            child.getInstance(JourneyRoutes.class).register(api);
            child.getInstance(ReflectionRoutes.class).register(api);
            child.getInstance(SceneRoutes.class).register(api);
            child.getInstance(ConversationRoutes.class).register(api);
            child.getInstance(InsightRoutes.class).register(api);
            child.getInstance(ExportRoutes.class).register(api);
            child.getInstance(PartnerInviteRoutes.class).register(api);
            child.getInstance(SettingsRoutes.class).register(api);
            child.getInstance(PluginRoutes.class).register(api);
            OpenApiRoutes.register(config.routes, api, json);
            OpenApiRoutes.registerInit(config.routes);
        });
    }

    public WebServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Every route Javalin serves, as "METHOD path", for checking the OpenAPI document against. */
    public java.util.List<String> servedRoutes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
    }

    public void stop() {
        app.stop();
    }
}
