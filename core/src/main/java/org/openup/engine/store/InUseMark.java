package org.openup.engine.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

    private record Held(FileChannel channel, FileLock lock, int users, ReentrantLock turns) {
    }

    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path home;
    private final FileChannel channel;
    private final ReentrantLock turns;
    /** The process's turn, while a thread of it writes; only that thread (holding {@link #turns}) touches it. */
    private FileLock turn;
    private boolean closed;

    private InUseMark(Path home, FileChannel channel, ReentrantLock turns) {
        this.home = home;
        this.channel = channel;
        this.turns = turns;
    }

    static InUseMark take(Path home) throws IOException {
        Path key = home.toAbsolutePath().normalize();
        synchronized (HELD) {
            Held held = HELD.get(key);
            if (held == null) {
                FileChannel channel = open(key);
                held = new Held(channel, channel.lock(0, 1, true), 0, new ReentrantLock(true));
            }
            held = new Held(held.channel(), held.lock(), held.users() + 1, held.turns());
            HELD.put(key, held);
            return new InUseMark(key, held.channel(), held.turns());
        }
    }

    @Override
    public void takeTurn(long waitMillis) {
        try {
            if (!turns.tryLock(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new StoreUnavailableException("The store stayed busy for " + waitMillis / 1000
                        + " s (a replay or a long write in this process); try again", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("Interrupted while waiting for the store", e);
        }
        // An interrupt during a channel's lock closes the channel for the whole process: one that
        // came before the wait is kept for later instead of closing it.
        boolean interrupted = Thread.interrupted();
        try {
            turn = channel.lock(1, 1, false); // waits in the kernel for another process's turn to end
        } catch (IOException | RuntimeException e) {
            turns.unlock();
            throw new StoreUnavailableException("Cannot take a turn to write to the store: " + e.getMessage(), e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void endTurn() {
        try {
            if (turn != null) {
                turn.release();
            }
        } catch (IOException e) {
            // released with the channel at the latest
        } finally {
            turn = null;
            turns.unlock();
        }
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
                HELD.put(home, new Held(held.channel(), held.lock(), held.users() - 1, held.turns()));
                return;
            }
            HELD.remove(home);
            try {
                held.channel().close(); // releases the lock
            } catch (IOException e) {
                // the lock goes with the process at the latest
            }
        }
    }
}
