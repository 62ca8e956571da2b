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
            for (int segment : claimAll(tokens)) {
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

    /** Completes the clearing a replay recorded and did not finish (it crashed in between); before the processors start. */
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
        unfinished.forEach(name -> clearTables(engine, name));
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
            throw new StoreUnavailableException("Cannot record the replay: " + e.getMessage(), e);
        }
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
