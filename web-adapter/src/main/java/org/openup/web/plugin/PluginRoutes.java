package org.openup.web.plugin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.inject.Inject;
import org.openup.spi.web.Routes;
import org.openup.spi.web.WebHandler;
import org.openup.spi.web.WebRequest;
import org.openup.spi.web.WebResponse;
import org.openup.spi.web.WebRoutes;
import org.openup.web.JsonBodies;
import org.openup.web.access.Caller;
import org.openup.web.access.SecurityHeaders;
import org.openup.web.openapi.Api;
import org.openup.web.openapi.ApiRoutes;

import java.util.Map;
import java.util.Optional;

/**
 * Mounts each plugin's routes under {@code /plugins/<name>}, tagged with the plugin's name in the
 * OpenAPI document. Plugins see requests through the framework-free {@link WebRequest}, so they
 * do not break when the web framework changes.
 */
public final class PluginRoutes implements ApiRoutes {

    private final Map<String, WebRoutes> plugins;
    private final Caller caller;
    private final JsonBodies bodies;
    private final org.openup.spi.PublicAddress address;

    @Inject
    public PluginRoutes(Map<String, WebRoutes> plugins, Caller caller, JsonBodies bodies, org.openup.spi.PublicAddress address) {
        this.address = address;
        this.plugins = plugins;
        this.caller = caller;
        this.bodies = bodies;
    }

    @Override
    public void register(Api api) {
        plugins.forEach((name, routes) -> routes.register(new Mounted(api.tagged("Plugin: " + name), "/plugins/" + name)));
    }

    private final class Mounted implements Routes {
        private final Api api;
        private final String prefix;

        Mounted(Api api, String prefix) {
            this.api = api;
            this.prefix = prefix;
        }

        @Override
        public void get(String path, String summary, WebHandler handler) {
            api.get(prefix + path, summary, adapt(handler));
        }

        @Override
        public void post(String path, String summary, Class<?> body, WebHandler handler) {
            api.post(prefix + path, summary, body, 200, adapt(handler));
        }

        @Override
        public void delete(String path, String summary, WebHandler handler) {
            api.delete(prefix + path, summary, adapt(handler));
        }
    }

    private Handler adapt(WebHandler handler) {
        return ctx -> {
            WebResponse response = handler.handle(new Request(ctx));
            ctx.status(response.status());
            response.headers().forEach((name, value) -> {
                // the security headers are the host's: a plugin cannot loosen them (a feed is as private as any answer)
                if (!SecurityHeaders.isOwn(name)) {
                    ctx.header(name, value);
                }
            });
            Object body = response.body();
            if (body instanceof byte[] bytes) {
                ctx.contentType(response.contentType()).result(bytes);
            } else if (body instanceof String text) {
                ctx.contentType(response.contentType()).result(text);
            } else if (body != null) {
                ctx.json(body);
            }
        };
    }

    private final class Request implements WebRequest {
        private final Context ctx;

        Request(Context ctx) {
            this.ctx = ctx;
        }

        @Override
        public String pathParam(String name) {
            return ctx.pathParam(name);
        }

        @Override
        public Optional<String> query(String name) {
            return Optional.ofNullable(ctx.queryParam(name));
        }

        @Override
        public Optional<String> header(String name) {
            return Optional.ofNullable(ctx.header(name));
        }

        @Override
        public <T> T body(Class<T> type) {
            return bodies.read(ctx, type);
        }

        @Override
        public String memberId() {
            return caller.memberId(ctx).value();
        }

        @Override
        public String baseUrl() {
            // the configured or listening address, never the Host the request named (the sender's to choose)
            return address.base();
        }
    }
}
