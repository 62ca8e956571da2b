package org.openup.engine.readmodel;

import org.openup.engine.crypto.Keyring;
import org.openup.engine.store.StoreUnavailableException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.testing.RunningCore;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When answers are computed again: on a change, once for all readers; when only aged, while the others keep the old one. */
class ReadCacheTest {

    @TempDir
    Path home;

    private final AtomicLong positions = new AtomicLong(1);
    private final AtomicInteger computed = new AtomicInteger();

    private ReadCache cache(RunningCore core) {
        return new ReadCache(positions::get, core.get(Keyring.class), 100);
    }

    @Test
    void aChangeIsComputedOnceForAllTheReadersWaitingForIt() throws Exception {
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home))) {
            // given: an answer cached under the current positions
            ReadCache cache = cache(core);
            assertThat(cache.get("k", () -> "v" + computed.incrementAndGet())).isEqualTo("v1");
            assertThat(cache.get("k", () -> "v" + computed.incrementAndGet())).isEqualTo("v1");

            // when: the positions move and eight readers ask at once, the computation being slow
            positions.incrementAndGet();
            ExecutorService readers = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> answers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    answers.add(readers.submit(() -> cache.get("k", () -> {
                        sleep(200);
                        return "v" + computed.incrementAndGet();
                    })));
                }
                // then: it was computed once more, and everyone got that answer
                for (Future<String> answer : answers) {
                    assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("v2");
                }
            } finally {
                readers.shutdownNow();
            }
            assertThat(computed).hasValue(2);
        }
    }

    @Test
    void anAgedAnswerIsComputedAgainByOneReaderWhileTheOthersKeepIt() throws Exception {
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home))) {
            // given: an answer older than the maximum age, nothing written since
            ReadCache cache = cache(core);
            cache.get("k", () -> "old");
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(ReadCache.MAX_AGE_NANOS) + 50);

            // when: one reader is computing it again (held until we let go)
            try (HeldRenewal renewal = new HeldRenewal(cache)) {
                // then: another reader is given the aged answer at once, and afterwards everyone the new one
                assertThat(cache.get("k", () -> "computed twice")).isEqualTo("old");
                assertThat(renewal.release()).isEqualTo("new");
                assertThat(cache.get("k", () -> "computed twice")).isEqualTo("new");
            }
        }
    }

    @Test
    void anAnswerTwiceTheMaximumAgeIsNeverGivenEvenWhileAnotherReaderRenewsIt() throws Exception {
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home))) {
            // given: an answer older than twice the maximum age, and a reader renewing it (held until we let go)
            ReadCache cache = cache(core);
            cache.get("k", () -> "old");
            Thread.sleep(2 * TimeUnit.NANOSECONDS.toMillis(ReadCache.MAX_AGE_NANOS) + 50);
            ExecutorService other = Executors.newSingleThreadExecutor();
            try (HeldRenewal renewal = new HeldRenewal(cache)) {
                // when: another reader asks meanwhile
                Future<String> meanwhile = other.submit(() -> cache.get("k", () -> "computed twice"));

                // then: it waits for the renewal rather than being given the too old answer
                Thread.sleep(200);
                assertThat(meanwhile).isNotDone();
                assertThat(renewal.release()).isEqualTo("new");
                assertThat(meanwhile.get(10, TimeUnit.SECONDS)).isIn("new", "computed twice");
            } finally {
                other.shutdownNow();
            }
        }
    }

    /** A reader computing a new answer for "k", held inside the computation until released. */
    private static final class HeldRenewal implements AutoCloseable {
        private final CountDownLatch computing = new CountDownLatch(1);
        private final CountDownLatch letGo = new CountDownLatch(1);
        private final ExecutorService thread = Executors.newSingleThreadExecutor();
        private final Future<String> answer;

        HeldRenewal(ReadCache cache) throws InterruptedException {
            answer = thread.submit(() -> cache.get("k", () -> {
                computing.countDown();
                await(letGo);
                return "new";
            }));
            assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
        }

        String release() throws Exception {
            letGo.countDown();
            return answer.get(10, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            letGo.countDown();
            thread.shutdownNow();
        }
    }

    @Test
    void readersWaitingForOneComputationShareItsFailure() throws Exception {
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home))) {
            // given: a computation that fails slowly (the store down, say), and four more readers arriving during it
            ReadCache cache = cache(core);
            ExecutorService readers = Executors.newFixedThreadPool(5);
            try {
                List<Future<String>> answers = new ArrayList<>();
                answers.add(readers.submit(() -> cache.get("k", () -> {
                    computed.incrementAndGet();
                    sleep(300);
                    throw new StoreUnavailableException("store down", null);
                })));
                Thread.sleep(100);
                for (int i = 0; i < 4; i++) {
                    answers.add(readers.submit(() -> cache.get("k", () -> {
                        computed.incrementAndGet();
                        throw new StoreUnavailableException("store down", null);
                    })));
                }
                // then: every reader got the failure, from one computation
                for (Future<String> answer : answers) {
                    assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(StoreUnavailableException.class);
                }
            } finally {
                readers.shutdownNow();
            }
            assertThat(computed).hasValue(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
