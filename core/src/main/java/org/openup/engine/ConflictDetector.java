package org.openup.engine;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon when an append failed because another writer took the same (aggregate, sequence)
 * slot, so it raises a retryable ConcurrencyException. Axon's own resolver misses it: with batched
 * inserts the unique violation (SQLState 23505 on H2 and PostgreSQL) hides behind
 * {@link SQLException#getNextException()} instead of {@link Throwable#getCause()}.
 *
 * <p>A timed-out lock wait on the append is the same race seen from the other side: H2 makes the
 * second writer of a slot wait for the first one's commit, and if that takes longer than its lock
 * timeout (2 s; easily reached on a busy machine or right after a restart) it reports 50200 /
 * HYT00 instead of the duplicate. PostgreSQL does the same with 55P03 when a {@code lock_timeout}
 * is set. Our transaction was rolled back either way, so trying the command again is safe.
 */
public final class ConflictDetector implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String H2_LOCK_TIMEOUT = "HYT00";
    private static final String POSTGRES_LOCK_NOT_AVAILABLE = "55P03";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return isUniqueViolation(exception, 0);
    }

    private static boolean isUniqueViolation(Throwable t, int depth) {
        if (t == null || depth > 32) {
            return false;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (UNIQUE_VIOLATION.equals(state) || H2_LOCK_TIMEOUT.equals(state) || POSTGRES_LOCK_NOT_AVAILABLE.equals(state)) {
                return true;
            }
            if (isUniqueViolation(sql.getNextException(), depth + 1)) {
                return true;
            }
        }
        return isUniqueViolation(t.getCause(), depth + 1);
    }
}
