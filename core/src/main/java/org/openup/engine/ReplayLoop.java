package org.openup.engine;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Rebuilds a processor's read models from the first event while the processor is stopped: one
 * ordered read of the event stream, every event handed to each read model, a commit with the
 * processor's tokens every {@link #EVENTS_PER_COMMIT} events. The processor itself hands events
 * to one worker per segment and commits whatever each worker found in its queue, which in a
 * replay meant many small transactions and the coordination between them: profiled, 26 % of a
 * replay was H2 writing chunks for those commits and 20 % the coordinator. The tokens it stores
 * are ordinary positions, so a replay that is interrupted resumes from its last commit when the
 * processor starts again, and the processor takes over from where the loop ended.
 */
final class ReplayLoop {

    static final int EVENTS_PER_COMMIT = 2_000;

    private final Engine engine;
    private final String processorName;
    private final int eventsPerCommit;

    ReplayLoop(Engine engine, String processorName) {
        this(engine, processorName, EVENTS_PER_COMMIT);
    }

    ReplayLoop(Engine engine, String processorName, int eventsPerCommit) {
        this.engine = engine;
        this.processorName = processorName;
        this.eventsPerCommit = eventsPerCommit;
    }

    /**
     * Runs to the end of the stream as it is when the loop gets there; the caller has stopped the
     * processor and reset its tokens (which cleared the tables). {@code progress} hears the
     * global index reached after each commit. Returns the number of events handed on.
     */
    long run(LongConsumer progress) {
        TokenStore tokens = engine.axon().getComponent(TokenStore.class);
        EventStorageEngine events = engine.axon().getComponent(EventStorageEngine.class);
        JdbcTransactions tx = engine.store().transactions();
        List<AnnotationEventHandlerAdapter> models = engine.readModels(processorName).stream()
                .map(model -> new AnnotationEventHandlerAdapter(model, engine.axon().parameterResolverFactory(),
                        engine.axon().handlerDefinition(model.getClass())))
                .toList();
        int[] segments = tx.fetchInTransaction(() -> claimAll(tokens));
        long handled = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> it = stream.iterator();
            while (it.hasNext()) {
                Transaction transaction = tx.startTransaction();
                try {
                    TrackingToken reached = null;
                    for (int n = 0; n < eventsPerCommit && it.hasNext(); n++) {
                        TrackedEventMessage<?> event = it.next();
                        for (AnnotationEventHandlerAdapter model : models) {
                            if (model.canHandle(event)) {
                                model.handle(event);
                            }
                        }
                        reached = event.trackingToken();
                        handled++;
                    }
                    for (int segment : segments) {
                        tokens.storeToken(reached, processorName, segment);
                    }
                    transaction.commit();
                    engine.progress().ring();
                    progress.accept(reached.position().orElse(-1));
                } catch (Exception e) {
                    transaction.rollback();
                    throw e instanceof RuntimeException r ? r : new IllegalStateException("A read model refused an event", e);
                }
            }
        } finally {
            tx.executeInTransaction(() -> {
                for (int segment : segments) {
                    tokens.releaseClaim(processorName, segment);
                }
            });
        }
        return handled;
    }

    /** Claims every segment for this process, so that no other node starts on them meanwhile. */
    private int[] claimAll(TokenStore tokens) {
        int[] segments = tokens.fetchSegments(processorName);
        for (int segment : segments) {
            tokens.fetchToken(processorName, segment);
        }
        return segments;
    }
}
