package org.openup.engine.store;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Group commit's rule: a commit waits for a flush that began after it, and commits made meanwhile share one. */
class GroupSyncTest {

    @Test
    void commitsMadeDuringAFlushShareTheNextOne() throws Exception {
        CountDownLatch firstEntered = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        GroupSync sync = new GroupSync(() -> {
            if (calls.incrementAndGet() == 1) {
                firstEntered.countDown();
                await(releaseFirst);
            }
        });
        long first = sync.committed();
        CompletableFuture<Void> firstWaits = CompletableFuture.runAsync(() -> sync.awaitSynced(first));
        assertThat(firstEntered.await(10, TimeUnit.SECONDS)).isTrue();

        List<CompletableFuture<Void>> later = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long commit = sync.committed(); // returned after the first flush began: it cannot cover them
            later.add(CompletableFuture.runAsync(() -> sync.awaitSynced(commit)));
        }
        assertThat(firstWaits).isNotDone();
        assertThat(later).noneMatch(CompletableFuture::isDone);

        releaseFirst.countDown();
        firstWaits.get(10, TimeUnit.SECONDS);
        CompletableFuture.allOf(later.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(sync.flushes()).isEqualTo(2);
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void aFailedFlushIsReportedAndTheNextWaitFlushesAgain() {
        AtomicInteger calls = new AtomicInteger();
        GroupSync sync = new GroupSync(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IOException("disk gone");
            }
        });
        long commit = sync.committed();
        assertThatThrownBy(() -> sync.awaitSynced(commit))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("could not sync");
        sync.awaitSynced(commit);
        assertThat(calls.get()).isEqualTo(2);
        sync.awaitSynced(commit); // already synced: no flush
        assertThat(calls.get()).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
