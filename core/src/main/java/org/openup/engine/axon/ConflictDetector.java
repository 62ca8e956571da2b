package org.openup.engine.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;

/**
 * Tells Axon when an append failed because another writer took the same (aggregate, sequence)
 * slot, so it raises a retryable ConcurrencyException. Axon's own resolver misses it: on
 * PostgreSQL the unique violation (SQLState 23505) of a batched insert hides behind
 * {@link SQLException#getNextException()} instead of {@link Throwable#getCause()}, and SQLite's
 * codes it does not know at all (SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY).
 *
 * <p>A timed-out lock wait on the append is the same race seen from the other side: PostgreSQL
 * reports 55P03 when a {@code lock_timeout} is set. Our transaction was rolled back either way,
 * so trying the command again is safe.
 */
public final class ConflictDetector implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String POSTGRES_LOCK_NOT_AVAILABLE = "55P03";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return isUniqueViolation(exception, 0);
    }

    private static boolean isUniqueViolation(Throwable t, int depth) {
        if (t == null || depth > 32) {
            return false;
        }
        if (t instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE || code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY) {
                return true;
            }
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (UNIQUE_VIOLATION.equals(state) || POSTGRES_LOCK_NOT_AVAILABLE.equals(state)) {
                return true;
            }
            if (isUniqueViolation(sql.getNextException(), depth + 1)) {
                return true;
            }
        }
        return isUniqueViolation(t.getCause(), depth + 1);
    }
}
