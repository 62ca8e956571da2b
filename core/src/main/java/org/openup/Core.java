package org.openup;

import org.openup.engine.axon.Engine;
import org.openup.engine.store.Store;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The running core's lifecycle. The engine (Axon's configuration and its command handling) is
 * built on first use, so a process that only reads (most CLI commands) never pays for it.
 */
public final class Core implements AutoCloseable {

    private final Store store;
    private final Supplier<Engine> factory;
    private volatile Engine engine;

    Core(Store store, Supplier<Engine> factory) {
        this.store = store;
        this.factory = factory;
    }

    /** Starts the engine now (the web adapter does; the CLI lets the first command do it). */
    public Core start() {
        engine().start();
        return this;
    }

    public Store store() {
        return store;
    }

    /** The engine if something has built it, without building it (nor waiting while it is built). */
    public Optional<Engine> engineIfBuilt() {
        return Optional.ofNullable(engine);
    }

    public synchronized Engine engine() {
        if (engine == null) {
            engine = factory.get();
        }
        return engine;
    }

    @Override
    public synchronized void close() {
        try {
            if (engine != null) {
                engine.close();
            }
        } finally {
            store.close();
        }
    }
}
