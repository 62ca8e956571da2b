package org.openup.engine.readmodel;

import org.openup.engine.axon.Engine;
import org.openup.engine.store.StoreUnavailableException;

import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every event in the store in the order of its global index, upcast and deserialised, read a page
 * at a time on a connection of the reader's own outside any transaction. A replay reads this way
 * while its own transaction holds the write lock: on the embedded store a transaction of the
 * reader would begin by waiting for that lock. Axon's own stream read also stumbles on SQLite
 * (its first query reads {@code MIN(global_index) - 1} as a Long).
 */
final class EventRows {

    static final int PAGE = 1_000;

    private final DataSource dataSource;
    private final Serializer serializer;

    EventRows(DataSource dataSource, Serializer serializer) {
        this.dataSource = dataSource;
        this.serializer = serializer;
    }

    /** The events after {@code afterIndex} (-1 for all), up to the end of the store as it is when the reading gets there. */
    Stream<TrackedEventMessage<?>> after(long afterIndex) {
        Iterator<TrackedEventData<?>> pages = new Iterator<>() {
            private long last = afterIndex;
            private Iterator<TrackedEventData<?>> page = List.<TrackedEventData<?>>of().iterator();
            private boolean ended;

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && !ended) {
                    List<TrackedEventData<?>> rows = page(last);
                    ended = rows.size() < PAGE;
                    if (!rows.isEmpty()) {
                        last = ((GlobalSequenceTrackingToken) rows.get(rows.size() - 1).trackingToken()).getGlobalIndex();
                    }
                    page = rows.iterator();
                }
                return page.hasNext();
            }

            @Override
            public TrackedEventData<?> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
        Stream<TrackedEventData<?>> rows = StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false);
        return EventUtils.upcastAndDeserializeTrackedEvents(rows, serializer, Engine.upcasters());
    }

    private List<TrackedEventData<?>> page(long after) {
        List<TrackedEventData<?>> rows = new ArrayList<>(PAGE);
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT global_index, type, aggregate_identifier, sequence_number, "
                     + "event_identifier, timestamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry "
                     + "WHERE global_index > ? ORDER BY global_index LIMIT " + PAGE)) {
            p.setLong(1, after);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.add(new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(rs.getLong(1)),
                            new GenericDomainEventEntry<>(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10))));
                }
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot read the events: " + e.getMessage(), e);
        }
        return rows;
    }
}
