package org.openup.engine.axon;

import org.openup.engine.store.Store;
import org.openup.engine.store.StoreSettings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
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
    void aSecondWriterOfTheSameSlotOnTheEmbeddedStoreIsAConflict(@TempDir Path dir) throws Exception {
        // Given an event at (aggregate a, sequence 0) in the embedded store
        try (Store store = Store.open(StoreSettings.embedded(dir));
             Connection first = store.dataSource().getConnection();
             Connection second = store.dataSource().getConnection()) {
            insert(first, "a", 0);
            // When a second writer (another process, with a stale aggregate) appends to the same slot in a batch, as Axon does
            SQLException failure = null;
            try {
                insert(second, "a", 0);
            } catch (SQLException e) {
                failure = e;
            }
            // Then that is a conflict, which the gateway retries
            assertThat((Object) failure).as("the second append fails").isNotNull();
            assertThat(detector.isDuplicateKeyViolation(new RuntimeException("append failed", failure))).isTrue();
            // and an unrelated failure is not
            SQLException other = null;
            try (Statement s = second.createStatement()) {
                s.execute("INSERT INTO domain_event_entry (event_identifier) VALUES ('x')");
            } catch (SQLException e) {
                other = e;
            }
            assertThat(detector.isDuplicateKeyViolation(new RuntimeException(other))).isFalse();
        }
    }

    private static void insert(Connection c, String aggregate, long sequence) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, "
                + "sequence_number, type, timestamp, payload_type, payload) VALUES (?, ?, ?, 'T', 'now', 'P', X'00')")) {
            p.setString(1, java.util.UUID.randomUUID().toString());
            p.setString(2, aggregate);
            p.setLong(3, sequence);
            p.addBatch();
            p.executeBatch();
        }
    }
}
