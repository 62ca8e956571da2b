package org.openup.engine;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The event store as the processors' source, with one addition: it wakes the processors the
 * moment a local command commits. The embedded store's streams offer no availability callback,
 * so without this a pooled processor polls every 500 ms and every write would wait that long
 * before its read model shows it. Events written by other processes are still found by polling.
 */
final class WakingEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    /**
     * The store's own producer thread fetches committed events into the streams a moment after
     * the commit, so one wake-up can come too early; a few spaced ones catch it without polling.
     */
    private static final long[] WAKE_AFTER_MILLIS = {0, 3, 10, 30, 100};

    private final EventStore store;
    private final Set<Runnable> waiting = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService waker = BackgroundThread.scheduler("openup-processor-waker");

    WakingEventSource(EventStore store) {
        this.store = store;
        store.subscribe(events -> {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(u -> wakeAll());
            } else {
                wakeAll();
            }
        });
    }

    private void wakeAll() {
        for (long delay : WAKE_AFTER_MILLIS) {
            waker.schedule(() -> waiting.forEach(Runnable::run), delay, TimeUnit.MILLISECONDS);
        }
    }

    void close() {
        waker.shutdownNow();
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new Stream_(store.openStream(token));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant at) {
        return store.createTokenAt(at);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    private final class Stream_ implements BlockingStream<TrackedEventMessage<?>> {
        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile Runnable callback;

        Stream_(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                waiting.remove(registered);
            }
            delegate.close();
        }

        @Override
        public Stream<TrackedEventMessage<?>> asStream() {
            return delegate.asStream();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable onAvailable) {
            Runnable previous = callback;
            if (previous != null) {
                waiting.remove(previous);
            }
            callback = onAvailable;
            waiting.add(onAvailable);
            return true;
        }
    }
}
