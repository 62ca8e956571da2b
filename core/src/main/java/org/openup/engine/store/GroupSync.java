package org.openup.engine.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One sync of the embedded store's WAL for every commit that finished while the previous sync ran
 * (group commit). A transaction commits with {@code synchronous=NORMAL}, so SQLite writes its WAL
 * frames without syncing them; it then gives up the write turn and waits here, before anyone is
 * answered, for a sync that began after its commit. The answer is as durable as with
 * {@code synchronous=FULL}: the WAL is on disk up to and past the commit, and SQLite syncs the WAL
 * before every checkpoint and the database after it, so nothing older can be lost either. What
 * changes is that the sync no longer happens under the write lock, one per commit: writers queue
 * only for their own work, and one sync covers every commit made meanwhile, this process's and
 * another's (the WAL is one file).
 */
public final class GroupSync {

    /** Makes the WAL's written frames durable. */
    @FunctionalInterface
    public interface Flush {
        void flush() throws IOException;
    }

    private final Flush flush;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition flushed = lock.newCondition();
    private long committed;
    private long synced;
    private boolean flushing;
    private final AtomicLong flushes = new AtomicLong();

    public GroupSync(Flush flush) {
        this.flush = flush;
    }

    /**
     * Syncs the WAL of the SQLite database {@code file}, which must exist: SQLite puts the WAL
     * beside the file a symbolic link points to, so the link is followed first.
     */
    static GroupSync forWalOf(Path file) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot find the store's file " + file, e);
        }
        Path wal = Path.of(real + "-wal");
        return new GroupSync(() -> {
            // opened for each flush: SQLite removes the WAL when the last connection to the file
            // closes (after a checkpoint that synced everything), and a kept channel would then
            // sync a file nobody writes. SQLite holds no POSIX lock on the WAL itself, so closing
            // this channel cannot release one of SQLite's.
            try (FileChannel channel = FileChannel.open(wal, StandardOpenOption.WRITE)) {
                channel.force(false);
            } catch (NoSuchFileException gone) {
                // checkpointed into the database, which SQLite synced before removing the WAL
            }
        });
    }

    /** Counts a commit that has just returned; the number to wait for with {@link #awaitSynced}. */
    public long committed() {
        lock.lock();
        try {
            return ++committed;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns once a flush that began after commit {@code commit} returned has finished: by this
     * thread, or by another while this one waited. Throws {@link StoreUnavailableException} when
     * the flush fails (the commit is then in the database but may not survive a power cut).
     */
    public void awaitSynced(long commit) {
        lock.lock();
        try {
            while (synced < commit) {
                if (flushing) {
                    flushed.awaitUninterruptibly();
                    continue;
                }
                flushing = true;
                long covered = committed; // every commit counted so far returned before this flush begins
                IOException failure = null;
                lock.unlock();
                try {
                    flushes.incrementAndGet();
                    flush.flush();
                } catch (IOException e) {
                    failure = e;
                } finally {
                    lock.lock();
                    flushing = false;
                    flushed.signalAll();
                }
                if (failure != null) {
                    throw new StoreUnavailableException("The store could not sync a commit to disk", failure);
                }
                synced = Math.max(synced, covered);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Flushes so far: fewer than commits when commits shared them. */
    public long flushes() {
        return flushes.get();
    }
}
