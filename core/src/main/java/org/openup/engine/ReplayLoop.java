package org.openup.engine;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

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
 * <li>{@link #run}: one ordered read of the event stream, every event handed to each read model,
 *     a commit with the processor's tokens every {@link #EVENTS_PER_COMMIT} events. The
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
     * Claims every segment, sets its token to the start and records that the tables are to be
     * cleared. Throws {@link UnableToClaimTokenException} while another process holds a segment.
     */
    void rewind() {
        TokenStore tokens = engine.axon().getComponent(TokenStore.class);
        JdbcTransactions tx = engine.store().transactions();
        tx.executeInTransaction(() -> {
            for (int segment : claimAll(engine, tokens, processorName)) {
                tokens.storeToken(null, processorName, segment); // no token: from the first event
            }
            execute(tx, "DELETE FROM replay_clearing WHERE processor_name = ?", processorName);
            execute(tx, "INSERT INTO replay_clearing (processor_name) VALUES (?)", processorName);
        });
    }

    /** Empties the read models' tables, runs their reset handlers and removes the record of the clearing. */
    void clearTables() {
        clearTables(engine, processorName);
    }

    /**
     * Completes the clearing a replay recorded and did not finish (it stopped in between), before
     * the processors start. Only once every segment can be claimed here (a replay under way holds
     * them; a crashed one's claims run out) and while every token is still at the start: a record
     * behind tokens that moved on is stale and only removed, since clearing then would lose rows
     * committed with those tokens.
     */
    static void finishInterruptedClearing(Engine engine) {
        JdbcTransactions tx = engine.store().transactions();
        List<String> unfinished = new ArrayList<>();
        try (Connection c = tx.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT processor_name FROM replay_clearing")) {
            while (rs.next()) {
                unfinished.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot read the replay's record: " + e.getMessage(), e);
        }
        TokenStore tokens = engine.axon().getComponent(TokenStore.class);
        for (String name : unfinished) {
            int[] segments;
            boolean atStart;
            try {
                segments = claimWhenFree(engine, tokens, name);
                atStart = tx.fetchInTransaction(() -> Arrays.stream(segments)
                        .allMatch(segment -> tokens.fetchToken(name, segment) == null));
            } catch (UnableToClaimTokenException e) {
                continue; // a live process keeps them: the replay under way, which finishes the clearing itself
            }
            try {
                if (atStart) {
                    clearTables(engine, name);
                } else {
                    tx.executeInTransaction(() -> execute(tx, "DELETE FROM replay_clearing WHERE processor_name = ?", name));
                }
            } finally {
                release(tx, tokens, name, segments);
            }
        }
    }

    private static void clearTables(Engine engine, String processorName) {
        List<ReadModel> models = engine.readModels(processorName);
        try (Connection c = engine.store().dataSource().getConnection(); Statement s = c.createStatement()) {
            for (ReadModel model : models) {
                for (String table : model.tables()) {
                    s.execute("TRUNCATE TABLE " + table);
                }
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot clear the read models: " + e.getMessage(), e);
        }
        JdbcTransactions tx = engine.store().transactions();
        tx.executeInTransaction(() -> {
            adapters(engine, processorName).forEach(AnnotationEventHandlerAdapter::prepareReset);
            execute(tx, "DELETE FROM replay_clearing WHERE processor_name = ?", processorName);
        });
    }

    /**
     * Runs to the end of the stream as it is when the loop gets there; the caller has stopped the
     * processor, rewound its tokens and cleared its tables. {@code progress} hears the
     * global index reached after each commit. Returns the number of events handed on.
     */
    long run(LongConsumer progress) {
        TokenStore tokens = engine.axon().getComponent(TokenStore.class);
        EventStorageEngine events = engine.axon().getComponent(EventStorageEngine.class);
        JdbcTransactions tx = engine.store().transactions();
        List<AnnotationEventHandlerAdapter> models = adapters(engine, processorName);
        int[] segments = tx.fetchInTransaction(() -> claimAll(engine, tokens, processorName));
        long handled = 0;
        RuntimeException failure = null;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> it = stream.iterator();
            while (it.hasNext()) {
                TrackingToken reached = null;
                Transaction transaction = tx.startTransaction();
                try {
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
                } catch (Exception e) {
                    transaction.rollback();
                    throw e instanceof RuntimeException r ? r : new IllegalStateException("A read model refused an event", e);
                }
                transaction.commit();
                engine.progress().ring();
                progress.accept(reached.position().orElse(-1));
            }
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            try {
                release(tx, tokens, processorName, segments);
            } catch (RuntimeException e) {
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e);
            }
        }
        return handled;
    }

    private static void release(JdbcTransactions tx, TokenStore tokens, String processorName, int[] segments) {
        tx.executeInTransaction(() -> {
            for (int segment : segments) {
                tokens.releaseClaim(processorName, segment);
            }
        });
    }

    /** Each read model of the processor as Axon invokes it: its handlers with their parameters resolved. */
    private static List<AnnotationEventHandlerAdapter> adapters(Engine engine, String processorName) {
        return engine.readModels(processorName).stream()
                .map(model -> new AnnotationEventHandlerAdapter(model, engine.axon().parameterResolverFactory(),
                        engine.axon().handlerDefinition(model.getClass())))
                .toList();
    }

    private static void execute(JdbcTransactions tx, String sql, String value) {
        try (Connection c = tx.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, value);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot update the replay's record: " + e.getMessage(), e);
        }
    }

    /**
     * Claims every segment, waiting out the claims of a process that stopped without releasing
     * them (a crash right after the rewind leaves its claims for {@link Engine#CLAIM_TIMEOUT}).
     */
    private static int[] claimWhenFree(Engine engine, TokenStore tokens, String processorName) {
        long deadline = System.nanoTime() + Engine.CLAIM_TIMEOUT.plusSeconds(1).toNanos();
        JdbcTransactions tx = engine.store().transactions();
        while (true) {
            try {
                return tx.fetchInTransaction(() -> claimAll(engine, tokens, processorName));
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
    private static int[] claimAll(Engine engine, TokenStore tokens, String processorName) {
        int[] segments = tokens.fetchSegments(processorName);
        if (segments.length == 0) {
            tokens.initializeTokenSegments(processorName, engine.store().settings().segments());
            segments = tokens.fetchSegments(processorName);
        }
        for (int segment : segments) {
            tokens.fetchToken(processorName, segment);
        }
        return segments;
    }
}
