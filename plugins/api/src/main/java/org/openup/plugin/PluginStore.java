package org.openup.plugin;

import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.store.OwnerOnlyFiles;
import org.openup.engine.store.Store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a plugin may keep, and where: tables of its own in the store (with their own migrations)
 * and owner-only files under {@code $OPENUP_HOME}. Inject it; the core's own tables and engine stay
 * out of a plugin's reach.
 */
public final class PluginStore {

    private final Store store;
    private final Jdbc jdbc;

    public PluginStore(Store store, Jdbc jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    /**
     * The plugin's tables, migrated from {@code location} (a class-path folder such as
     * {@code org/openup/webhook/migration}) up to version {@code latest}; the history table is named
     * after {@code owner}'s package. Make them where the plugin starts, never inside a transaction.
     */
    public PluginTables tables(Class<?> owner, String location, int latest) {
        PluginTables tables = new PluginTables(store, jdbc, owner, location, latest);
        tables.ensure();
        return tables;
    }

    /** {@code $OPENUP_HOME}: where OpenUp keeps its files. */
    public Path home() {
        return store.settings().home();
    }

    /** A folder of the plugin's own under {@code $OPENUP_HOME}, made readable by its owner only (0700). */
    public Path privateFolder(String name) throws IOException {
        return OwnerOnlyFiles.folder(store.settings().home().resolve(name));
    }

    /** Makes {@code file} (created if missing) readable by its owner only (0600). */
    public Path privateFile(Path file) throws IOException {
        return OwnerOnlyFiles.file(file);
    }
}
