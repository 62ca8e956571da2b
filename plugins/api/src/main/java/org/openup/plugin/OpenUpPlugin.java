package org.openup.plugin;

import com.google.inject.Module;

/**
 * A plugin: a Guice module that the hosts (web adapter, CLI) find through
 * {@link java.util.ServiceLoader}, listed in {@code META-INF/services/org.openup.plugin.OpenUpPlugin}.
 * It is installed next to the core module, so it can use the core's operations and contribute
 * its own bindings.
 */
public interface OpenUpPlugin extends Module {

    /** A short, stable name: used in {@code /health}, in logs and as the plugin's URL and command prefix. */
    String name();
}
