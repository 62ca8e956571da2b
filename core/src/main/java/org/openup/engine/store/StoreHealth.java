package org.openup.engine.store;

import org.openup.engine.crypto.Keyring;

/**
 * The store's state for {@code /health} and {@code openup admin doctor}: reachable or not, the
 * schema version, the number of events, and whether the master key fits. The read models need no
 * report of their own: they commit with the events, so they are never behind.
 */
public final class StoreHealth {

    private final Store store;
    private final Keyring keyring;

    public StoreHealth(Store store, Keyring keyring) {
        this.store = store;
        this.keyring = keyring;
    }

    /** {@code masterKeyMatches}: false when this process was given another master key than the store's. */
    public record Report(boolean up, String kind, int schemaVersion, int expectedSchemaVersion,
                         long events, long head, boolean masterKeyMatches, String error) {
        /** Serving is possible: the store answers and the master key opens its texts (what /health reports). */
        public boolean healthy() {
            return up && masterKeyMatches;
        }

        /**
         * What anyone may read (/health): the same figures, and instead of the driver's message (which
         * can name the database's host and port) a fixed sentence pointing at {@code openup admin doctor}.
         */
        public Report forPublic() {
            String said = !up ? "The store cannot be reached; openup admin doctor on the server says why."
                    : !masterKeyMatches ? "This node's master key does not match the store's; openup admin doctor says more."
                    : null;
            return new Report(up, kind, schemaVersion, expectedSchemaVersion, events, head, masterKeyMatches, said);
        }

        /** The store's schema is the one this version of OpenUp writes. */
        public boolean schemaCurrent() {
            return schemaVersion == expectedSchemaVersion;
        }
    }

    public Report check() {
        StoreSettings settings = store.settings();
        try {
            long head = store.headIndex();
            String keyProblem = null;
            try {
                keyring.verifyMasterKey();
            } catch (StoreUnavailableException e) {
                keyProblem = e.getMessage();
            }
            return new Report(true, settings.kind(), store.schemaVersion(), store.expectedSchemaVersion(),
                    store.eventCount(), head, keyProblem == null, keyProblem);
        } catch (StoreUnavailableException e) {
            return new Report(false, settings.kind(), -1, -1, -1, -1, false, Store.rootMessage(e));
        }
    }
}
