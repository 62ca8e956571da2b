package org.openup.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bounded, thread-safe maps behind the in-memory caches (aggregates, answers, keys, sessions):
 * the least recently used entry goes first. Iterating one needs a lock on the map.
 */
public final class LeastRecentlyUsed {

    private LeastRecentlyUsed() {
    }

    public static <K, V> Map<K, V> map(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }
}
