package org.openup.engine.readmodel;

import org.openup.engine.crypto.Keyring;
import org.openup.engine.store.Store;

import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers of the heaviest reads (insights, timeline), kept while no read model can have changed.
 * Every change to a read model commits together with the events that caused it, so the event
 * table's head is a stamp of all read models at once, on every node and for every process (see
 * {@link Store#changeStamp}): an answer is served again only while the stamp equals the one read
 * before computing it (so a change during the computation makes the answer look older, never
 * newer). A forget in this process changes the stamp too.
 *
 * <p>Answers also age: some depend on the clock (what has expired, this week), and a forget in
 * another process reaches here only through age. After {@link #MAX_AGE_NANOS} one reader computes
 * the answer again while the others are still given the aged one, never one older than twice
 * that. Readers that need a new answer (after a change) wait for one computation, started after
 * they arrived, and share its result or its failure instead of each asking the store.
 * Keys must name the viewer: an answer is only ever what that member may see.
 */
public final class ReadCache {

    static final long MAX_AGE_NANOS = 1_000_000_000L;

    private record Entry(Object stamp, long startedAt, Object value) {
    }

    private final Supplier<Object> storeStamp;
    private final Keyring keyring;
    private final Map<Object, Entry> entries;
    private final Map<Object, CompletableFuture<Entry>> computing = new ConcurrentHashMap<>();

    public ReadCache(Store store, Keyring keyring, int capacity) {
        this(store::changeStamp, keyring, capacity);
    }

    /** {@code storeStamp}: what {@link Store#changeStamp} answers (a test gives its own). */
    ReadCache(Supplier<Object> storeStamp, Keyring keyring, int capacity) {
        this.storeStamp = storeStamp;
        this.keyring = keyring;
        this.entries = Caffeine.newBuilder().maximumSize(capacity).<Object, Entry>build().asMap();
    }

    /** The answer for {@code key}, computed by {@code compute} when needed; {@code compute} must not read through this cache. */
    @SuppressWarnings("unchecked")
    public <V> V get(Object key, Supplier<V> compute) {
        long arrived = System.nanoTime();
        Object stamp = stamp();
        while (true) {
            Entry entry = entries.get(key);
            if (entry != null && (entry.startedAt() - arrived >= 0 || entry.stamp().equals(stamp)
                    && (age(entry) < MAX_AGE_NANOS || age(entry) < 2 * MAX_AGE_NANOS && computing.containsKey(key)))) {
                return (V) entry.value(); // computed since this reader arrived, or unchanged and young enough
            }
            CompletableFuture<Entry> mine = new CompletableFuture<>();
            CompletableFuture<Entry> running = computing.putIfAbsent(key, mine);
            if (running == null) {
                return (V) computeAs(key, stamp, mine, compute).value();
            }
            Entry shared = join(running);
            if (shared.startedAt() - arrived >= 0) {
                return (V) shared.value();
            }
            // that computation began before this reader arrived and may miss what it must see: look again
        }
    }

    /** {@code stamp} was read before the computation starts, so the answer can only look older than it is. */
    private Entry computeAs(Object key, Object stamp, CompletableFuture<Entry> mine, Supplier<?> compute) {
        try {
            long startedAt = System.nanoTime();
            Entry fresh = new Entry(stamp, startedAt, compute.get());
            entries.merge(key, fresh, (old, now) -> old.startedAt() - now.startedAt() > 0 ? old : now);
            mine.complete(fresh);
            return fresh;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(key, mine);
        }
    }

    private static Entry join(CompletableFuture<Entry> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause; // the same failure the computing reader got (the store down, say)
            }
            throw e;
        }
    }

    private static long age(Entry entry) {
        return System.nanoTime() - entry.startedAt();
    }

    /** The store's change stamp and this process's forgets, compared exactly. */
    Object stamp() {
        return List.of(keyring.forgetsHere(), storeStamp.get());
    }
}
