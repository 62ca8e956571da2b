package org.openup.plugin;

import org.openup.engine.Schema;
import org.openup.engine.Store;
import org.openup.engine.StoreUnavailableException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A plugin's own tables, created on first use from a SQL resource in its jar. Every statement must
 * be idempotent ({@code CREATE TABLE IF NOT EXISTS ...}), as in the core's schema steps, so several
 * processes may start on one store at once. Prefix table names with the plugin's name. Plugins
 * keep their own data here; the core's tables they reach only through the core's services.
 */
public final class PluginTables {

    private final Store store;
    private final Class<?> owner;
    private final String resource;
    private volatile boolean ready;

    public PluginTables(Store store, Class<?> owner, String resource) {
        this.store = store;
        this.owner = owner;
        this.resource = resource;
    }

    /** Creates the tables if this process has not yet; cheap after the first call. */
    public void ensure() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (!ready) {
                create();
                ready = true;
            }
        }
    }

    /** On a connection of its own: some databases commit DDL at once, which must not commit a caller's transaction. */
    private void create() {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String sql : Schema.statements(read())) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot create the tables of " + resource + ": " + e.getMessage(), e);
        }
    }

    private String read() {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Table script missing from the plugin's jar: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }
}
