package org.openup.engine.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Byte 1 of openup.lock, the process's turn to write: kept for writers that queue, never kept for nobody. */
class InUseMarkTest {

    @TempDir
    Path home;

    @Test
    void aTurnEndedWithNobodyWaitingHandsTheByteBackAtOnce() throws Exception {
        try (InUseMark mark = InUseMark.take(home)) {
            mark.takeTurn();
            mark.endTurn();
            assertThat(mark.keepsTurnIdle()).isFalse();
        }
    }

    @Test
    void theByteKeptForAWriterWhoThenGaveUpGoesBackOnItsOwn() throws Exception {
        // kept for up to 3 s here (50 ms in use), so the steps below happen well inside it
        try (InUseMark mark = InUseMark.take(home, TimeUnit.SECONDS.toNanos(3))) {
            long taken = System.nanoTime();
            mark.takeTurn();
            // given: another writer queues for the turn
            CountDownLatch queued = new CountDownLatch(1);
            Thread waiter = new Thread(() -> {
                queued.countDown();
                try {
                    mark.takeTurn();
                    mark.endTurn();
                } catch (StoreUnavailableException interrupted) {
                    // gave up waiting, as a request whose client went away does
                }
            });
            waiter.start();
            assertThat(queued.await(10, TimeUnit.SECONDS)).isTrue();
            // blocked on the turn (a timed wait: it waits as long as SQLite would)
            await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> waiter.getState() == Thread.State.TIMED_WAITING);
            // when: the turn ends with the writer waiting, then that writer gives up
            mark.endTurn();
            waiter.interrupt();
            waiter.join(10_000);
            if (System.nanoTime() - taken < TimeUnit.SECONDS.toNanos(2)) {
                // (on a machine too busy for these steps to take under 2 s, this part is not reached)
                assertThat(mark.keepsTurnIdle()).as("kept for the writer who was waiting").isTrue();
            }
            // then: the byte does not stay with a process that has no writer in its turn
            await().atMost(Duration.ofSeconds(5)).until(() -> !mark.keepsTurnIdle());
            // and the next writer still gets a turn
            assertThat(CompletableFuture.runAsync(() -> {
                mark.takeTurn();
                mark.endTurn();
            }).get(10, TimeUnit.SECONDS)).isNull();
        }
    }
}
