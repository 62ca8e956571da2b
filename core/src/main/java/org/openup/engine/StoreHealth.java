package org.openup.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The store's state for {@code /health} and {@code openup admin doctor}: reachable or not, the
 * schema version, the number of events, and how far behind each projection is.
 */
public final class StoreHealth {

    private final Engine engine;
    private final CatchUp catchUp;
    private final Keyring keyring;

    public StoreHealth(Engine engine, CatchUp catchUp, Keyring keyring) {
        this.engine = engine;
        this.catchUp = catchUp;
        this.keyring = keyring;
    }

    /** {@code running}: whether this process runs the processor (another node may run it instead). */
    public record Processor(String name, long position, long behind, boolean running) {
    }

    /** {@code masterKeyMatches}: false when this process was given another master key than the store's. */
    public record Report(boolean up, String kind, String url, int schemaVersion, int expectedSchemaVersion,
                         long events, long head, List<Processor> processors, boolean masterKeyMatches, String error) {
        /** Serving is possible: the store answers and the master key opens its texts (what /health reports). */
        public boolean healthy() {
            return up && masterKeyMatches;
        }

        /** The store's schema is the one this version of OpenUp writes. */
        public boolean schemaCurrent() {
            return schemaVersion == expectedSchemaVersion;
        }
    }

    public Report check() {
        Store store = engine.store();
        StoreSettings settings = store.settings();
        try {
            long head = store.headIndex();
            List<Processor> processors = new ArrayList<>();
            for (String name : engine.processorNames()) {
                boolean running = engine.processor(name).map(p -> p.isRunning()).orElse(false);
                long position = catchUp.position(name);
                processors.add(new Processor(name, position, CatchUp.lag(head, position), running));
            }
            String keyProblem = null;
            try {
                keyring.verifyMasterKey();
            } catch (StoreUnavailableException e) {
                keyProblem = e.getMessage();
            }
            return new Report(true, settings.kind(), settings.displayUrl(), store.schemaVersion(),
                    Schema.currentVersion(), store.eventCount(), head, processors, keyProblem == null, keyProblem);
        } catch (StoreUnavailableException e) {
            return new Report(false, settings.kind(), settings.displayUrl(), -1, Schema.currentVersion(),
                    -1, -1, List.of(), false, Store.rootMessage(e));
        }
    }
}
