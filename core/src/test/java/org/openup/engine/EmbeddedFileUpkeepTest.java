package org.openup.engine;

import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.Chunk;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded file: while commits come in, every chunk is appended (H2 writes nothing into reused
 * space, which lost answered writes to a crash); the upkeep's steps, between commits or once the
 * store is quiet, reclaim the dead space and the file shrinks.
 */
class EmbeddedFileUpkeepTest {

    @TempDir
    Path home;

    @Test
    void afterManySmallCommitsAQuietStoreIsCompactedAndShrunk() throws Exception {
        StoreSettings settings = retainingDeadChunksOneSecond();
        Path file = home.resolve("openup.mv.db");
        try (Store store = Store.open(settings); Connection c = store.dataSource().getConnection()) {
            churn(c);
            MVStore mv = EmbeddedFileUpkeep.fileStoreOf(c).orElseThrow();
            long grown = Files.size(file);
            assertThat(mv.getFileStore().getChunksFillRate()).as("mostly dead chunks before").isLessThan(EmbeddedFileUpkeep.MIN_FILL_PERCENT);
            Thread.sleep(1_200);

            EmbeddedFileUpkeep upkeep = new EmbeddedFileUpkeep(store.dataSource(), false);
            assertThat(upkeep.runOnce()).as("the first round only learns where the store stands").isFalse();
            // rounds until twelve in a row find nothing to do (a long step is followed by rounds of rest)
            for (int round = 0, idle = 0; round < 80 && idle < 12; round++) {
                idle = upkeep.runOnce() ? 0 : idle + 1;
                Thread.sleep(100); // chunks a step left dead are dropped after the retention time
            }
            upkeep.close();

            assertThat(grown).isGreaterThan(EmbeddedFileUpkeep.MIN_FILE_BYTES);
            assertThat(Files.size(file)).isLessThan(grown / 4);
            assertThat(mv.isSpaceReused()).as("space reuse off again after reclaiming").isFalse();
        }
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a step there would wait for ever: fail, not hang
    void aFileH2WritesWithADelayIsLeftToH2() throws Exception {
        // given: a file of mostly dead chunks, then written with a delay (as an OPENUP_DB_URL with WRITE_DELAY would)
        StoreSettings settings = retainingDeadChunksOneSecond();
        try (Store store = Store.open(settings); Connection c = store.dataSource().getConnection()) {
            churn(c);
            MVStore mv = EmbeddedFileUpkeep.fileStoreOf(c).orElseThrow();
            Thread.sleep(1_200);
            EmbeddedFileUpkeep upkeep = new EmbeddedFileUpkeep(store.dataSource(), false);
            upkeep.runOnce(); // learns where the store stands
            mv.setAutoCommitDelay(1_000);

            // when: rounds that would otherwise step (the store is quiet, the file big and mostly dead)
            List<Boolean> stepped = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                stepped.add(upkeep.runOnce());
            }

            // then: none steps, though there was reason to
            assertThat(stepped).containsOnly(false);
            assertThat(Files.size(home.resolve("openup.mv.db"))).isGreaterThan(EmbeddedFileUpkeep.MIN_FILE_BYTES);
            assertThat(mv.getFileStore().getChunksFillRate()).isLessThan(EmbeddedFileUpkeep.MIN_FILL_PERCENT);

            // and: without the delay the next round steps
            mv.setAutoCommitDelay(0);
            assertThat(upkeep.runOnce()).isTrue();
            upkeep.close();
        }
    }

    @Test
    void afterAStepTheUpkeepRestsTenTimesAsLongInWholeRounds() {
        assertThat(EmbeddedFileUpkeep.restRounds(40)).as("a short step, no rest").isZero();
        assertThat(EmbeddedFileUpkeep.restRounds(100)).isEqualTo(1);
        assertThat(EmbeddedFileUpkeep.restRounds(550)).isEqualTo(5);
    }

