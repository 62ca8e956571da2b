package org.openup.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command and returns once it is durable and the read models show its effect, so the
 * caller's next query already sees it (read-your-writes). Conflicts are retried by the gateway.
 */
public final class Commands {

    private static final Logger log = LoggerFactory.getLogger(Commands.class);

    private final Engine engine;
    private final CatchUp catchUp;

    public Commands(Engine engine, CatchUp catchUp) {
        this.engine = engine;
        this.catchUp = catchUp;
    }

    /** {@code aggregateId} names the aggregate the command goes to, whose new events are waited for. */
    public <R> R send(String aggregateId, Object command) {
        R result = engine.commands().sendAndWait(command);
        if (!catchUp.awaitEventsOf(aggregateId)) {
            log.warn("Saved, but the read models have not caught up with {} yet", aggregateId);
        }
        return result;
    }
}
