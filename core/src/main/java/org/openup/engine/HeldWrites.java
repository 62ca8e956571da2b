package org.openup.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes held back and sent as JDBC batches, one per table and statement. A replay writes
 * thousands of rows of a few kinds in one transaction; sent one by one, each waits for its own
 * round trip to PostgreSQL. On a table the statements keep their order: one of another kind sends
 * the table's batch first. The read models' tables do not refer to each other, so their batches
 * may go in any order. A statement on no table this recognises sends everything first and runs alone.
 */
final class HeldWrites implements AutoCloseable {

    /** Sent before a batch grows past this, so a long transaction does not hold every row in memory. */
    static final int MOST_HELD = 1_000;
    private static final Pattern TABLE = Pattern.compile("^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement, Object[] values) throws SQLException;
    }

    private final Connection connection;
    private final Binder binder;
    private final Map<String, Batch> byTable = new HashMap<>();

    HeldWrites(Connection connection, Binder binder) {
        this.connection = connection;
        this.binder = binder;
    }

    void add(String sql, Object[] values) throws SQLException {
        Matcher table = TABLE.matcher(sql);
        if (!table.find()) {
            send();
            try (PreparedStatement alone = connection.prepareStatement(sql)) {
                binder.bind(alone, values);
                alone.executeUpdate();
            }
            return;
        }
        String name = table.group(1).toLowerCase(Locale.ROOT);
        Batch batch = byTable.get(name);
        if (batch != null && !batch.sql.equals(sql)) {
            byTable.remove(name);
            batch.sendAndClose();
            batch = null;
        }
        if (batch == null) {
            batch = new Batch(sql, connection.prepareStatement(sql));
            byTable.put(name, batch);
        }
        binder.bind(batch.statement, values);
        batch.statement.addBatch();
        if (++batch.held >= MOST_HELD) {
            batch.send();
        }
    }

    /** Sends everything held. */
    void send() throws SQLException {
        List<Batch> batches = new ArrayList<>(byTable.values());
        byTable.clear();
        SQLException failure = null;
        for (Batch batch : batches) {
            try {
                if (failure == null) {
                    batch.sendAndClose();
                } else {
                    batch.statement.close();
                }
            } catch (SQLException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Drops whatever is still held (the transaction is rolled back after a failure). */
    @Override
    public void close() {
        for (Batch batch : byTable.values()) {
            try {
                batch.statement.close();
            } catch (SQLException ignored) {
                // the rollback that follows discards what it held anyway
            }
        }
        byTable.clear();
    }

    private static final class Batch {
        final String sql;
        final PreparedStatement statement;
        int held;

        Batch(String sql, PreparedStatement statement) {
            this.sql = sql;
            this.statement = statement;
        }

        void send() throws SQLException {
            statement.executeBatch();
            held = 0;
        }

        void sendAndClose() throws SQLException {
            try (statement) {
                send();
            }
        }
    }
}
