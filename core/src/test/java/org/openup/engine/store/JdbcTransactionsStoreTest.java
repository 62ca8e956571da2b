package org.openup.engine.store;

import org.axonframework.common.transaction.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Turns to write on the embedded store: a transaction hands its turn back once, however it ends. */
class JdbcTransactionsStoreTest {

    @TempDir
    Path home;

    @Test
    void aRollbackAfterTheCommitChangesNothingAndTheNextWriterGetsItsTurn() throws Exception {
        try (Store store = Store.open(StoreSettings.embedded(home))) {
            JdbcTransactions tx = store.transactions();
            // as Axon does when a commit throws: commit, then rollback
            Transaction first = tx.startTransaction();
            first.commit();
            first.rollback();
            assertThat(tx.inTransaction()).isFalse();
            // another thread takes its turn at once, and this one again after it
            CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> {
                Transaction t = tx.startTransaction();
                t.commit();
                return true;
            });
            assertThat(other.get(10, TimeUnit.SECONDS)).isTrue();
            Transaction again = tx.startTransaction();
            again.rollback();
            assertThat(store.transactions().commits()).isEqualTo(2);
        }
    }
}
