package org.openup.engine;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon when an append failed because another writer took the same (aggregate, sequence)
 * slot, so it raises a retryable ConcurrencyException. Axon's own resolver misses it: with batched
 * inserts the unique violation (SQLState 23505 on H2 and PostgreSQL) hides behind
 * {@link SQLException#getNextException()} instead of {@link Throwable#getCause()}.
 */
public final class ConflictDetector implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return isUniqueViolation(exception, 0);
    }

    private static boolean isUniqueViolation(Throwable t, int depth) {
        if (t == null || depth > 32) {
            return false;
        }
        if (t instanceof SQLException sql) {
            if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (isUniqueViolation(sql.getNextException(), depth + 1)) {
                return true;
            }
        }
        return isUniqueViolation(t.getCause(), depth + 1);
    }
}
