package org.openup.engine;

import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.openup.failure.RefusedException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rebuilds every read model from the events: stop each processor, rewind its tokens, clear its
 * tables, run its read models through the whole stream in large transactions (all three in
 * {@link ReplayLoop}), start it again and wait until it has caught up with what was written
 * meanwhile.
 */
public final class Replay {

    private final Engine engine;
    private final CatchUp catchUp;

    public Replay(Engine engine, CatchUp catchUp) {
        this.engine = engine;
        this.catchUp = catchUp;
    }

    public record Result(List<String> processors, long events, Duration took) {
        public double eventsPerSecond() {
            double seconds = Math.max(took.toNanos() / 1e9, 1e-9);
            return events / seconds;
        }
    }

    public Result rebuildAll(Duration timeout, Consumer<String> progress) {
        engine.start();
        long started = System.nanoTime();
        long head = engine.store().headIndex();
        long events = engine.store().eventCount();
        List<String> done = new ArrayList<>();
        for (String name : engine.processorNames()) {
            PooledStreamingEventProcessor processor = engine.processor(name)
                    .orElseThrow(() -> new IllegalStateException("No processor " + name));
            progress.accept("Rebuilding " + name);
            processor.shutDown();
            ReplayLoop loop = new ReplayLoop(engine, name);
            try {
                loop.rewind();
            } catch (UnableToClaimTokenException e) {
                processor.start();
                throw new RefusedException("Another OpenUp process (a web adapter or another node) is running the "
                        + "projections right now. Stop it, then run the replay again.");
            } catch (RuntimeException e) {
                processor.start(); // the rewind rolled back: nothing changed
                throw e;
            }
            // if clearing fails the processor stays stopped: its tokens are at the start and its
            // tables partly full; the next start of any OpenUp process finishes the clearing
            loop.clearTables();
            try {
                loop.run(reached -> progress.accept(String.format(
                        "%,d of %,d events (%.0f%%), %,.0f events/s", reached, head, 100.0 * reached / Math.max(head, 1),
                        reached / Math.max((System.nanoTime() - started) / 1e9, 1e-3))));
            } finally {
                processor.start(); // takes over where the loop stopped, also after a failure
            }
            done.add(name);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        // awaitProjections asks the processors' own status first: they hold every segment now
        while (!catchUp.awaitProjections(head, Duration.ofMillis(500))) {
            if (System.nanoTime() > deadline) {
                throw new StoreUnavailableException("The replay did not finish within " + timeout.toSeconds()
                        + " s; processors still behind: " + catchUp.lagBehind(head), null);
            }
            long slowest = done.stream().mapToLong(catchUp::position).min().orElse(head);
            double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
            progress.accept(String.format("%,d of %,d events (%.0f%%), %,.0f events/s", Math.max(slowest, 0), head,
                    100.0 * Math.max(slowest, 0) / Math.max(head, 1), Math.max(slowest, 0) / seconds));
        }
        return new Result(done, events, Duration.ofNanos(System.nanoTime() - started));
    }
}
