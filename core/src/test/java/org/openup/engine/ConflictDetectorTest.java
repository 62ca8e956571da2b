package org.openup.engine;

import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
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
    void otherFailuresAreNotConflicts() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", new int[0]);
        batch.setNextException(new SQLException("disk full", "53100"));
        assertThat(detector.isDuplicateKeyViolation(batch)).isFalse();
        assertThat(detector.isDuplicateKeyViolation(new IllegalStateException("no"))).isFalse();
    }
}
