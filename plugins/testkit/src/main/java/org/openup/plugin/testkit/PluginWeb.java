package org.openup.plugin.testkit;

import org.openup.engine.axon.Serialization;
import org.openup.spi.failure.NotAuthenticatedException;
import org.openup.spi.failure.NotFoundException;
import org.openup.plugin.web.RequestBodies;
import org.openup.spi.web.Routes;
import org.openup.spi.web.WebHandler;
import org.openup.spi.web.WebRequest;
import org.openup.spi.web.WebResponse;
import org.openup.spi.web.WebRoutes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plugin's routes called in this JVM: path matching with {@code {param}} segments as the web
 * adapter does, JSON bodies read as strictly as the adapter reads them, and a signed-in member
 * or none. Failures come back as the core's exceptions (a body that cannot be read as
 * {@link RequestBodies.MalformedBodyException}, an {@code InvalidInputException}). For the
 * routes over real HTTP, the web adapter's own tests mount them.
 */
public final class PluginWeb {

    private record Route(String method, String path, WebHandler handler) {
    }

    private static final RequestBodies BODIES = new RequestBodies(Serialization.objectMapper());
    private final List<Route> routes = new ArrayList<>();
    /** What {@link WebRequest#baseUrl} answers: the public address, as a caller of the web adapter would see it. */
    private final String baseUrl;

    PluginWeb(WebRoutes plugin, String baseUrl) {
        this.baseUrl = baseUrl;
        plugin.register(new Routes() {
            @Override
            public void get(String path, String summary, WebHandler handler) {
                routes.add(new Route("GET", path, handler));
            }

            @Override
            public void post(String path, String summary, Class<?> body, WebHandler handler) {
                routes.add(new Route("POST", path, handler));
            }

            @Override
            public void delete(String path, String summary, WebHandler handler) {
                routes.add(new Route("DELETE", path, handler));
            }
        });
    }

    /** As nobody signed in. */
    public WebResponse call(String method, String pathAndQuery, String jsonBody) throws Exception {
        return call(null, method, pathAndQuery, jsonBody);
    }

    /** As {@code member} (null: nobody signed in). */
    public WebResponse call(Partner member, String method, String pathAndQuery, String jsonBody) throws Exception {
        String[] parts = pathAndQuery.split("\\?", 2);
        Map<String, String> query = new HashMap<>();
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8) : "");
            }
        }
        for (Route route : routes) {
            Map<String, String> params = match(route.path(), parts[0]);
            if (route.method().equals(method) && params != null) {
                return route.handler().handle(new Request(params, query, jsonBody, member, baseUrl));
            }
        }
        throw new NotFoundException("No route " + method + " " + parts[0]);
    }

    private static Map<String, String> match(String template, String path) {
        String[] want = template.split("/", -1);
        String[] got = path.split("/", -1);
        if (want.length != got.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{") && want[i].endsWith("}")) {
                params.put(want[i].substring(1, want[i].length() - 1), got[i]);
            } else if (!want[i].equals(got[i])) {
                return null;
            }
        }
        return params;
    }

    private record Request(Map<String, String> params, Map<String, String> query, String body, Partner member,
                           String baseUrl) implements WebRequest {
        @Override
        public String pathParam(String name) {
            return params.get(name);
        }

        @Override
        public Optional<String> query(String name) {
            return Optional.ofNullable(query.get(name));
        }

        @Override
        public Optional<String> header(String name) {
            return Optional.empty();
        }

        /** As the web adapter reads bodies: no body, or JSON of the wrong shape, is refused the same way. */
        @Override
        public <T> T body(Class<T> type) {
            return BODIES.read(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), type);
        }

        @Override
        public String memberId() {
            if (member == null) {
                throw new NotAuthenticatedException("Sign in first.");
            }
            return member.memberId();
        }
    }
}
