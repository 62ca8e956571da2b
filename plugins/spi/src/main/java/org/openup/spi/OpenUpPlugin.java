package org.openup.spi;

/**
 * A plugin. The hosts (web adapter, CLI) find it through {@link java.util.ServiceLoader}, listed in
 * {@code META-INF/services/org.openup.spi.OpenUpPlugin}, and call {@link #register} once at start.
 */
public interface OpenUpPlugin {

    /** A short, stable name: used in {@code /health}, in logs and as the plugin's URL and command prefix. */
    String name();

    /**
     * Says what the plugin contributes, and builds what it needs from what {@code context} gives.
     * Keep it quick and free of I/O: a CLI run registers every plugin, even for {@code --help}; the
     * store is opened on first use, not here. A plugin that throws here is left out and reported.
     */
    void register(PluginContext context);
}
