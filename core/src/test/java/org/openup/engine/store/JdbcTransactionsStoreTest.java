package org.openup.engine.store;

import org.axonframework.common.transaction.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Turns to write on the embedded store: a transaction hands its turn back once, however it ends;
 * its answer waits for the WAL's sync, which happens after the turn, shared by commits made meanwhile.
 */
class JdbcTransactionsStoreTest {

    @TempDir
    Path home;

    @Test
    void aRollbackAfterTheCommitChangesNothingAndTheNextWriterGetsItsTurn() throws Exception {
        try (Store store = Store.open(StoreSettings.embedded(home))) {
            JdbcTransactions tx = store.transactions();
            execute(store, "CREATE TABLE note (n INTEGER)");
            // as Axon does when a commit throws: commit, then rollback
            Transaction first = tx.startTransaction();
            write(tx, 1);
            first.commit();
            first.rollback();
            assertThat(tx.inTransaction()).isFalse();
            // another thread takes its turn at once, and this one again after it
            CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> {
                insertAndCommit(tx, 2);
                return true;
            });
            assertThat(other.get(10, TimeUnit.SECONDS)).isTrue();
            Transaction again = tx.startTransaction();
            write(tx, 3);
            again.rollback();
            assertThat(store.transactions().commits()).isEqualTo(2);
            assertThat(count(store)).isEqualTo(2);
        }
    }

    @Test
    void aTransactionTakesItsTurnAtItsFirstStatementNotBefore() throws Exception {
        try (Store store = Store.open(StoreSettings.embedded(home))) {
            JdbcTransactions tx = store.transactions();
            execute(store, "CREATE TABLE note (n INTEGER)");
            // given: a transaction begun on this thread that has not touched the store yet
            Transaction deciding = tx.startTransaction();
            assertThat(tx.inTransaction()).isTrue();
            // then: another writer is not kept waiting for it
            CompletableFuture.runAsync(() -> insertAndCommit(tx, 1)).get(10, TimeUnit.SECONDS);
            // and once it writes, it holds the turn until it ends
            write(tx, 2);
            Thread waiting = new Thread(() -> insertAndCommit(tx, 3), "second-writer");
            waiting.start();
            // the second writer reaches the turn and waits there (a timed wait, as long as SQLite's own)
            await().pollDelay(Duration.ZERO).atMost(Duration.ofSeconds(10))
                    .until(() -> waiting.getState() == Thread.State.TIMED_WAITING);
            assertThat(waiting.isAlive()).isTrue();
            assertThat(count(store)).isEqualTo(1); // row 2 uncommitted, row 3 not written
            deciding.commit();
            waiting.join(10_000);
            assertThat(waiting.isAlive()).isFalse();
            assertThat(count(store)).isEqualTo(3);
            // and a transaction that never touched the store commits nothing
            long commits = tx.commits();
            tx.startTransaction().commit();
            assertThat(tx.commits()).isEqualTo(commits);
        }
    }

    @Test
    void aCommitIsAnsweredOnlyOnceTheWalIsSyncedAndTheNextWriterDoesNotWaitForThatSync() throws Exception {
        try (Store store = Store.open(StoreSettings.embedded(home)); InUseMark turns = InUseMark.take(home)) {
            execute(store, "CREATE TABLE note (n INTEGER)");
            CountDownLatch flushing = new CountDownLatch(1);
            CountDownLatch diskDone = new CountDownLatch(1);
            GroupSync walOnHold = new GroupSync(() -> {
                flushing.countDown();
                try {
                    diskDone.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            // the store's own turns: the sync must come after the turn is handed on
            JdbcTransactions tx = new JdbcTransactions(store.dataSource(), turns, walOnHold);

            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> insertAndCommit(tx, 1));
            assertThat(flushing.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(first).isNotDone(); // committed, not yet answered: the WAL is not on disk yet
            assertThat(count(store)).isEqualTo(1);

            // the write lock is free while the first one syncs: a second writer commits meanwhile
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> insertAndCommit(tx, 2));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (count(store) < 2) {
                assertThat(second).isNotCompletedExceptionally();
                assertThat(System.nanoTime()).as("the second writer committed while the first synced").isLessThan(deadline);
                Thread.onSpinWait();
            }
            assertThat(second).isNotDone();

            diskDone.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
            assertThat(walOnHold.flushes()).isEqualTo(2); // the second committed after the first flush began
        }
    }

    @Test
    void onlyATransactionSkipsSQLitesOwnSyncEveryConnectionBackInThePoolSyncsAgain() throws Exception {
        try (Store store = Store.open(StoreSettings.embedded(home))) {
            JdbcTransactions tx = store.transactions();
            Transaction t = tx.startTransaction();
            try (Connection inside = tx.getConnection()) {
                assertThat(synchronous(inside)).isEqualTo(1); // NORMAL: synced after the turn (GroupSync)
            }
            t.commit();
            List<Connection> pooled = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    pooled.add(store.dataSource().getConnection());
                }
                for (Connection c : pooled) {
                    assertThat(synchronous(c)).isEqualTo(2); // FULL, for every write outside a transaction
                }
            } finally {
                for (Connection c : pooled) {
                    c.close();
                }
            }
        }
    }

    @Test
    void aRolledBackTransactionsConnectionGoesBackToThePoolIdleAndSyncingAgain() throws Exception {
        try (Store store = Store.open(StoreSettings.embedded(home)); InUseMark turns = InUseMark.take(home)) {
            execute(store, "CREATE TABLE note (n INTEGER)");
            List<org.sqlite.SQLiteConnection> handedOut = new ArrayList<>();
            javax.sql.DataSource recording = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[]{javax.sql.DataSource.class}, (proxy, method, args) -> {
                        Object result = method.invoke(store.dataSource(), args);
                        if (result instanceof Connection c) {
                            handedOut.add(c.unwrap(org.sqlite.SQLiteConnection.class));
                        }
                        return result;
                    });
            JdbcTransactions tx = new JdbcTransactions(recording, turns, GroupSync.forWalOf(home.resolve("openup.db")));
            Transaction t = tx.startTransaction();
            write(tx, 1);
            t.rollback();
            // the very connection is open, out of any transaction (not holding the write lock) and back to FULL
            org.sqlite.SQLiteConnection used = handedOut.get(0);
            assertThat(used.isClosed()).isFalse();
            assertThat(used.getAutoCommit()).isTrue();
            assertThat(synchronous(used)).isEqualTo(2);
            assertThat(count(store)).isZero();
        }
    }

    private static void insertAndCommit(JdbcTransactions tx, int n) {
        Transaction t = tx.startTransaction();
        try {
            write(tx, n);
        } catch (RuntimeException e) {
            t.rollback();
            throw e;
        }
        t.commit();
    }

    /** One row, in the transaction this thread is in. */
    private static void write(JdbcTransactions tx, int n) {
        try (Connection c = tx.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO note (n) VALUES (" + n + ")");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(Store store, String sql) throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int count(Store store) throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM note")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int synchronous(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA synchronous")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
