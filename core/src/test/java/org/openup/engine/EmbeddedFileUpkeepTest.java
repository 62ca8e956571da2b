package org.openup.engine;

import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded file does not stay mostly dead space after many small commits. */
class EmbeddedFileUpkeepTest {

    @TempDir
    Path home;

    @Test
    void afterManySmallCommitsTheFileIsCompactedAndShrunk() throws Exception {
        StoreSettings embedded = StoreSettings.embedded(home);
        // H2 keeps dead chunks for 45 s before they may be reused; a retention of 1 s lets the test see it soon
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

            EmbeddedFileUpkeep upkeep = new EmbeddedFileUpkeep(store.dataSource());
            for (int round = 0; round < 20 && upkeep.runOnce(); round++) {
                Thread.sleep(100);
            }
            assertThat(upkeep.runOnce()).as("nothing left to do").isFalse();
            upkeep.close();

            assertThat(grown).isGreaterThan(EmbeddedFileUpkeep.MIN_FILE_BYTES);
            assertThat(Files.size(file)).isLessThan(grown / 4);
        }
    }
}
