package org.openup.engine.axon;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The aggregates this process used last, so a command finds its aggregate in memory instead of
 * reading and decrypting up to {@link Engine#SNAPSHOT_EVERY} events again. A cached aggregate can
 * be behind the store when another process (the CLI beside the web, another node) wrote to it:
 * its next append then collides on the sequence number, Axon drops it from here on the rollback,
 * and the retry loads it from the store. Bounded and least-recently-used, one per aggregate type
 * (the types share identifiers: a journey's reflection has the journey's id).
 */
final class AggregateCache implements Cache {

    private final Map<Object, Object> entries;

    AggregateCache(int capacity) {
        this.entries = Caffeine.newBuilder().maximumSize(capacity).build().asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) entries.computeIfAbsent(key, k -> valueSupplier.get());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, (k, v) -> update.apply((V) v));
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    /** Nobody here listens to the cache; Axon's repositories do not ask to. */
    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        return () -> true;
    }
}
