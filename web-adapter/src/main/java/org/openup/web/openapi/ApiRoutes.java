package org.openup.web.openapi;

/** One feature's routes, registered with the OpenAPI document; contributed through {@code WebModule}'s multibinder. */
public interface ApiRoutes {

    void register(Api api);
}
