package org.openup.web;

import com.google.inject.Injector;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.openup.engine.axon.Serialization;
import org.openup.web.access.CrossSiteGuard;
import org.openup.web.access.SecurityHeaders;
import org.openup.web.access.TrustedProxies;
import org.openup.web.openapi.Api;
import org.openup.web.operations.Metrics;
import org.openup.web.operations.Operators;
import org.openup.web.openapi.ApiRoutes;
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

    /** {@code operatorToken}: the secret that makes a request an operator's from anywhere, or null (see {@link Operators}). */
    public WebServer(Injector injector, TrustedProxies proxies, String operatorToken) {
        var json = Serialization.objectMapper();
        JsonBodies bodies = new JsonBodies(json);
        Injector child = injector.createChildInjector(binder -> {
            binder.bind(JsonBodies.class).toInstance(bodies);
            binder.bind(TrustedProxies.class).toInstance(proxies);
            binder.bind(Operators.class).toInstance(new Operators(proxies, operatorToken));
        }, new WebModule());
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
            config.routes.before(ctx -> SecurityHeaders.apply(ctx, proxies.overHttps(ctx)));
            config.routes.before(CrossSiteGuard::check);
            new ProblemHandlers(json).register(config.routes);
            config.routes.after(JsonBodies::discardUnread);
            child.getInstance(Metrics.class).register(config);
            Api api = new Api(config.routes);
            child.getInstance(com.google.inject.Key.get(new com.google.inject.TypeLiteral<java.util.Set<ApiRoutes>>() { }))
                    .forEach(routes -> routes.register(api));
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
