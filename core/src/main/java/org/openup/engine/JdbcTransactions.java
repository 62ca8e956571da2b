package org.openup.engine;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.ConnectionWrapperFactory;
import org.axonframework.common.jdbc.ConnectionWrapperFactory.NoOpCloseHandler;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Axon has no JDBC transaction manager outside Spring, so this is ours. A transaction binds one
 * pooled connection to the thread; everything inside it (event store, token store, projections)
 * gets that same connection, which is what makes a read model commit together with its token.
 */
public final class JdbcTransactions implements TransactionManager, ConnectionProvider {

    private final DataSource dataSource;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();

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

    private void finish(Connection connection, boolean commit) {
        bound.remove();
        try (connection) {
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException(commit ? "Commit failed" : "Rollback failed", e);
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
