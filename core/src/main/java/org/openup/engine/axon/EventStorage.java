package org.openup.engine.axon;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import org.openup.engine.store.JdbcTransactions;

import java.util.List;
import java.util.function.Supplier;

/**
 * Axon's JDBC event storage, with a command's events and an aggregate's snapshot serialised
 * (their personal text sealed) before the transaction's first statement, so on the embedded store that work is done outside
 * the one writer's turn (see {@code JdbcTransactions}). A message keeps its serialised form, so
 * the append that follows uses it instead of serialising again.
 */
final class EventStorage extends JdbcEventStorageEngine {

    private final Class<?> dataType;

    /**
     * The transactions the storage works in: its writes in the command's (or one of their own),
     * its reads ({@code fetchInTransaction}: an aggregate's events, a snapshot) without a turn to
     * write unless the command's transaction has already begun (see
     * {@link JdbcTransactions#readAlone}). A snapshot taken every 50 events read and rebuilt its
     * aggregate while holding the embedded store's one writer's turn.
     */
    static TransactionManager readsAlone(JdbcTransactions tx) {
        return new TransactionManager() {
            @Override
            public Transaction startTransaction() {
                return tx.startTransaction();
            }

            @Override
            public <T> T fetchInTransaction(Supplier<T> read) {
                return tx.readAlone(read);
            }
        };
    }

    EventStorage(Builder builder, Class<?> dataType) {
        super(builder);
        this.dataType = dataType;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        for (EventMessage<?> event : events) {
            event.serializePayload(serializer, dataType);
            event.serializeMetaData(serializer, dataType);
        }
        super.appendEvents(events, serializer);
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        snapshot.serializePayload(serializer, dataType);
        snapshot.serializeMetaData(serializer, dataType);
        super.storeSnapshot(snapshot, serializer);
    }
}
