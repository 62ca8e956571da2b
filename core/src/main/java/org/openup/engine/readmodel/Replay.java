package org.openup.engine.readmodel;

import org.openup.engine.axon.Engine;
import org.openup.engine.store.JdbcTransactions;
import org.openup.engine.store.Store;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rebuilds every read model from the events, in one transaction: commands wait meanwhile (on
 * PostgreSQL the event table is locked against writers, on SQLite the transaction holds the one
 * write lock), so no event can slip between the rebuilt tables and the stream, and readers see
 * the old tables until the new ones are complete. The tables are emptied, every event is handed
 * to each read model in order ({@link ReadAhead} reads and deserialises on a second thread), and
 * their writes are sent as JDBC batches ({@link Jdbc#batching}).
 */
public final class Replay {

    private static final int PROGRESS_EVERY = 10_000;

    private final Engine engine;
    private final Jdbc jdbc;

    public Replay(Engine engine, Jdbc jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    /** {@code tables}: the read-model tables rebuilt. */
    public record Result(List<String> tables, long events, Duration took) {
        public double eventsPerSecond() {
            double seconds = Math.max(took.toNanos() / 1e9, 1e-9);
            return events / seconds;
        }
    }

    /** Rebuilds the read models when the store asks for it (a row in {@code replay_due}); the first process to start does it. */
    public void rebuildIfDue() {
        if (engine.store().replayDue()) {
            rebuild(message -> { }, true);
        }
    }

    public Result rebuildAll(Consumer<String> progress) {
        engine.start();
        return rebuild(progress, false);
    }

    private Result rebuild(Consumer<String> progress, boolean onlyIfDue) {
        long started = System.nanoTime();
        JdbcTransactions tx = engine.store().transactions();
        Store store = engine.store();
        Transaction transaction = tx.startTransaction();
        long handled;
        List<String> tables = engine.readModels().stream().flatMap(model -> model.tables().stream()).toList();
        try {
            if (store.settings().isPostgres()) {
                // commands append under ROW EXCLUSIVE, which this waits for and then keeps out; reads go on
                jdbc.update("LOCK TABLE domain_event_entry IN EXCLUSIVE MODE");
            }
            if (onlyIfDue && !store.replayDue()) {
                handled = -1; // another process rebuilt them while this one waited for the lock
            } else {
                handled = rebuildInTransaction(tables, started, progress);
            }
        } catch (RuntimeException | Error e) { // an Error too: the connection must not stay bound to the thread
            transaction.rollback();
            throw e;
        }
        progress.accept("Committing");
        transaction.commit();
        return handled < 0 ? new Result(List.of(), 0, Duration.ofNanos(System.nanoTime() - started))
                : new Result(tables, handled, Duration.ofNanos(System.nanoTime() - started));
    }

    private long rebuildInTransaction(List<String> tables, long started, Consumer<String> progress) {
        long head = engine.store().headIndex();
        List<AnnotationEventHandlerAdapter> models = engine.readModelHandlers();
        for (String table : tables) {
            jdbc.update("DELETE FROM " + table);
        }
        models.forEach(AnnotationEventHandlerAdapter::prepareReset);
        long handled = jdbc.batching(() -> handAll(models, head, started, progress));
        jdbc.update("DELETE FROM replay_due");
        return handled;
    }

    private long handAll(List<AnnotationEventHandlerAdapter> models, long head, long started, Consumer<String> progress) {
        EventRows rows = new EventRows(engine.store().dataSource(), engine.serializer());
        long handled = 0;
        try (ReadAhead it = new ReadAhead(() -> rows.after(-1), "openup-replay-reader")) {
            while (it.hasNext()) {
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
                if (++handled % PROGRESS_EVERY == 0) {
                    double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
                    progress.accept(String.format("%,d of about %,d events (%.0f%%), %,.0f events/s", handled, head,
                            100.0 * handled / Math.max(head, 1), handled / seconds));
                }
            }
        }
        return handled;
    }
}
