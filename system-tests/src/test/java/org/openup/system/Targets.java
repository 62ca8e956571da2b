package org.openup.system;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The nodes a client may send to, taken in turn: a round-robin load balancer. Tests replace the
 * list when a node dies or comes back, as a load balancer's health check would.
 */
final class Targets {

    private final List<URI> nodes = new CopyOnWriteArrayList<>();
    private final AtomicInteger turn = new AtomicInteger();

    void set(List<URI> bases) {
        nodes.clear();
        nodes.addAll(bases);
    }

    /** The next node in turn, or null while none is up. */
    URI next() {
        List<URI> now = List.copyOf(nodes);
        return now.isEmpty() ? null : now.get(Math.floorMod(turn.getAndIncrement(), now.size()));
    }
}
