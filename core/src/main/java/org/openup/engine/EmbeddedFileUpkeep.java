package org.openup.engine;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the embedded store's file from filling up with dead space. With WRITE_DELAY=0 every commit
 * writes a new chunk and H2 runs none of its background housekeeping: seeding 130,000 events with
 * nothing else left a 4.4 GB file whose chunks were 98 % dead, and every commit spent longer
 * finding free space in it. Every second, while less than {@link #MIN_FILL_PERCENT} of what the
 * chunks hold is live, this moves the live pages out of the emptiest chunks, which then die and
 * whose space new chunks reuse (after H2's retention time of 45 s). While commits come in it
 * moves at most {@link #BUSY_STEP_BYTES}, a few milliseconds under H2's store lock: H2's
 * {@code compactFile} held that lock for 300 to 460 ms with its file syncs, and every commit
 * waited (the command load's p99 was 450 ms). When the store is quiet it also moves chunks towards
 * the start of the file and cuts it, as it does at close. Only the process that opened the file
 * does this (the others reach the store through its server and have no file of their own).
 */
final class EmbeddedFileUpkeep implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedFileUpkeep.class);

    static final int MIN_FILL_PERCENT = 50;
    /** Below this a file is not worth the pause; small files are never very full anyway. */
    static final long MIN_FILE_BYTES = 8L * 1024 * 1024;
    /** Live data moved per round while the store is busy: a few milliseconds under H2's store lock. */
    static final int BUSY_STEP_BYTES = 4 * 1024 * 1024;
    /** Live data moved, and chunks moved, per round while the store is quiet (H2's own step). */
    static final int QUIET_STEP_BYTES = 16 * 1024 * 1024;
    /** Fewer commits than this since the last round is quiet (the processors extend their claims every few seconds). */
    static final long QUIET_COMMITS = 20;
    private static final long EVERY_SECONDS = 1;

    private final DataSource dataSource;
    private final ScheduledExecutorService timer = BackgroundThread.scheduler("openup-store-upkeep");
    /** The store's version (one per commit) at the last round; -1 before the first, which is not quiet (nothing to compare). */
    private long lastVersion = -1;
    /** At close nothing writes any more: compact and shrink. */
    private boolean closing;

    EmbeddedFileUpkeep(DataSource dataSource) {
        this(dataSource, true);
    }

    /** {@code everySecond} false: only the rounds a test runs with {@link #runOnce}, and the one at close. */
    EmbeddedFileUpkeep(DataSource dataSource, boolean everySecond) {
        this.dataSource = dataSource;
        if (everySecond) {
            timer.scheduleWithFixedDelay(this::runQuietly, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Works on the file when its chunks are mostly dead space (see above); true when it did. */
    synchronized boolean runOnce() {
        try (Connection c = dataSource.getConnection()) {
            Optional<MVStore> found = fileStoreOf(c);
            if (found.isEmpty() || found.get().isClosed() || found.get().getFileStore() == null) {
                return false;
            }
            MVStore store = found.get();
            FileStore<?> file = store.getFileStore();
            long version = store.getCurrentVersion();
            boolean quiet = closing || lastVersion >= 0 && version - lastVersion < QUIET_COMMITS;
            lastVersion = version;
            boolean deadInChunks = file.getChunksFillRate() < MIN_FILL_PERCENT;
            boolean freeInFile = file.getFillRate() < MIN_FILL_PERCENT;
            if (file.size() < MIN_FILE_BYTES || !(deadInChunks || freeInFile && quiet)) {
                return false;
            }
            if (deadInChunks) {
                // the next commit writes the moved pages
                store.compact(MIN_FILL_PERCENT, quiet ? QUIET_STEP_BYTES : BUSY_STEP_BYTES);
            }
            if (quiet && file instanceof RandomAccessStore chunks) {
                // syncs the file, moves chunks towards its start into the free space and cuts it
                chunks.compactMoveChunks(MIN_FILL_PERCENT, QUIET_STEP_BYTES, store);
            }
            return true;
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot reach the store to compact it", e);
        }
    }

    /** The file's store, when this process opened it (not when it reached it through another's server). */
    static Optional<MVStore> fileStoreOf(Connection c) throws SQLException {
        if (!c.isWrapperFor(JdbcConnection.class) || !(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local)) {
            return Optional.empty();
        }
        return Optional.ofNullable(local.getDatabase().getStore()).map(s -> s.getMvStore());
    }

    private void runQuietly() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            // the next round tries again; a store that is closing is no reason to stop the process
            log.debug("Store upkeep skipped: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        // not shutdownNow: an interrupt in the middle of a file write closes H2's channel for good
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            closing = true;
        }
        runQuietly();
    }
}
