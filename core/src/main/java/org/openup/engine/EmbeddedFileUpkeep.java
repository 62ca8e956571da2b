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
 * Keeps the embedded store's file from filling up with dead space, without H2 ever writing a
 * commit that has been answered only into space it reused.
 * <p>
 * The store is opened with {@code REUSE_SPACE=FALSE} (see {@link StoreSettings#embedded}): every
 * chunk (with WRITE_DELAY=0, one per commit or per few concurrent commits) is appended to the
 * file, so the newest is the last one, where H2's recovery finds it. When H2 wrote new chunks into
 * the space of dead ones, a process killed after a while of sustained writes sometimes came back
 * without commits it had already answered (5 of 47,000 after 90 s at H2's 45 s retention, more
 * often with shorter ones): its recovery went back to an older chunk.
 * <p>
 * So this reclaims the dead space in steps taken under H2's store lock: reuse on, the live pages
 * moved out of the emptiest chunks, chunks moved towards the start of the file and the file cut,
 * reuse off, and one more chunk appended, so that the newest state is again the last chunk in the
 * file. A commit that comes during a step waits for the lock and is answered only after that last
 * chunk holds it. A step is taken every second while the store is quiet (fewer than
 * {@link #QUIET_COMMITS} commits since the last round, or at close) and every
 * {@link #BUSY_EVERY_ROUNDS} seconds, smaller, while commits come in; only when the file is over
 * {@link #MIN_FILE_BYTES} and less than {@link #MIN_FILL_PERCENT} of it, or of what its chunks
 * hold, is live.
 * <p>
 * Never H2's {@code compactFile}: it held the store lock for 300 to 460 ms with its file syncs
 * (every commit waited) and set H2's retention time to 0 for good. Only the process that opened
 * the file does this (the others reach the store through its server and have no file of their own).
 */
final class EmbeddedFileUpkeep implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedFileUpkeep.class);

    static final int MIN_FILL_PERCENT = 50;
    /** Below this a file is not worth the work; small files are never very full anyway. */
    static final long MIN_FILE_BYTES = 8L * 1024 * 1024;
    /** Live data and chunks moved per step while the store is quiet (H2's own step). */
    static final int STEP_BYTES = 16 * 1024 * 1024;
    /** Live data and chunks moved per step while commits come in: commits wait for a step, so it stays short. */
    static final int BUSY_STEP_BYTES = 4 * 1024 * 1024;
    /** While commits come in, a step every this many rounds. */
    static final int BUSY_EVERY_ROUNDS = 2;
    /**
     * After a step, rounds are skipped so that steps take at most a tenth of the time: on a large
     * file a step took 100 to 550 ms, and one each second halved the read throughput beside it.
     */
    static final int STEP_SHARE_PERCENT = 10;
    /** Fewer commits than this since the last round is quiet (the processors extend their claims every few seconds). */
    static final long QUIET_COMMITS = 20;
    private static final long EVERY_SECONDS = 1;
    /**
     * One round at a time in this process: stores opened on the same file share H2's database;
     * one upkeep turning space reuse off in the middle of another's step made that step do
     * nothing, and a round deciding while another reclaimed saw the file half done.
     */
    private static final Object ROUNDS = new Object();

    private final DataSource dataSource;
    private final ScheduledExecutorService timer = BackgroundThread.scheduler("openup-store-upkeep");
    /** The store's version (one per commit) at the last round; -1 before the first, which is not quiet (nothing to compare). */
    private long lastVersion = -1;
    /** At close nothing writes any more. */
    private boolean closing;
    private long busyRounds;
    /** Rounds still to skip after the last step (see {@link #STEP_SHARE_PERCENT}). */
    private long restRounds;

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

    /** A round: a step when the file is mostly dead space and it is time for one (see above); true when it took one. */
    boolean runOnce() {
        synchronized (ROUNDS) {
            return round();
        }
    }

    private boolean round() {
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
            busyRounds = quiet ? 0 : busyRounds + 1;
            boolean resting = restRounds > 0 && !closing;
            restRounds = Math.max(0, restRounds - 1);
            if (resting || file.size() < MIN_FILE_BYTES || !(deadInChunks || freeInFile)
                    || !quiet && busyRounds % BUSY_EVERY_ROUNDS != 0) {
                return false;
            }
            long started = System.nanoTime();
            int stepBytes = quiet ? STEP_BYTES : BUSY_STEP_BYTES;
            reclaim(store, deadInChunks ? stepBytes : 0, stepBytes);
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            restRounds = tookMillis * 100 / STEP_SHARE_PERCENT / (EVERY_SECONDS * 1000);
            lastVersion = store.getCurrentVersion(); // the reclaim's own commits are not someone else's
            log.debug("Reclaimed dead space in {} ms; file now {} MB", tookMillis, file.size() >> 20);
            return true;
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot reach the store to compact it", e);
        }
    }

    private static void reclaim(MVStore store, int liveBytes, int chunkBytes) {
        RuntimeException[] failed = new RuntimeException[1];
        store.executeFilestoreOperation(() -> {
            try {
                step(store, liveBytes, chunkBytes);
            } catch (RuntimeException e) {
                failed[0] = e; // not thrown in here: H2 closes a store whose file operation failed
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
    }

    /** Under the store lock (see above). */
    private static void step(MVStore store, int liveBytes, int chunkBytes) {
        store.setReuseSpace(true);
        try {
            if (liveBytes > 0) {
                store.compact(MIN_FILL_PERCENT, liveBytes);
                store.commit(); // writes the moved pages
            }
            if (store.getFileStore() instanceof RandomAccessStore chunks) {
                // syncs the file, moves chunks towards its start into the free space and cuts it
                chunks.compactMoveChunks(MIN_FILL_PERCENT, chunkBytes, store);
            }
        } finally {
            store.setReuseSpace(false);
            // a change of nothing, so that one more chunk is written, at the end of the file
            store.setStoreVersion(store.getStoreVersion());
            store.commit();
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
        synchronized (ROUNDS) {
            closing = true;
        }
        runQuietly();
    }
}
