package org.openup.engine;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers of the heaviest reads (insights, timeline), kept while no read model can have changed.
 * Every change to a read model commits together with its processor's token, so the tokens in the
 * store are a stamp of all read models at once, on every node: an answer is served again only
 * while the stamp equals the one read before computing it (so a change during the computation
 * makes the answer look older, never newer). When this process holds every segment of every
 * processor, the processors' own positions here are that stamp, and no query is needed (every
 * read model change, whoever wrote its event, is then made here). A forget on this node changes
 * the stamp too.
 *
 * <p>Answers also age: some depend on the clock (what has expired, this week), and a forget on
 * another node reaches here only through age. After {@link #MAX_AGE_NANOS} one reader computes
 * the answer again while the others are still given the aged one, never one older than twice
 * that. Readers that need a new answer (after a change) wait for one computation, started after
 * they arrived, and share its result or its failure instead of each asking the store.
 * Keys must name the viewer: an answer is only ever what that member may see.
 */
public final class ReadCache {

    static final long MAX_AGE_NANOS = 1_000_000_000L;

    private record Entry(Object stamp, long startedAt, Object value) {
    }

    private record StoredToken(String processor, int segment, ByteBuffer bytes) {
    }

    private final Jdbc jdbc;
    private final Keyring keyring;
    private final Supplier<Optional<List<Object>>> positionsHeldHere;
    private final Map<Object, Entry> entries;
    private final Map<Object, CompletableFuture<Entry>> computing = new ConcurrentHashMap<>();

    /** {@code positionsHeldHere}: see {@link Engine#positionsHeldHere()}; empty sends the stamp to the token table. */
    public ReadCache(Jdbc jdbc, Keyring keyring, Supplier<Optional<List<Object>>> positionsHeldHere, int capacity) {
        this.jdbc = jdbc;
        this.keyring = keyring;
        this.positionsHeldHere = positionsHeldHere;
        this.entries = LeastRecentlyUsed.map(capacity);
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

    /** Every processor's position (held here, or else stored) and this node's forgets, compared exactly. */
    Object stamp() {
        long forgets = keyring.forgetsHere();
        Optional<List<Object>> here = positionsHeldHere.get();
        if (here.isPresent()) {
            return List.of("here", forgets, here.get());
        }
        return List.of("stored", forgets, jdbc.query("SELECT processor_name, segment, token FROM token_entry ORDER BY processor_name, segment",
                rs -> new StoredToken(rs.getString(1), rs.getInt(2), Optional.ofNullable(rs.getBytes(3)).map(ByteBuffer::wrap).orElse(null))));
    }
}
