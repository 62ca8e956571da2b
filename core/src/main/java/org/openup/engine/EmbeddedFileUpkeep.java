package org.openup.engine;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
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
 * writes a new chunk and H2 runs none of its background housekeeping, so while a process kept the
 * store open nothing rewrote the chunks that still held a few live pages: seeding 130,000 events
 * left a 4.4 GB file whose chunks were 98 % dead, and every commit spent longer finding free space
 * in it. Every few seconds, while less than {@link #MIN_FILL_PERCENT} of what the chunks hold is
 * live, this compacts and shrinks the file for at most {@link #MAX_COMPACT_MILLIS}; at close it
 * does the same, so a short CLI run pays only when there is something to win. Under a sustained
 * load the file still holds the last 45 s of writes (H2's retention time); it shrinks after. Only the process that opened the file does this (the others reach the
 * store through its server and have no file of their own).
 */
final class EmbeddedFileUpkeep implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedFileUpkeep.class);

    static final int MIN_FILL_PERCENT = 50;
    static final int MAX_COMPACT_MILLIS = 200;
    /** Below this a file is not worth the pause; small files are never very full anyway. */
    static final long MIN_FILE_BYTES = 8L * 1024 * 1024;
    private static final long EVERY_SECONDS = 5;

    private final DataSource dataSource;
    private final ScheduledExecutorService timer = BackgroundThread.scheduler("openup-store-upkeep");

    EmbeddedFileUpkeep(DataSource dataSource) {
        this.dataSource = dataSource;
        timer.scheduleWithFixedDelay(this::runQuietly, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    /** Compacts and shrinks the file when its chunks are mostly dead space; true when it did. */
    boolean runOnce() {
        try (Connection c = dataSource.getConnection()) {
            Optional<MVStore> found = fileStoreOf(c);
            if (found.isEmpty() || found.get().isClosed() || found.get().getFileStore() == null) {
                return false;
            }
            MVStore store = found.get();
            if (store.getFileStore().size() < MIN_FILE_BYTES || store.getFileStore().getChunksFillRate() >= MIN_FILL_PERCENT) {
                return false;
            }
            // moves what is live out of mostly dead chunks and cuts the file after the last one in
            // use; chunks younger than H2's retention time (45 s, so that a crash never finds a
            // chunk it still needs overwritten) wait for a later round
            store.compactFile(MAX_COMPACT_MILLIS);
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
        timer.shutdownNow();
        runQuietly();
    }
}
