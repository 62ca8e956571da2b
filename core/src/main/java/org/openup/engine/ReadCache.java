package org.openup.engine;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Answers of the heaviest reads (insights, timeline), kept while no read model can have changed.
 * Every change to a read model commits together with its processor's token, so the tokens in the
 * store are a stamp of all read models at once, on every node: an answer is served again only
 * while the stamp is the one it was computed under (read before computing, so a change during the
 * computation makes the answer look older, never newer). When this process holds every segment
 * of every processor, the processors' own positions here are that stamp, and no query is needed
 * (every read model change, whoever wrote its event, is then made here). A forget on this node
 * changes the stamp too. Answers also age out after {@link #MAX_AGE_NANOS}, as some depend on the
 * clock (what has expired, this week) and a forget on another node reaches here through that
 * bound; while one reader computes an aged answer again, the others are given the aged one, so
 * the bound is that second plus one computation. After a change, readers wait for one fresh
 * computation instead of each making their own.
 * Keys must name the viewer: an answer is only ever what that member may see.
 */
public final class ReadCache {

    static final long MAX_AGE_NANOS = 1_000_000_000L;

    private record Entry(long stamp, long computedAt, Object value) {
    }

    private final Jdbc jdbc;
    private final Keyring keyring;
    private final Supplier<OptionalLong> positionsHeldHere;
    private final Map<Object, Entry> entries;
    private final ReentrantLock[] locks = new ReentrantLock[64];

    /** {@code positionsHeldHere}: see {@link Engine#positionsHeldHere()}; empty sends the stamp to the token table. */
    public ReadCache(Jdbc jdbc, Keyring keyring, Supplier<OptionalLong> positionsHeldHere, int capacity) {
        this.jdbc = jdbc;
        this.keyring = keyring;
        this.positionsHeldHere = positionsHeldHere;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
        this.entries = LeastRecentlyUsed.map(capacity);
    }

    /** The answer for {@code key}, computed by {@code compute} when needed; {@code compute} must not read through this cache. */
    @SuppressWarnings("unchecked")
    public <V> V get(Object key, Supplier<V> compute) {
        long stamp = stamp();
        Entry entry = entries.get(key);
        ReentrantLock lock = locks[Math.floorMod(key.hashCode(), locks.length)];
        if (entry != null && entry.stamp() == stamp) {
            if (young(entry)) {
                return (V) entry.value();
            }
            // Only aged, nothing written: one reader computes it again, the others keep this answer meanwhile.
            if (!lock.tryLock()) {
                return (V) entry.value();
            }
        } else {
            // One computation per answer at a time: readers arriving together after a write wait for
            // that one instead of all asking the store at once.
            lock.lock();
        }
        try {
            Entry latest = entries.get(key);
            if (latest != null && latest.stamp() == stamp && young(latest)) {
                return (V) latest.value();
            }
            long computedAt = System.nanoTime();
            V value = compute.get();
            entries.put(key, new Entry(stamp, computedAt, value));
            return value;
        } finally {
            lock.unlock();
        }
    }

    private static boolean young(Entry entry) {
        return System.nanoTime() - entry.computedAt() < MAX_AGE_NANOS;
    }

    /** A hash of every processor's position (held here, or else stored) and of this node's forgets. */
    long stamp() {
        long hash = keyring.forgetsHere();
        OptionalLong here = positionsHeldHere.get();
        if (here.isPresent()) {
            return 31 * hash + here.getAsLong();
        }
        hash = 31 * hash + 7; // kept apart from the stamps made of positions held here
        record Token(String processor, int segment, byte[] bytes) {
        }
        for (Token token : jdbc.query("SELECT processor_name, segment, token FROM token_entry ORDER BY processor_name, segment",
                rs -> new Token(rs.getString(1), rs.getInt(2), rs.getBytes(3)))) {
            hash = 31 * hash + token.processor().hashCode();
            hash = 31 * hash + token.segment();
            hash = 31 * hash + Arrays.hashCode(token.bytes());
        }
        return hash;
    }
}
