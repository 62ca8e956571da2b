package org.openup.engine.readmodel;

import org.openup.engine.crypto.Keyring;
import org.openup.engine.store.JdbcTransactions;
import org.openup.engine.store.StoreUnavailableException;

import org.openup.privacy.PersonalText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The few JDBC moves every projection and query makes, in one place: bind values the way the
 * tables store them (instants as timestamps, personal text sealed under its owner's key, enums by name), run, map.
 * Inside a transaction the bound connection is used, so rows commit with the command's events.
 */
public final class Jdbc {

    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final JdbcTransactions tx;
    private final Keyring keyring;
    /** The writes this thread holds back while it runs {@link #batching}. */
    private final ThreadLocal<HeldWrites> held = new ThreadLocal<>();

    public Jdbc(JdbcTransactions tx, Keyring keyring) {
        this.tx = tx;
        this.keyring = keyring;
    }

    /**
     * Runs the statement, or while this thread runs {@link #batching} holds it for the batch and
     * returns {@link Statement#SUCCESS_NO_INFO}, its count not yet known.
     */
    public int update(String sql, Object... values) {
        if (tx.oneWriter() && !tx.inTransaction()) {
            // a write of its own (a session, a failed login) takes its turn like a command: SQLite's
            // busy handler, which it would meet otherwise, lets a steady stream of commands starve it
            return tx.fetchInTransaction(() -> update(sql, values));
        }
        try {
            HeldWrites writes = held.get();
            if (writes != null) {
                writes.add(sql, values);
                return Statement.SUCCESS_NO_INFO;
            }
            try (Connection c = tx.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
                bind(p, values);
                return p.executeUpdate();
            }
        } catch (SQLException e) {
            throw cannotWrite(e);
        }
    }

    /** Runs {@code work} in the current transaction, or in one of its own: a check and a write that must not interleave. */
    public <T> T inTransaction(Supplier<T> work) {
        return tx.inTransaction() ? work.get() : tx.fetchInTransaction(work);
    }

    /**
     * Inside a transaction, waits until no other transaction holds {@code key}, and holds it until
     * this one ends: PostgreSQL's transaction-scoped advisory lock. SQLite needs none, as only one
     * transaction writes at a time there.
     */
    public void serialise(String key) {
        if (!tx.inTransaction()) {
            throw new IllegalStateException("A key is held for a transaction; there is none");
        }
        if (!tx.oneWriter()) {
            query("SELECT pg_advisory_xact_lock(?)", rs -> 1, (long) key.hashCode() << 32 | (key.length() & 0xffffffffL));
        }
    }

    /**
     * Runs {@code work} inside the current transaction with this thread's updates sent to the
     * database as JDBC batches (see {@link HeldWrites}): when it ends, and before any query it makes,
     * so a read sees every write made before it. For a replay, whose handlers write thousands of
     * rows and never need an update's count.
     */
    public <T> T batching(Supplier<T> work) {
        if (!tx.inTransaction() || held.get() != null) {
            throw new IllegalStateException("Batching runs inside a transaction, once");
        }
        try (Connection c = tx.getConnection(); HeldWrites writes = new HeldWrites(c, this::bind)) {
            held.set(writes);
            T result = work.get();
            writes.send();
            return result;
        } catch (SQLException e) {
            throw cannotWrite(e);
        } finally {
            held.remove();
        }
    }

    public <T> List<T> query(String sql, Row<T> row, Object... values) {
        HeldWrites writes = held.get();
        if (writes != null) {
            try {
                writes.send();
            } catch (SQLException e) {
                throw cannotWrite(e);
            }
        }
        try (Connection c = tx.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, values);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot read: " + e.getMessage(), e);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... values) {
        List<T> found = query(sql, row, values);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** A column that holds personal text (sealed when it was written), in the clear; null stays null. */
    public String text(ResultSet rs, String column) throws SQLException {
        return keyring.openColumn(rs.getString(column));
    }

    /** A value read from a column of personal text and kept sealed, in the clear; null stays null. */
    public String open(String sealed) {
        return keyring.openColumn(sealed);
    }

    /** A nullable integer column (the SQLite driver refuses {@code getObject(column, Integer.class)} on NULL). */
    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** A nullable timestamp column as an instant. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static StoreUnavailableException cannotWrite(SQLException e) {
        return new StoreUnavailableException("Cannot write: " + e.getMessage(), e);
    }

    private void bind(PreparedStatement p, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                p.setNull(i + 1, Types.NULL);
            } else if (v instanceof Instant instant) {
                p.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (v instanceof PersonalText text) {
                p.setString(i + 1, keyring.sealForColumn(text.owner(), text.text()));
            } else if (v instanceof Enum<?> e) {
                p.setString(i + 1, e.name());
            } else {
                p.setObject(i + 1, v);
            }
        }
    }
}
