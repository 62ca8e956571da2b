package org.openup.engine;

import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded file does not stay mostly dead space after many small commits, nor grow without bound under them. */
class EmbeddedFileUpkeepTest {

    @TempDir
    Path home;

    @Test
    void afterManySmallCommitsTheFileIsCompactedAndShrunk() throws Exception {
        StoreSettings embedded = StoreSettings.embedded(home);
        // H2 keeps dead chunks 45 s before they may be reused; a retention of 1 s lets the test see it soon
        StoreSettings settings = new StoreSettings(home, embedded.jdbcUrl() + ";RETENTION_TIME=1000", "sa", "", 4, null);
        Path file = home.resolve("openup.mv.db");
        try (Store store = Store.open(settings); Connection c = store.dataSource().getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE churn (id INT PRIMARY KEY, v VARCHAR(2000))");
                s.execute("INSERT INTO churn SELECT x, REPEAT('a', 1000) FROM SYSTEM_RANGE(1, 200)");
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE churn SET v = ? WHERE id = ?")) {
                for (int i = 0; i < 3_000; i++) {
                    p.setString(1, String.valueOf(i).repeat(200));
                    p.setInt(2, 1 + i % 200);
                    p.executeUpdate(); // auto-commit: with WRITE_DELAY=0, one chunk each
                }
            }
            MVStore mv = EmbeddedFileUpkeep.fileStoreOf(c).orElseThrow();
            long grown = Files.size(file);
            assertThat(mv.getFileStore().getChunksFillRate()).as("mostly dead chunks before").isLessThan(EmbeddedFileUpkeep.MIN_FILL_PERCENT);
            Thread.sleep(1_200);

            EmbeddedFileUpkeep upkeep = new EmbeddedFileUpkeep(store.dataSource(), false);
            for (int round = 0; round < 20 && upkeep.runOnce(); round++) {
                Thread.sleep(100);
            }
            assertThat(upkeep.runOnce()).as("nothing left to do").isFalse();
            upkeep.close();

            assertThat(grown).isGreaterThan(EmbeddedFileUpkeep.MIN_FILE_BYTES);
            assertThat(Files.size(file)).isLessThan(grown / 4);
        }
    }

    @Test
    void whileCommitsComeInTheRoundsKeepTheFileFromGrowing() throws Exception {
        // given: the same churn of small commits on two files of the store's settings, one without upkeep
        long without = churn(home.resolve("alone"), false);
        long with = churn(home.resolve("kept"), true);

        // then: moving live pages out of the emptiest chunks while commits go on lets their space be reused
        assertThat(without).isGreaterThan(EmbeddedFileUpkeep.MIN_FILE_BYTES);
        assertThat(with).isLessThan(without / 2);
    }

    /**
     * 6,000 commits shaped like the event store's: a row appended to a growing table with a unique
     * random key (its pages stay live in old chunks, a few to each) and a hot row updated (like a
     * processor's token). With upkeep,
     * a round after every 200 commits (busy: more commits than a quiet round sees).
     */
    private static long churn(Path dir, boolean upkeep) throws Exception {
        JdbcDataSource file = new JdbcDataSource();
        // no retention: a 2 s test sees the space reused at once, where a load sees it 45 s later
        file.setURL(StoreSettings.embedded(dir).jdbcUrl() + ";RETENTION_TIME=0");
        file.setUser("sa");
        try (Connection c = file.getConnection()) {
            EmbeddedFileUpkeep rounds = upkeep ? new EmbeddedFileUpkeep(file, false) : null;
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE appended (id BIGINT AUTO_INCREMENT PRIMARY KEY, k VARCHAR(36) UNIQUE, v VARCHAR(2000))");
                s.execute("CREATE TABLE hot (id INT PRIMARY KEY, n BIGINT)");
                s.execute("INSERT INTO hot VALUES (1, 0)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement append = c.prepareStatement("INSERT INTO appended (k, v) VALUES (RANDOM_UUID(), ?)");
                 PreparedStatement update = c.prepareStatement("UPDATE hot SET n = ? WHERE id = 1")) {
                for (int i = 0; i < 6_000; i++) {
                    append.setString(1, String.valueOf(i).repeat(100));
                    append.executeUpdate();
                    update.setLong(1, i);
                    update.executeUpdate();
                    c.commit(); // with WRITE_DELAY=0, one chunk each
                    if (rounds != null && i % 200 == 199) {
                        rounds.runOnce();
                    }
                }
            }
            long size = Files.size(dir.resolve("openup.mv.db"));
            if (rounds != null) {
                rounds.close();
            }
            return size;
        }
    }
}
