package org.openup;

import org.openup.engine.Engine;
import org.openup.engine.Store;

/** The running core's lifecycle: start the engine's processors, and close everything in order. */
public final class Core implements AutoCloseable {

    private final Store store;
    private final Engine engine;

    Core(Store store, Engine engine) {
        this.store = store;
        this.engine = engine;
    }

    public Core start() {
        engine.start();
        return this;
    }

    public Store store() {
        return store;
    }

    public Engine engine() {
        return engine;
    }

    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            store.close();
        }
    }
}
