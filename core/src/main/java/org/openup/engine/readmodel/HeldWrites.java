package org.openup.engine.readmodel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes held back and sent as JDBC batches, one per table and statement. A replay writes
 * thousands of rows of a few kinds in one transaction; sent one by one, each waits for its own
 * round trip to PostgreSQL. On a table the statements keep their order: one of another kind sends
 * the table's batch first. Tables are sent in the order they were first written. A statement
 * that names only its own table cannot see another table's held rows, so the tables' batches may
 * go in any order; one that reads another table (a {@code SELECT} or join inside it), or that this
 * does not recognise, sends everything first and runs alone.
 */
final class HeldWrites implements AutoCloseable {

    /** Sent before a batch grows past this, so a long transaction does not hold every row in memory. */
    static final int MOST_HELD = 1_000;
    private static final Pattern OWN_TABLE_ONLY = Pattern.compile(
            "^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(\\w+)(?!.*\\b(?:SELECT|JOIN|USING|FROM)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement, Object[] values) throws SQLException;
    }

    private final Connection connection;
    private final Binder binder;
    /** Prepared once per statement for as long as this lives: a query in between sends, it does not close. */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final Map<String, Batch> heldByTable = new LinkedHashMap<>();

    HeldWrites(Connection connection, Binder binder) {
        this.connection = connection;
        this.binder = binder;
    }

    void add(String sql, Object[] values) throws SQLException {
        Matcher table = OWN_TABLE_ONLY.matcher(sql);
        if (!table.find()) {
            send();
            PreparedStatement alone = statement(sql);
            binder.bind(alone, values);
            alone.executeUpdate();
            return;
        }
        String name = table.group(1).toLowerCase(Locale.ROOT);
        Batch batch = heldByTable.get(name);
        if (batch != null && !batch.sql.equals(sql)) {
            heldByTable.remove(name);
            batch.send();
            batch = null;
        }
        if (batch == null) {
            batch = new Batch(sql, statement(sql));
            heldByTable.put(name, batch);
        }
        binder.bind(batch.statement, values);
        batch.statement.addBatch();
        if (++batch.held >= MOST_HELD) {
            heldByTable.remove(name);
            batch.send();
        }
    }

    /** Sends everything held. */
    void send() throws SQLException {
        try {
            for (Batch batch : heldByTable.values()) {
                batch.send();
            }
        } finally {
            heldByTable.clear();
        }
    }

    /** Closes the statements, dropping whatever is still held (after a failure the transaction is rolled back). */
    @Override
    public void close() throws SQLException {
        heldByTable.clear();
        SQLException failure = null;
        for (PreparedStatement statement : prepared.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        prepared.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        return statement;
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
        }
    }
}