    @Test
    void whileCommitsComeInEveryChunkIsAppendedAndTheStepsInBetweenKeepTheFileSmall() throws Exception {
        // given: the store's settings, with no retention, so that H2 could reuse dead space at once if it were allowed to
        // (a plain data source: the rounds are the test's own, none from a store's timer)
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(StoreSettings.embedded(home).jdbcUrl() + ";RETENTION_TIME=0");
        dataSource.setUser("sa");
        Path file = home.resolve("openup.mv.db");
        try (Connection c = dataSource.getConnection()) {
            EmbeddedFileUpkeep upkeep = new EmbeddedFileUpkeep(dataSource, false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE appended (id BIGINT AUTO_INCREMENT PRIMARY KEY, k VARCHAR(36) UNIQUE, v VARCHAR(2000))");
                s.execute("CREATE TABLE hot (id INT PRIMARY KEY, n BIGINT)");
                s.execute("INSERT INTO hot VALUES (1, 0)");
            }
            c.setAutoCommit(false);
            long size = Files.size(file);
            long appended = 0;
            int steps = 0;
            // when: commits shaped like the event store's (a row appended with a random unique key, a hot row
            // updated like a processor's token), with an upkeep round every 200 commits
            try (PreparedStatement append = c.prepareStatement("INSERT INTO appended (k, v) VALUES (RANDOM_UUID(), ?)");
                 PreparedStatement update = c.prepareStatement("UPDATE hot SET n = ? WHERE id = 1")) {
                for (int i = 0; i < 4_000; i++) {
                    append.setString(1, String.valueOf(i).repeat(100));
                    append.executeUpdate();
                    update.setLong(1, i);
                    update.executeUpdate();
                    c.commit(); // with WRITE_DELAY=0, one chunk each

                    // then: each commit's chunk went to the end of the file, none into the space of a dead one
                    long after = Files.size(file);
                    assertThat(after).as("file after commit " + i).isGreaterThan(size);
                    appended += after - size;
                    size = after;
                    if (i % 200 == 199 && upkeep.runOnce()) {
                        steps++;
                        size = Files.size(file); // a step moves chunks into dead space and cuts the file
                        // and after it the newest chunks are again the last in the file, where a recovery looks
                        MVStore mv = EmbeddedFileUpkeep.fileStoreOf(c).orElseThrow();
                        assertThat(newestChunkIsLastInFile(mv)).as("newest chunk last in the file after step " + steps).isTrue();
                    }
                }
            }
            long afterBusySteps = Files.size(file);
            upkeep.close();

            // and: the steps taken while busy (every other round, fewer after a long one) kept the file to a fraction of what was appended
            assertThat(steps).isGreaterThanOrEqualTo(2);
            assertThat(appended).isGreaterThan(2 * EmbeddedFileUpkeep.MIN_FILE_BYTES);
            assertThat(afterBusySteps).isLessThan(appended / 3);
        }
    }

    /** H2 keeps dead chunks 45 s before they may be dropped; a retention of 1 s lets a test see it soon. */
    private StoreSettings retainingDeadChunksOneSecond() {
        return new StoreSettings(home, StoreSettings.embedded(home).jdbcUrl() + ";RETENTION_TIME=1000", "sa", "", 4, null);
    }

    /** 3,000 auto-committed updates of 200 rows: with WRITE_DELAY=0 one chunk each, most of them dead soon. */
    private static void churn(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE churn (id INT PRIMARY KEY, v VARCHAR(2000))");
            s.execute("INSERT INTO churn SELECT x, REPEAT('a', 1000) FROM SYSTEM_RANGE(1, 200)");
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE churn SET v = ? WHERE id = ?")) {
            for (int i = 0; i < 3_000; i++) {
                p.setString(1, String.valueOf(i).repeat(200));
                p.setInt(2, 1 + i % 200);
                p.executeUpdate();
            }
        }
    }

    /**
     * Whether, of the chunks the store lists, the newest also lies furthest into the file. (The
     * list lags one chunk behind: a chunk is listed in the one written after it.)
     */
    private static boolean newestChunkIsLastInFile(MVStore mv) {
        Chunk<?> newest = null;
        long furthest = -1;
        for (Map.Entry<String, String> entry : mv.getLayoutMap().entrySet()) {
            if (entry.getKey().startsWith("chunk.")) {
                Chunk<?> chunk = mv.getFileStore().createChunk(entry.getValue());
                if (newest == null || chunk.version > newest.version) {
                    newest = chunk;
                }
                furthest = Math.max(furthest, chunk.block);
            }
        }
        return newest != null && newest.block == furthest;
    }
}
