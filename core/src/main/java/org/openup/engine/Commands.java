package org.openup.engine;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.openup.failure.NotFoundException;
import org.openup.failure.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Sends a command and returns once it is durable and the read models show its effect, so the
 * caller's next query already sees it (read-your-writes). Conflicts are retried by the gateway.
 */
public final class Commands {

    private static final Logger log = LoggerFactory.getLogger(Commands.class);

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Supplier<Engine> engines;
    private final Supplier<CatchUp> catchUps;

    /** Suppliers, so that merely having a Commands (every service has one) does not build the engine. */
    public Commands(Supplier<Engine> engine, Supplier<CatchUp> catchUp) {
        this.engines = engine;
        this.catchUps = catchUp;
    }

    /** Commands that succeeded since start, for metrics. */
    public long sent() {
        return sent.get();
    }

    /** Commands refused or failed since start, for metrics. */
    public long failed() {
        return failed.get();
    }

    /** {@code aggregateId} names the aggregate the command goes to, whose new events are waited for. */
    public <R> R send(String aggregateId, Object command) {
        Engine engine = engines.get().start(); // a process that only reads never pays for the engine
        R result;
        engine.appended().clear();
        try {
            result = sendDeciding(engine, command);
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            throw e;
        }
        sent.incrementAndGet();
        Map<String, List<Long>> appended = engine.appended().take();
        CatchUp catchUp = catchUps.get();
        boolean caughtUp = appended.isEmpty()
                ? catchUp.awaitEventsOf(aggregateId) // a retry ran on another thread: look the newest events up
                : catchUp.awaitAppended(appended);
        if (!caughtUp) {
            log.warn("Saved, but the read models have not caught up with {} yet", aggregateId);
        }
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
