package org.openup.plugin;

import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.store.Migrations;
import org.openup.engine.store.Store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A plugin's own tables, migrated by Flyway from the plugin's own migration folder (for example
 * {@code org/openup/webhook/migration}, holding {@code V1__endpoints.sql}, {@code V2__...}), with a
 * history table of the plugin's own ({@code flyway_<plugin>_history}). Several processes starting
 * on one store at once migrate it once. Prefix table names with the plugin's name; the SQL must
 * suit both SQLite and PostgreSQL. Plugins keep their own data here; the core's tables they reach
 * only through the core's services. Get one from {@link PluginStore#tables}; read and write with
 * {@link #query}, {@link #one} and {@link #update}, which take part in the command's transaction
 * when there is one and bind times so both databases read them back.
 */
public final class PluginTables {

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Store store;
    private final Jdbc jdbc;
    private final String plugin;
    private final String location;
    private final int latest;
    private volatile boolean ready;

    /**
     * {@code location}: the folder of the plugin's migrations on the class path, without
     * {@code classpath:}; {@code latest}: the version of the newest migration in it, so that a
     * store already there is not handed to Flyway at every start.
     */
    PluginTables(Store store, Jdbc jdbc, Class<?> owner, String location, int latest) {
        this.store = store;
        this.jdbc = jdbc;
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

    /** Every row the query finds, each read by {@code row}. */
    public <T> List<T> query(String sql, Row<T> row, Object... values) {
        ensure();
        return jdbc.query(sql, row::map, values);
    }

    /** The first row the query finds, if any. */
    public <T> Optional<T> one(String sql, Row<T> row, Object... values) {
        ensure();
        return jdbc.one(sql, row::map, values);
    }

    /** Runs an INSERT, UPDATE or DELETE; returns how many rows it changed. */
    public int update(String sql, Object... values) {
        ensure();
        return jdbc.update(sql, values);
    }

    /** A time column as written through {@link #update}, or null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return Jdbc.instant(rs, column);
    }
}
