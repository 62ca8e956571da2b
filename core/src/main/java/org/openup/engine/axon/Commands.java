package org.openup.engine.axon;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.openup.spi.failure.NotFoundException;
import org.openup.spi.failure.RefusedException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Sends a command and returns once it has committed: its events, the read models they change and
 * its notifications in one transaction (see {@link Engine}), so the caller's next query, on any
 * node, already sees it. Conflicts are retried by the gateway.
 */
public final class Commands {

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Supplier<Engine> engines;

    /** A supplier, so that merely having a Commands (every service has one) does not build the engine. */
    public Commands(Supplier<Engine> engine) {
        this.engines = engine;
    }

    /** Commands that succeeded since start, for metrics. */
    public long sent() {
        return sent.get();
    }

    /** Commands refused or failed since start, for metrics. */
    public long failed() {
        return failed.get();
    }

    /** Sends {@code command} and returns its result once it has committed. */
    public <R> R send(Object command) {
        Engine engine = engines.get().start(); // a process that only reads never pays for the engine
        R result;
        try {
            result = sendDeciding(engine, command);
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            throw e;
        }
        sent.incrementAndGet();
        return result;
    }

    /**
     * A refusal may come from an aggregate cached before another process wrote to it; the
     * rollback dropped it from the cache, so one more try decides on what the store holds. An id
     * that names nothing was never cached and is not tried again.
     */
    private static <R> R sendDeciding(Engine engine, Object command) {
        try {
            try {
                return engine.commands().sendAndWait(command);
            } catch (RefusedException | NotFoundException refused) {
                return engine.commands().sendAndWait(command);
            }
        } catch (AggregateNotFoundException e) {
            // the id a person gave names nothing (e.g. an invitation in a journey that never had one)
            throw new NotFoundException("There is nothing with that id here.");
        }
    }
}
