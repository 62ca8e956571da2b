package org.openup.engine.store;

import org.openup.engine.BackgroundThread;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Two locks on {@code $OPENUP_HOME/openup.lock}, one file for both since closing any channel of a
 * file may drop every lock the process holds on it:
 * <ul>
 * <li>byte 0, shared, held by every process that has the embedded store open, so a restore
 *     (which replaces the database file) can tell that none has: it needs that byte exclusively.
 *     SQLite's own locks cannot tell, since an idle connection holds none.</li>
 * <li>byte 1, exclusive, held by the process whose turn it is to write ({@link #takeTurn}). SQLite
 *     makes a writer that finds its lock taken poll for it, sleeping up to 100 ms between tries,
 *     so under a steady load from the web adapter a CLI run found it taken every time and gave up
 *     after the busy timeout. The kernel queues a blocked lock instead and wakes the waiter the
 *     moment it is free. Within the process, writers take turns first come first served.</li>
 * </ul>
 * Stores opened on the same home in one process share the channel and the turns.
 */
final class InUseMark implements AutoCloseable, JdbcTransactions.WriterTurns {

    static final String FILE_NAME = "openup.lock";

    private record Held(FileChannel channel, FileLock lock, int users, Turns turns, ReentrantLock setUps) {
    }

    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path home;
    private final FileChannel channel;
    private final Turns turns;
    private final ReentrantLock setUps;
    private boolean closed;

    private InUseMark(Path home, FileChannel channel, Turns turns, ReentrantLock setUps) {
        this.home = home;
        this.channel = channel;
        this.turns = turns;
        this.setUps = setUps;
    }

    static InUseMark take(Path home) throws IOException {
        return take(home, Turns.KEEP_NANOS);
    }

    /** {@code keepNanos}: how long byte 1 stays while this process's writers queue, when the home is first taken here. */
    static InUseMark take(Path home, long keepNanos) throws IOException {
        Path key = home.toAbsolutePath().normalize();
        synchronized (HELD) {
            Held held = HELD.get(key);
            if (held == null) {
                FileChannel channel = open(key);
                held = new Held(channel, channel.lock(0, 1, true), 0, new Turns(channel, keepNanos), new ReentrantLock());
            }
            held = new Held(held.channel(), held.lock(), held.users() + 1, held.turns(), held.setUps());
            HELD.put(key, held);
            return new InUseMark(key, held.channel(), held.turns(), held.setUps());
        }
    }

    @Override
    public void takeTurn() {
        turns.take();
    }

    private static void releaseQuietly(FileLock lock) {
        try {
            lock.release();
        } catch (IOException e) {
            // released with the channel at the latest
        }
    }

    /** Byte 2, exclusive, while this process sets the store up (see {@link Store#open}); waits for another's. */
    SetUp setUp() throws IOException {
        setUps.lock(); // stores opened together in this process take turns here; Java allows one lock per byte
        FileLock lock;
        try {
            lock = channel.lock(2, 1, false);
        } catch (IOException | RuntimeException e) {
            setUps.unlock();
            throw e;
        }
        return () -> {
            releaseQuietly(lock);
            setUps.unlock();
        };
    }

    /** The set-up lock, released on close. */
    interface SetUp extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public void endTurn() {
        turns.end();
    }

    /** Whether this process keeps byte 1 with none of its writers in a turn (for tests: it must not stay so). */
    boolean keepsTurnIdle() {
        return turns.keptIdle();
    }

    /**
     * Runs {@code work} while no process (this one included) has the store open; empty without
     * running it when one has.
     */
    static <T> Optional<T> whileUnused(Path home, IOWork<T> work) throws IOException {
        Path key = home.toAbsolutePath().normalize();
        synchronized (HELD) {
            if (HELD.containsKey(key)) {
                return Optional.empty();
            }
            try (FileChannel channel = open(key); FileLock lock = channel.tryLock(0, 1, false)) {
                if (lock == null) {
                    return Optional.empty();
                }
                return Optional.of(work.run());
            }
        }
    }

    @FunctionalInterface
    interface IOWork<T> {
        T run() throws IOException;
    }

    private static FileChannel open(Path home) throws IOException {
        OwnerOnlyFiles.folder(home);
        Path file = OwnerOnlyFiles.file(home.resolve(FILE_NAME));
        return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (closed) {
                return;
            }
            closed = true;
            Held held = HELD.get(home);
            if (held.users() > 1) {
                HELD.put(home, new Held(held.channel(), held.lock(), held.users() - 1, held.turns(), held.setUps()));
                return;
            }
            HELD.remove(home);
            held.turns().close(); // idle by now: no turn is taken on a closed store
            try {
                held.channel().close(); // releases the lock
            } catch (IOException e) {
                // the lock goes with the process at the latest
            }
        }
    }

    /**
     * The process's turns to write, shared by every store it has open on the home: first come first
     * served within the process, byte 1 between processes. Byte 1 stays with the process from one
     * writer to the next while more of its writers wait, for up to {@link #KEEP_NANOS}: taking it
     * in the kernel means a hand-over to the locker thread and back, which under a load of writes
     * was a sixth of the time a turn lasted (160 of 930 µs), and turns follow one another. After
     * that long it is handed back, so another process's writer waits no more than that for its chance.
     */
    private static final class Turns {
        /** How long byte 1 stays with this process while its own writers queue. */
        static final long KEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

        private final FileChannel channel;
        private final ReentrantLock turns = new ReentrantLock(true);
        /** The thread that waits for byte 1 in the kernel, never interrupted (see {@link #take}). */
        private final ScheduledExecutorService locker = BackgroundThread.scheduler("openup-writer-turns");
        /** Byte 1 while this process has it; guarded by {@link #turns}. */
        private FileLock turn;
        /** When this process took byte 1; guarded by {@link #turns}. */
        private long takenAt;

        private final long keepNanos;

        Turns(FileChannel channel, long keepNanos) {
            this.channel = channel;
            this.keepNanos = keepNanos;
        }

        void take() {
            try {
                // as long as SQLite itself would wait for another process's writer
                if (!turns.tryLock(EmbeddedDatabase.BUSY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                    throw new StoreUnavailableException("The store stayed busy for " + EmbeddedDatabase.BUSY_TIMEOUT_MILLIS / 1000
                            + " s (a replay or a long write in this process); try again", null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreUnavailableException("Interrupted while waiting for the store", e);
            }
            if (turn != null) {
                return; // kept for this writer by the one before
            }
            // The wait in the kernel runs on a thread of its own that nothing interrupts: an interrupt
            // during a channel's lock closes the channel, and with it every lock of the process (byte
            // 0 too, so a restore could then replace the file under a running store). An interrupted
            // caller gives up its place, and the lock, once it comes, is handed back.
            CompletableFuture<FileLock> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return channel.lock(1, 1, false);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, locker);
            try {
                turn = waiting.get();
                takenAt = System.nanoTime();
                // handed back by then at the latest, should this process's writers all be gone
                handBackLater(turn, keepNanos);
            } catch (InterruptedException e) {
                waiting.thenAccept(InUseMark::releaseQuietly);
                turns.unlock();
                Thread.currentThread().interrupt();
                throw new StoreUnavailableException("Interrupted while waiting for the store", e);
            } catch (ExecutionException e) {
                turns.unlock();
                throw new StoreUnavailableException("Cannot take a turn to write to the store: " + e.getCause().getMessage(), e);
            }
        }

        void end() {
            if (!turns.isHeldByCurrentThread()) {
                return; // not this thread's turn (a transaction ended twice): nothing of its to hand back
            }
            try {
                if (turn != null && !(turns.hasQueuedThreads() && System.nanoTime() - takenAt < keepNanos)) {
                    handBack();
                }
            } finally {
                turns.unlock();
            }
        }

        private void handBackLater(FileLock taken, long delayNanos) {
            locker.schedule(() -> handBackIfIdle(taken), delayNanos, TimeUnit.NANOSECONDS);
        }

        /**
         * Byte 1, as taken at {@code taken}, back to the kernel once it has been kept long enough
         * and no writer of this process has the turn; looked at again until it is gone. A writer
         * that ends its turn with others queued keeps the byte for them, and one that gives up
         * waiting would otherwise leave it kept with nobody to hand it back.
         */
        private void handBackIfIdle(FileLock taken) {
            if (!turns.tryLock()) {
                handBackLater(taken, keepNanos / 5); // a writer has the turn: look again soon
                return;
            }
            try {
                if (turn != taken) {
                    return; // handed back already, and perhaps taken again with a look of its own
                }
                long left = takenAt + keepNanos - System.nanoTime();
                if (left > 0) {
                    handBackLater(taken, left);
                } else {
                    handBack();
                }
            } finally {
                turns.unlock();
            }
        }

        private void handBack() {
            releaseQuietly(turn);
            turn = null;
        }

        /** Whether this process has byte 1, with no writer of it in its turn. */
        boolean keptIdle() {
            if (!turns.tryLock()) {
                return false;
            }
            try {
                return turn != null;
            } finally {
                turns.unlock();
            }
        }

        void close() {
            locker.shutdownNow();
        }
    }
}
