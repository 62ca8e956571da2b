package org.openup.engine;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Rebuilds a processor's read models from the first event while the processor is stopped.
 * <ol>
 * <li>{@link #rewind}: claim every segment, set the tokens to the start and record that the
 *     tables are to be cleared, in one transaction;</li>
 * <li>{@link #clearTables}: {@code TRUNCATE} them, then run the reset handlers and remove the
 *     record. Deleting row by row in the rewind's transaction took 1.2 s of a 2.8 s replay at
 *     35,000 events and 67 s of 150 s at a million; H2's {@code TRUNCATE} commits at once, so
 *     the record is what keeps a crash in between from leaving full tables behind rewound
 *     tokens: {@link #finishInterruptedClearing} completes it on the next start;</li>
 * <li>{@link #run}: one ordered read of the event stream, on a thread of its own
 *     ({@link ReadAhead}), every event handed to each read model, their writes sent as JDBC
 *     batches ({@link Jdbc#batching}), a commit with the processor's tokens every
 *     {@link #EVENTS_PER_COMMIT} events. The
 *     processor itself hands events to one worker per segment and commits whatever each worker
 *     found in its queue, which in a replay meant many small transactions and the coordination
 *     between them: profiled, 26 % of a replay was H2 writing chunks for those commits and 20 %
 *     the coordinator. The tokens it stores are ordinary positions, so a replay that is
 *     interrupted resumes from its last commit when the processor starts again, and the
 *     processor takes over from where the loop ended.</li>
 * </ol>
 */
final class ReplayLoop {

    static final int EVENTS_PER_COMMIT = 2_000;
    private static final String FORGET_RECORD = "DELETE FROM replay_clearing WHERE processor_name = ?";

    private final Engine engine;
    private final String processorName;
    private final int eventsPerCommit;
    private final TokenStore tokens;
    private final JdbcTransactions tx;

    ReplayLoop(Engine engine, String processorName) {
        this(engine, processorName, EVENTS_PER_COMMIT);
    }

    ReplayLoop(Engine engine, String processorName, int eventsPerCommit) {
        this.engine = engine;
        this.processorName = processorName;
        this.eventsPerCommit = eventsPerCommit;
        this.tokens = engine.axon().getComponent(TokenStore.class);
        this.tx = engine.store().transactions();
    }

    /**
     * Claims every segment, sets its token to the start and records that the tables are to be
     * cleared. Throws {@link UnableToClaimTokenException} while another process holds a segment.
     */
    void rewind() {
        tx.executeInTransaction(() -> {
            for (int segment : claimAll().segments()) {
                tokens.storeToken(null, processorName, segment); // no token: from the first event
            }
            engine.jdbc().update(FORGET_RECORD, processorName);
            engine.jdbc().update("INSERT INTO replay_clearing (processor_name) VALUES (?)", processorName);
        });
    }

    /** Empties the read models' tables, runs their reset handlers and removes the record of the clearing. */
    void clearTables() {
        for (ReadModel model : engine.readModels(processorName)) {
            for (String table : model.tables()) {
                engine.jdbc().update("TRUNCATE TABLE " + table); // outside a transaction: H2's commits anyway
            }
        }
        tx.executeInTransaction(() -> {
            adapters().forEach(AnnotationEventHandlerAdapter::prepareReset);
            engine.jdbc().update(FORGET_RECORD, processorName);
        });
    }

    /**
     * Completes the clearing a replay recorded and did not finish (it stopped in between), before
     * the processors start. Only once every segment can be claimed here (a replay under way holds
     * them; a crashed one's claims run out) and while every token is still at the start: a record
     * behind tokens that moved on is stale and only removed, since clearing then would lose rows
     * committed with those tokens.
     */
    static void finishInterruptedClearing(Engine engine) {
        engine.jdbc().query("SELECT processor_name FROM replay_clearing", rs -> rs.getString(1))
                .forEach(name -> new ReplayLoop(engine, name).finishClearing());
    }

    private void finishClearing() {
        Claim claim;
        try {
            claim = claimWhenFree();
        } catch (UnableToClaimTokenException e) {
            return; // a live process keeps them: the replay under way, which finishes the clearing itself
        }
        try {
            if (claim.allAtStart()) {
                clearTables();
            } else {
                engine.jdbc().update(FORGET_RECORD, processorName);
            }
        } finally {
            release(claim.segments());
        }
    }

    /**
     * Runs to the end of the stream as it is when the loop gets there; the caller has stopped the
     * processor, rewound its tokens and cleared its tables. {@code progress} hears the
     * global index reached after each commit. Returns the number of events handed on.
     */
    long run(LongConsumer progress) {
        EventStorageEngine events = engine.axon().getComponent(EventStorageEngine.class);
        List<AnnotationEventHandlerAdapter> models = adapters();
        int[] segments = tx.fetchInTransaction(this::claimAll).segments();
        long handled = 0;
        Throwable failure = null;
        try (ReadAhead it = new ReadAhead(() -> events.readEvents(null, false), "openup-replay-reader")) {
            while (it.hasNext()) {
                Handed handed;
                Transaction transaction = tx.startTransaction();
                try {
                    handed = engine.jdbc().batching(() -> handNext(it, models));
                    for (int segment : segments) {
                        tokens.storeToken(handed.reached(), processorName, segment);
                    }
                } catch (RuntimeException | Error e) { // an Error too: the transaction's connection must not stay bound
                    transaction.rollback();
                    throw e;
                }
                // committed apart from the try: a failed commit must not be followed by a rollback that hides it
                transaction.commit();
                handled += handed.events();
                engine.progress().ring();
                progress.accept(handed.reached().position().orElse(-1));
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            try {
                release(segments);
            } catch (RuntimeException e) {
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e);
            }
        }
        return handled;
    }

    /** The events handed on in one commit, and the token of the last. */
    private record Handed(TrackingToken reached, int events) {
    }

    private Handed handNext(Iterator<? extends TrackedEventMessage<?>> it, List<AnnotationEventHandlerAdapter> models) {
        TrackingToken reached = null;
        int n = 0;
        while (n < eventsPerCommit && it.hasNext()) {
            TrackedEventMessage<?> event = it.next();
            for (AnnotationEventHandlerAdapter model : models) {
                if (model.canHandle(event)) {
                    try {
                        model.handle(event);
                    } catch (Exception e) {
                        throw e instanceof RuntimeException r ? r : new IllegalStateException("A read model refused an event", e);
                    }
                }
            }
            reached = event.trackingToken();
            n++;
        }
        return new Handed(reached, n);
    }

    private void release(int[] segments) {
        tx.executeInTransaction(() -> {
            for (int segment : segments) {
                tokens.releaseClaim(processorName, segment);
            }
        });
    }

    /** Each read model of the processor as Axon invokes it: its handlers with their parameters resolved. */
    private List<AnnotationEventHandlerAdapter> adapters() {
        return engine.readModels(processorName).stream()
                .map(model -> new AnnotationEventHandlerAdapter(model, engine.axon().parameterResolverFactory(),
                        engine.axon().handlerDefinition(model.getClass())))
                .toList();
    }

    /** The segments claimed, and whether every one of their tokens is at the start (none yet). */
    private record Claim(int[] segments, boolean allAtStart) {
    }

    /**
     * Claims every segment, waiting out the claims of a process that stopped without releasing
     * them (a crash right after the rewind leaves its claims for {@link Engine#CLAIM_TIMEOUT}).
     */
    private Claim claimWhenFree() {
        long deadline = System.nanoTime() + Engine.CLAIM_TIMEOUT.plusSeconds(1).toNanos();
        while (true) {
            try {
                return tx.fetchInTransaction(this::claimAll);
            } catch (UnableToClaimTokenException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Claims every segment for this process, so that no other node starts on them meanwhile. A
     * processor stopped before it ever ran has no segments yet: they are created first.
     */
    private Claim claimAll() {
        int[] segments = tokens.fetchSegments(processorName);
        if (segments.length == 0) {
            tokens.initializeTokenSegments(processorName, engine.store().settings().segments());
            segments = tokens.fetchSegments(processorName);
        }
        boolean allAtStart = true;
        for (int segment : segments) {
            allAtStart &= tokens.fetchToken(processorName, segment) == null;
        }
        return new Claim(segments, allAtStart);
    }
}
