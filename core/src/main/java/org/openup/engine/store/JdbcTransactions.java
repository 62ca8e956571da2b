package org.openup.engine.store;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.ConnectionWrapperFactory;
import org.axonframework.common.jdbc.ConnectionWrapperFactory.NoOpCloseHandler;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Axon has no JDBC transaction manager outside Spring, so this is ours. A transaction binds one
 * pooled connection to the thread; everything inside it (event store, read models, outbox, new
 * member keys) gets that same connection, which is what makes a command one commit. On the
 * embedded store a second connection of the same thread could not write until this one commits
 * (SQLite has one writer), so nothing inside a transaction may take one. The one exception is
 * {@link #readAlone}: stored events read before the transaction's first statement, on a
 * connection of their own that the read closes and never writes with.
 */
public final class JdbcTransactions implements TransactionManager, ConnectionProvider {

    /** Turns to write, for a database with one writer at a time (see {@link #JdbcTransactions(DataSource, WriterTurns, GroupSync)}). */
    public interface WriterTurns {
        /** Waits for this thread's turn; throws when it does not come in time. */
        void takeTurn();

        void endTurn();
    }

    /**
     * The transaction this thread is in: its connection once it has one, and what waits for its
     * end. The connection, and with it the turn to write, is taken at the transaction's first
     * statement, not when it starts: a command decides on an aggregate held in memory and makes
     * and serialises its events before it touches the store, and none of that needs the store's
     * one writer's lock (on the embedded store a turn lasted 930 µs under a load of commands, and
     * turns were the limit). A command that found its aggregate stale collides on the sequence
     * number when it appends, and is tried again, as it was before.
     */
    private static final class Open {
        private Connection connection;
        private final List<Consumer<Boolean>> whenDone = new ArrayList<>();
    }

    private final DataSource dataSource;
    /**
     * On the embedded store every transaction takes a turn before it asks SQLite for its write
     * lock: first come first served within the process, and queued by the kernel between
     * processes (see {@link InUseMark}). SQLite's busy handler is not fair: with a dozen threads
     * polling for the lock, one of them waited out the whole busy timeout while the others took
     * turns (seen with concurrent commands on one journey), and a CLI run beside a busy web
     * adapter did the same. Null on PostgreSQL, whose writers do not exclude each other.
     */
    private final WriterTurns turns;
    /**
     * On the embedded store: commits are synced together after the turn is given up (see
     * {@link GroupSync}), so a transaction runs with {@code synchronous=NORMAL} and its connection
     * goes back to the pool with {@code FULL}, the setting of every write made outside one. Null on
     * PostgreSQL, which syncs its own WAL for commits that arrive together.
     */
    private final GroupSync sync;
    private final ThreadLocal<Open> open = new ThreadLocal<>();
    /** Set while {@link #readAlone} runs: a transaction not begun yet lends no connection. */
    private final ThreadLocal<Boolean> readingAlone = new ThreadLocal<>();
    private final AtomicLong commits = new AtomicLong();

    /**
     * {@code turns} and {@code sync}: for a database with one writer at a time (SQLite), null
     * otherwise.
     */
    public JdbcTransactions(DataSource dataSource, WriterTurns turns, GroupSync sync) {
        this.dataSource = dataSource;
        this.turns = turns;
        this.sync = sync;
    }

    @Override
    public Transaction startTransaction() {
        if (open.get() != null) {
            return JOINED; // the outer transaction decides
        }
        Open mine = new Open();
        open.set(mine);
        AtomicBoolean finished = new AtomicBoolean();
        // Axon calls rollback after a commit that threw: a transaction ends once, its turn with it
        return new Transaction() {
            @Override
            public void commit() {
                if (finished.compareAndSet(false, true)) {
                    finish(mine, true);
                }
            }

            @Override
            public void rollback() {
                if (finished.compareAndSet(false, true)) {
                    finish(mine, false);
                }
            }
        };
    }

    /**
     * Inside a transaction: its connection, protected from being closed by the callee, begun at
     * the first call. Outside: a fresh pooled connection in auto-commit mode that the caller closes.
     */
    @Override
    public Connection getConnection() throws SQLException {
        Open current = open.get();
        if (current != null && (current.connection != null || readingAlone.get() == null)) {
            if (current.connection == null) {
                current.connection = begin();
            }
            return ConnectionWrapperFactory.wrap(current.connection, new NoOpCloseHandler());
        }
        return dataSource.getConnection();
    }

    /** A pooled connection in a transaction of its own, this thread's turn to write taken. */
    private Connection begin() {
        takeTurn();
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (sync != null) {
                synchronous(connection, "NORMAL"); // SQLite refuses the change inside a transaction
            }
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException | RuntimeException e) {
            if (connection != null) {
                backToPool(connection); // or twelve such failures would empty it
            }
            endTurn();
            throw new StoreUnavailableException("Could not open a database transaction", e);
        }
    }

    /**
     * Runs a read that needs no turn to write: in a transaction that has begun, on its connection;
     * otherwise, even inside a transaction that has not touched the store yet, on a pooled
     * connection of its own in auto-commit mode, which the read closes. For the events an
     * aggregate is loaded from and a snapshot is made of: they never change once stored, and an
     * aggregate that a write made stale meanwhile collides on its sequence number when it appends.
     */
    public <T> T readAlone(Supplier<T> read) {
        if (readingAlone.get() != null) {
            return read.get();
        }
        readingAlone.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            readingAlone.remove();
        }
    }

    /** Transactions this process committed through here, for caches that must notice its own writes at once. */
    public long commits() {
        return commits.get();
    }

    /** Whether the database has one writer at a time, and writers take turns here. */
    public boolean oneWriter() {
        return turns != null;
    }

    public boolean inTransaction() {
        return open.get() != null;
    }

    /**
     * Runs {@code done} when the transaction this thread is in ends, told whether it committed
     * (to share a row it wrote with other threads only once it exists for them). Outside a
     * transaction, at once with true: what was written has committed.
     */
    public void whenDone(Consumer<Boolean> done) {
        Open current = open.get();
        if (current == null) {
            done.accept(true);
        } else {
            current.whenDone.add(done);
        }
    }

    private void finish(Open transaction, boolean commit) {
        open.remove();
        Connection connection = transaction.connection;
        if (connection == null) {
            // nothing was read or written: there is nothing to commit and no turn to give back
            transaction.whenDone.forEach(done -> done.accept(commit));
            return;
        }
        boolean committed = false;
        long toSync = 0;
        try {
            if (commit) {
                // ends the transaction and starts none: the SQLite driver's commit() begins the
                // next one at once, which could wait for another writer after the data had committed
                connection.setAutoCommit(true);
                committed = true;
                commits.incrementAndGet();
                toSync = sync == null ? 0 : sync.committed();
            } else {
                connection.rollback();
                // the SQLite driver's rollback() begins the next transaction at once, with the write
                // lock (IMMEDIATE); leaving transaction mode ends it, so the connection goes back to
                // the pool idle, not holding the lock or refusing to change its sync setting
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException(commit ? "Commit failed" : "Rollback failed", e);
        } finally {
            backToPool(connection);
            endTurn();
            try {
                if (toSync > 0) {
                    sync.awaitSynced(toSync); // after the turn: the next writer works while this one syncs
                }
            } finally {
                for (Consumer<Boolean> done : transaction.whenDone) {
                    done.accept(committed);
                }
            }
        }
    }

    /**
     * Returns the connection to the pool with the pool's {@code synchronous=FULL} again; one that
     * cannot take it back (still inside a failed transaction, say) is removed from the pool, so no
     * later write outside a transaction goes unsynced.
     */
    private void backToPool(Connection connection) {
        if (sync != null) {
            try {
                synchronous(connection, "FULL");
            } catch (SQLException | RuntimeException e) {
                if (dataSource instanceof HikariDataSource pool) {
                    pool.evictConnection(connection);
                    return;
                }
            }
        }
        closeQuietly(connection);
    }

    /** Prepared, so the embedded store's statement cache compiles each of the two once per connection. */
    private static void synchronous(Connection connection, String level) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("PRAGMA synchronous=" + level)) {
            statement.execute();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException | RuntimeException e) {
                // the pool evicts a connection it cannot take back
            }
        }
    }

    private void takeTurn() {
        if (turns != null) {
            turns.takeTurn();
        }
    }

    private void endTurn() {
        if (turns != null) {
            turns.endTurn();
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
