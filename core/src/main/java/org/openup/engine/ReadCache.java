package org.openup.engine;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers of the heaviest reads (insights, timeline), kept while no read model can have changed.
 * Every change to a read model commits together with its processor's token, so the tokens in the
 * store are a stamp of all read models at once, on every node: an answer is served again only
 * while the stamp is the one it was computed under (read before computing, so a change during the
 * computation makes the answer look older, never newer). A forget on this node changes the stamp
 * too. Answers also age out after {@link #MAX_AGE_NANOS}, as some depend on the clock (what has
 * expired, this week) and a forget on another node reaches here through that bound.
 * Keys must name the viewer: an answer is only ever what that member may see.
 */
public final class ReadCache {

    static final long MAX_AGE_NANOS = 1_000_000_000L;

    private record Entry(long stamp, long computedAt, Object value) {
    }

    private final DataSource dataSource;
    private final Keyring keyring;
    private final Map<Object, Entry> entries;

    public ReadCache(DataSource dataSource, Keyring keyring, int capacity) {
        this.dataSource = dataSource;
        this.keyring = keyring;
        this.entries = java.util.Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
                return size() > capacity;
            }
        });
    }

    @SuppressWarnings("unchecked")
    public <V> V get(Object key, Supplier<V> compute) {
        long stamp = stamp();
        Entry entry = entries.get(key);
        if (entry != null && entry.stamp() == stamp && System.nanoTime() - entry.computedAt() < MAX_AGE_NANOS) {
            return (V) entry.value();
        }
        long computedAt = System.nanoTime();
        V value = compute.get();
        entries.put(key, new Entry(stamp, computedAt, value));
        return value;
    }

    /** A hash of every processor's stored token and of this node's forgets. */
    long stamp() {
        long hash = keyring.forgetsHere();
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT processor_name, segment, token FROM token_entry ORDER BY processor_name, segment");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                hash = 31 * hash + rs.getString(1).hashCode();
                hash = 31 * hash + rs.getInt(2);
                hash = 31 * hash + Arrays.hashCode(rs.getBytes(3));
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot read projection positions", e);
        }
        return hash;
    }
}
