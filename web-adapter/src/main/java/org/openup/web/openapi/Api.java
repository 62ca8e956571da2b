package org.openup.web.openapi;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

import java.util.ArrayList;
import java.util.List;

/**
 * How feature routes register: each route with a summary and its request body type, so the
 * OpenAPI document is made from the same list that Javalin serves and cannot drift from it.
 */
public final class Api {

    /** One documented route; {@code body} is the request record, or null when there is none. */
    public record Operation(String method, String path, String tag, String summary, Class<?> body, int success) {
    }

    private final RoutesConfig routes;
    private final List<Operation> operations;
    private final String tag;

    public Api(RoutesConfig routes) {
        this(routes, new ArrayList<>(), "General");
    }

    private Api(RoutesConfig routes, List<Operation> operations, String tag) {
        this.routes = routes;
        this.operations = operations;
        this.tag = tag;
    }

    /** The same registry, grouping the next routes under {@code tag}. */
    public Api tagged(String tag) {
        return new Api(routes, operations, tag);
    }

    public void get(String path, String summary, Handler handler) {
        operations.add(new Operation("get", path, tag, summary, null, 200));
        routes.get(path, handler);
    }

    public void post(String path, String summary, Class<?> body, int success, Handler handler) {
        operations.add(new Operation("post", path, tag, summary, body, success));
        routes.post(path, handler);
    }

    public void put(String path, String summary, Class<?> body, int success, Handler handler) {
        operations.add(new Operation("put", path, tag, summary, body, success));
        routes.put(path, handler);
    }

    public void delete(String path, String summary, Handler handler) {
        operations.add(new Operation("delete", path, tag, summary, null, 204));
        routes.delete(path, handler);
    }

    public List<Operation> operations() {
        return List.copyOf(operations);
    }
}
