package org.openup.spi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A plugin's own tables, migrated by Flyway from the plugin's own migration folder (for example
 * {@code org/openup/webhook/migration}, holding {@code V1__endpoints.sql}, {@code V2__...}), with a
 * history table of the plugin's own ({@code flyway_<plugin>_history}). Several processes starting
 * on one store at once migrate it once. Prefix table names with the plugin's name; the SQL must
 * suit both SQLite and PostgreSQL. Plugins keep their own data here; the core's tables they reach
 * only through what the SPI offers. Get one from {@link PluginStore#tables}; read and write with
 * {@link #query}, {@link #one} and {@link #update}, which take part in the command's transaction
 * when there is one and bind times so both databases read them back.
 */
public interface PluginTables {

    /** Reads one row into a value. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Brings the tables up to date if this process has not yet; cheap after the first call. */
    void ensure();

    /** Every row the query finds, each read by {@code row}. */
    <T> List<T> query(String sql, Row<T> row, Object... values);

    /** The first row the query finds, if any. */
    <T> Optional<T> one(String sql, Row<T> row, Object... values);

    /** Runs an INSERT, UPDATE or DELETE; returns how many rows it changed. */
    int update(String sql, Object... values);

    /** A time column as written through {@link #update}, or null. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
