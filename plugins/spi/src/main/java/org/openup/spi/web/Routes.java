package org.openup.spi.web;

/** Where a plugin registers its routes; each path is relative to the plugin's prefix. */
public interface Routes {

    void get(String path, String summary, WebHandler handler);

    /** {@code body} is the JSON request record (for the OpenAPI document), or null for none. */
    void post(String path, String summary, Class<?> body, WebHandler handler);

    void delete(String path, String summary, WebHandler handler);
}
