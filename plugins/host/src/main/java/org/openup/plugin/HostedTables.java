package org.openup.plugin;

import org.openup.spi.PluginTables;

import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.store.Migrations;
import org.openup.engine.store.Store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link PluginTables} on the store the core uses, in the core's transaction when there is one. */
final class HostedTables implements PluginTables {

    private final Supplier<Store> store;
    private final Supplier<Jdbc> jdbc;
    private final String plugin;
    private final String location;
    private final int latest;
    private volatile boolean ready;

    /**
     * {@code location}: the folder of the plugin's migrations on the class path, without
     * {@code classpath:}; {@code latest}: the version of the newest migration in it, so that a
     * store already there is not handed to Flyway at every start.
     */
    HostedTables(Supplier<Store> store, Supplier<Jdbc> jdbc, Class<?> owner, String location, int latest) {
        this.store = store;
        this.jdbc = jdbc;
        this.plugin = owner.getPackageName().substring(owner.getPackageName().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        this.location = location;
        this.latest = latest;
    }

    /** Brings the tables up to date if this process has not yet; cheap after the first call. */
    @Override
    public void ensure() {
        if (!ready) {
            ensureOn(store.get());
        }
    }

    /** On {@code store}, as it opens (the host's set-up step), before anything else can use it. */
    void ensureOn(Store store) {
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
    @Override
    public <T> List<T> query(String sql, Row<T> row, Object... values) {
        ensure();
        return jdbc.get().query(sql, row::map, values);
    }

    /** The first row the query finds, if any. */
    @Override
    public <T> Optional<T> one(String sql, Row<T> row, Object... values) {
        ensure();
        return jdbc.get().one(sql, row::map, values);
    }

    /** Runs an INSERT, UPDATE or DELETE; returns how many rows it changed. */
    @Override
    public int update(String sql, Object... values) {
        ensure();
        return jdbc.get().update(sql, values);
    }
}
