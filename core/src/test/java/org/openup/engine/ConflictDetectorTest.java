package org.openup.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictDetectorTest {

    private final ConflictDetector detector = new ConflictDetector();

    @Test
    void findsTheUniqueViolationBehindABatchFailure() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", new int[0]);
        batch.setNextException(new SQLException("duplicate key", "23505"));
        assertThat(detector.isDuplicateKeyViolation(new RuntimeException("append failed", batch))).isTrue();
    }

    @Test
    void findsItAlongTheCauseChain() {
        assertThat(detector.isDuplicateKeyViolation(
                new RuntimeException(new SQLException("outer", "XX000", new SQLException("dup", "23505"))))).isTrue();
    }

    @Test
    void aLockWaitThatTimesOutOnTheSameSlotIsAConflictToo(@TempDir Path dir) throws Exception {
        // Given one writer holding an uncommitted event at (aggregate a, sequence 0) on H2
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";LOCK_TIMEOUT=100";
        try (Connection first = DriverManager.getConnection(url, "sa", "");
             Connection second = DriverManager.getConnection(url, "sa", "")) {
            try (Statement s = first.createStatement()) {
                s.execute("CREATE TABLE events (aggregate VARCHAR(10), seq INT, UNIQUE (aggregate, seq))");
            }
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            try (Statement s = first.createStatement()) {
                s.execute("INSERT INTO events VALUES ('a', 0)");
            }
            // When a second writer appends to the same slot in a batch, as Axon does, and its wait times out
            SQLException failure = null;
            try (PreparedStatement p = second.prepareStatement("INSERT INTO events VALUES (?, ?)")) {
                p.setString(1, "a");
                p.setInt(2, 0);
                p.addBatch();
                p.executeBatch();
            } catch (SQLException e) {
                failure = e;
            }
            // Then that is a conflict, which the gateway retries
            assertThat((Object) failure).as("the second append fails while the first holds the slot").isNotNull();
            assertThat(detector.isDuplicateKeyViolation(new RuntimeException("append failed", failure))).isTrue();
        }
    }

    @Test
    void otherFailuresAreNotConflicts() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", new int[0]);
        batch.setNextException(new SQLException("disk full", "53100"));
        assertThat(detector.isDuplicateKeyViolation(batch)).isFalse();
        assertThat(detector.isDuplicateKeyViolation(new IllegalStateException("no"))).isFalse();
    }
}
