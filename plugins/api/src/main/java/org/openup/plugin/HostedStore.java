package org.openup.plugin;

import org.openup.spi.PluginStore;
import org.openup.spi.PluginTables;

import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.store.OwnerOnlyFiles;
import org.openup.engine.store.Store;

import java.io.IOException;
import java.nio.file.Path;

/** {@link PluginStore} on the store the core uses. */
final class HostedStore implements PluginStore {

    private final Store store;
    private final Jdbc jdbc;

    HostedStore(Store store, Jdbc jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    /**
     * The plugin's tables, migrated from {@code location} (a class-path folder such as
     * {@code org/openup/webhook/migration}) up to version {@code latest}; the history table is named
     * after {@code owner}'s package. Make them where the plugin starts, never inside a transaction.
     */
    @Override
    public PluginTables tables(Class<?> owner, String location, int latest) {
        PluginTables tables = new HostedTables(store, jdbc, owner, location, latest);
        tables.ensure();
        return tables;
    }

    /** {@code $OPENUP_HOME}: where OpenUp keeps its files. */
    @Override
    public Path home() {
        return store.settings().home();
    }

    /** A folder of the plugin's own under {@code $OPENUP_HOME}, made readable by its owner only (0700). */
    @Override
    public Path privateFolder(String name) throws IOException {
        return OwnerOnlyFiles.folder(store.settings().home().resolve(name));
    }

    /** Makes {@code file} (created if missing) readable by its owner only (0600). */
    @Override
    public Path privateFile(Path file) throws IOException {
        return OwnerOnlyFiles.file(file);
    }
}
