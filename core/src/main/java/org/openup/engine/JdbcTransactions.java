package org.openup.engine;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.ConnectionWrapperFactory;
import org.axonframework.common.jdbc.ConnectionWrapperFactory.NoOpCloseHandler;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Axon has no JDBC transaction manager outside Spring, so this is ours. A transaction binds one
 * pooled connection to the thread; everything inside it (event store, read models, outbox, new
 * member keys) gets that same connection, which is what makes a command one commit. On the
 * embedded store a second connection of the same thread could not write until this one commits
 * (SQLite has one writer), so nothing inside a transaction may take one.
 */
public final class JdbcTransactions implements TransactionManager, ConnectionProvider {

    private final DataSource dataSource;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();
    private final ThreadLocal<List<Consumer<Boolean>>> whenDone = new ThreadLocal<>();

    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Transaction startTransaction() {
        if (bound.get() != null) {
            return JOINED; // the outer transaction decides
        }
        Connection connection;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreUnavailableException("Could not open a database transaction", e);
        }
        bound.set(connection);
        whenDone.set(new ArrayList<>());
        return new Transaction() {
            @Override
            public void commit() {
                finish(connection, true);
            }

            @Override
            public void rollback() {
                finish(connection, false);
            }
        };
    }

    /**
     * Inside a transaction: its connection, protected from being closed by the callee. Outside:
     * a fresh pooled connection in auto-commit mode that the caller closes.
     */
    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = bound.get();
        if (connection != null) {
            return ConnectionWrapperFactory.wrap(connection, new NoOpCloseHandler());
        }
        return dataSource.getConnection();
    }

    public boolean inTransaction() {
        return bound.get() != null;
    }

    /**
     * Runs {@code done} when the transaction this thread is in ends, told whether it committed
     * (to share a row it wrote with other threads only once it exists for them). Outside a
     * transaction, at once with true: what was written has committed.
     */
    public void whenDone(Consumer<Boolean> done) {
        List<Consumer<Boolean>> waiting = whenDone.get();
        if (waiting == null) {
            done.accept(true);
        } else {
            waiting.add(done);
        }
    }

    private void finish(Connection connection, boolean commit) {
        bound.remove();
        List<Consumer<Boolean>> waiting = whenDone.get();
        whenDone.remove();
        boolean committed = false;
        try (connection) {
            if (commit) {
                connection.commit();
                committed = true;
            } else {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException(commit ? "Commit failed" : "Rollback failed", e);
        } finally {
            for (Consumer<Boolean> done : waiting) {
                done.accept(committed);
            }
        }
    }

    private static final Transaction JOINED = new Transaction() {
        @Override
        public void commit() {
        }

        @Override
        public void rollback() {
        }
    };
}
