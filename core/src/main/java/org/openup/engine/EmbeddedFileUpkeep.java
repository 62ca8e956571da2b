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
 * {@link #QUIET_WRITES} writes of the file since the last round, or at close) and every
 * {@link #BUSY_EVERY_ROUNDS} seconds, smaller, while commits come in; only when the file is over
 * {@link #MIN_FILE_BYTES} and less than {@link #MIN_FILL_PERCENT} of it, or of what its chunks
 * hold, is live; and after a step the upkeep rests (see {@link #restRounds(long)}).
 * <p>
 * With a write delay (an H2 URL of one's own, {@code OPENUP_DB_URL}), H2 writes and tidies the
 * file on its own thread, and a step would wait for that thread while holding the lock it needs:
 * there is no upkeep then.
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
    /** Live data and chunks moved per step while the store is quiet. */
    static final int STEP_BYTES = 16 * 1024 * 1024;
    /** Live data and chunks moved per step while commits come in: commits wait for a step, so it stays short. */
    static final int BUSY_STEP_BYTES = 4 * 1024 * 1024;
    /** While commits come in, a step every this many rounds. */
    static final int BUSY_EVERY_ROUNDS = 2;
    /** At most this share of the time goes to steps (see {@link #restRounds(long)}). */
    static final int STEP_SHARE_PERCENT = 10;
    /**
     * Fewer writes of the file (H2 versions: a commit, or a few concurrent ones, each) than this
     * since the last round is quiet; the processors extend their claims every few seconds.
     */
    static final long QUIET_WRITES = 20;
    private static final long EVERY_SECONDS = 1;
    /**
     * One round at a time in this process: stores opened on the same file share H2's database,
     * and a round deciding while another one's step was under way saw the file half done.
     */
    private static final Object ROUNDS = new Object();

    private final DataSource dataSource;
    private final ScheduledExecutorService timer = BackgroundThread.scheduler("openup-store-upkeep");
    /** The store's version (one per commit) at the last round; -1 before the first, which is not quiet (nothing to compare). */
    private long lastVersion = -1;
    /** At close nothing writes any more. */
    private volatile boolean closing;
    /** Busy rounds in a row, so that only every {@link #BUSY_EVERY_ROUNDS}th takes a step. */
    private long busyRounds;
    /** Rounds still to skip after the last step (see {@link #restRounds(long)}). */
    private long restRounds;
    /** The last round failed: the next failure is not worth another warning. */
    private volatile boolean failing;

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
            if (store.getAutoCommitDelay() != 0) {
                return false; // H2 tidies a file it writes with a delay itself (see above)
            }
            FileStore<?> file = store.getFileStore();
            long version = store.getCurrentVersion();
            boolean quiet = closing || lastVersion >= 0 && version - lastVersion < QUIET_WRITES;
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
            int liveBytes = deadInChunks ? stepBytes : 0; // chunks mostly live: only move them and cut the file
            reclaim(store, liveBytes, stepBytes);
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            restRounds = restRounds(tookMillis);
            lastVersion = store.getCurrentVersion(); // the reclaim's own commits are not someone else's
            log.debug("Reclaimed dead space in {} ms; file now {} MB", tookMillis, file.size() >> 20);
            return true;
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot reach the store to compact it", e);
        }
    }

    /**
     * Rounds skipped after a step that took {@code tookMillis}, so that steps take at most
     * {@link #STEP_SHARE_PERCENT} of the time (in whole rounds: a step under 100 ms needs none). On
     * a 23 GB file right after a million-event replay steps took 100 to 550 ms, and one each
     * second halved the read throughput beside them.
     */
    static long restRounds(long tookMillis) {
        return tookMillis * 100 / STEP_SHARE_PERCENT / (EVERY_SECONDS * 1000);
    }

    private static void reclaim(MVStore store, int liveBytes, int chunkBytes) {
        RuntimeException[] failed = new RuntimeException[1];
        store.executeFilestoreOperation(() -> {
            try {
                step(store, liveBytes, chunkBytes);
            } catch (RuntimeException e) {
                failed[0] = e; // reported after the lock is released, not to H2's own handler
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
            failing = false;
        } catch (RuntimeException | Error e) {
            // the next round tries again (an Error thrown out of here would stop the timer, and the
            // file would only grow); a store that is closing is no reason to stop the process
            if (!failing && !closing) {
                log.warn("Store upkeep failed, trying again each second: {}", e.toString());
            } else {
                log.debug("Store upkeep skipped: {}", e.toString());
            }
            failing = true;
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
            return; // no last step on an interrupted thread (see above)
        }
        synchronized (ROUNDS) {
            closing = true;
        }
        runQuietly();
    }
}
