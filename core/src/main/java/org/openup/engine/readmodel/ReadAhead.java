package org.openup.engine.readmodel;

import org.openup.engine.BackgroundThread;

import org.axonframework.eventhandling.TrackedEventMessage;

import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The event stream read on a thread of its own, each event's payload and timestamp already
 * deserialised, up to {@link #AHEAD} events ahead of the thread that takes them. A replay's thread
 * then only hands events to the read models and writes; while it waits for the database, the
 * next events are being read and deserialised on the other core (docs/performance.md has the
 * figures). The reading uses connections of its own, outside any transaction ({@link EventRows}).
 * A failure of the reading is thrown where the events are taken, after the events read before it.
 */
final class ReadAhead implements Iterator<TrackedEventMessage<?>>, AutoCloseable {

    static final int AHEAD = 2_000;
    /** Longer than one fetch of events takes, after which the reading sees that it is closed. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(30);
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;
    private volatile boolean closed;
    private Object next;

    ReadAhead(Supplier<? extends Stream<? extends TrackedEventMessage<?>>> events, String name) {
        reader = BackgroundThread.daemon(name, () -> read(events));
        reader.start();
    }

    private void read(Supplier<? extends Stream<? extends TrackedEventMessage<?>>> events) {
        Object last = END;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.get()) {
            Iterator<? extends TrackedEventMessage<?>> it = stream.iterator();
            while (!closed && it.hasNext()) {
                TrackedEventMessage<?> event = it.next();
                event.getPayload(); // both deserialised lazily, on first use: here, not on the taker's thread
                event.getTimestamp();
                if (!hand(event)) {
                    return;
                }
            }
        } catch (RuntimeException | Error e) {
            last = e;
        }
        hand(last);
    }

    /** Waits for room; false once the taker closed. */
    private boolean hand(Object item) {
        try {
            while (!closed) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            try {
                next = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for events", e);
            }
            if (next == null && !reader.isAlive() && queue.isEmpty()) {
                throw new IllegalStateException("The reading of the events stopped before the end of the stream");
            }
        }
        if (next instanceof RuntimeException e) {
            throw e;
        }
        if (next instanceof Error e) {
            throw e;
        }
        return next != END;
    }

    @Override
    public TrackedEventMessage<?> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        TrackedEventMessage<?> event = (TrackedEventMessage<?>) next;
        next = null;
        return event;
    }

    /**
     * Stops the reading and waits (up to {@link #CLOSE_WAIT}) until it has closed the stream and let
     * go of its connection; an interrupt meanwhile is kept for the caller, not obeyed, so that the
     * caller's next statements do not run on an interrupted thread while the reading still holds on.
     */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        boolean interrupted = false;
        while (reader.isAlive() && System.nanoTime() < deadline) {
            try {
                reader.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
