package org.openup.plugin;

import org.openup.engine.store.Migrations;
import org.openup.engine.store.Store;

import java.util.Locale;

/**
 * A plugin's own tables, migrated by Flyway from the plugin's own migration folder (for example
 * {@code org/openup/webhook/migration}, holding {@code V1__endpoints.sql}, {@code V2__...}), with a
 * history table of the plugin's own ({@code flyway_<plugin>_history}). Several processes starting
 * on one store at once migrate it once. Prefix table names with the plugin's name; the SQL must
 * suit both SQLite and PostgreSQL. Plugins keep their own data here; the core's tables they reach
 * only through the core's services.
 */
public final class PluginTables {

    private final Store store;
    private final String plugin;
    private final String location;
    private final int latest;
    private volatile boolean ready;

    /**
     * {@code location}: the folder of the plugin's migrations on the class path, without
     * {@code classpath:}; {@code latest}: the version of the newest migration in it, so that a
     * store already there is not handed to Flyway at every start.
     */
    public PluginTables(Store store, Class<?> owner, String location, int latest) {
        this.store = store;
        this.plugin = owner.getPackageName().substring(owner.getPackageName().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        this.location = location;
        this.latest = latest;
    }

    /** Brings the tables up to date if this process has not yet; cheap after the first call. */
    public void ensure() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (!ready) {
                if (store.transactions().inTransaction()) {
                    // a migration takes a connection of its own, which on SQLite waits for this one's lock
                    throw new IllegalStateException("The tables of " + plugin + " must be made before any transaction: "
                            + "call ensure() where the plugin starts");
                }
                Migrations.migratePlugin(store.dataSource(), "flyway_" + plugin + "_history", "classpath:" + location, latest);
                ready = true;
            }
        }
    }
}
