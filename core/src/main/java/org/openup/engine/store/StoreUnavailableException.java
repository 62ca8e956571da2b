package org.openup.engine.store;

import java.util.Optional;

/** The database could not be reached or refused an operation that is not the user's fault. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The store failure behind {@code failure}, however deeply a framework (Guice, Axon) wrapped it. */
    public static Optional<StoreUnavailableException> findIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreUnavailableException store) {
                return Optional.of(store);
            }
        }
        return Optional.empty();
    }
}
