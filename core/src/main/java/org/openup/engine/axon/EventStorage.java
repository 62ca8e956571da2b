package org.openup.engine.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.util.List;

/**
 * Axon's JDBC event storage, with a command's events serialised (their personal text sealed)
 * before the transaction's first statement, so on the embedded store that work is done outside
 * the one writer's turn (see {@code JdbcTransactions}). A message keeps its serialised form, so
 * the append that follows uses it instead of serialising again.
 */
final class EventStorage extends JdbcEventStorageEngine {

    private final Class<?> dataType;

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
}
