package org.openup.engine;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which events the command this thread just sent appended, by aggregate and sequence number, so
 * read-your-writes can look up exactly those rows by the (aggregate, sequence) index instead of
 * sorting all of an aggregate's events to find its newest. Recorded after the commit, on the
 * thread that ran the command (Axon's command bus runs it on the sender's thread).
 */
final class AppendedEvents {

    private final ThreadLocal<Map<String, List<Long>>> committed = ThreadLocal.withInitial(TreeMap::new);

    /** Subscribed to the event store: called with each batch a unit of work publishes. */
    void published(List<? extends EventMessage<?>> events) {
        List<DomainEventMessage<?>> domain = new ArrayList<>();
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> d && d.getAggregateIdentifier() != null) {
                domain.add(d);
            }
        }
        if (domain.isEmpty() || !CurrentUnitOfWork.isStarted()) {
            return;
        }
        CurrentUnitOfWork.get().afterCommit(u -> domain.forEach(d ->
                committed.get().computeIfAbsent(d.getAggregateIdentifier(), id -> new ArrayList<>()).add(d.getSequenceNumber())));
    }

    /** Forgets what this thread recorded, before it sends a command. */
    void clear() {
        committed.get().clear();
    }

    /**
     * The sequence numbers this thread's last command appended, by aggregate; empty when it
     * appended nothing, or when it ran on another thread (a retry after a conflict).
     */
    Map<String, List<Long>> take() {
        Map<String, List<Long>> taken = new TreeMap<>(committed.get());
        committed.get().clear();
        return taken;
    }
}
