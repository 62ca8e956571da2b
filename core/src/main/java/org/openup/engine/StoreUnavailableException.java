package org.openup.engine;

/** The database could not be reached or refused an operation that is not the user's fault. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
