package org.openup.spi.web;

/**
 * A plugin's web routes. The web adapter calls {@link #register} once at start, with paths
 * relative to {@code /plugins/<plugin name>}; path parameters are written {@code {name}}. The
 * routes appear in the OpenAPI document under the plugin's name.
 */
public interface WebRoutes {

    void register(Routes routes);
}
