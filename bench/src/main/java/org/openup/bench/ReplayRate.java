package org.openup.bench;

import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.Serializer;
import org.openup.engine.axon.Engine;
import org.openup.engine.readmodel.Replay;
import org.openup.engine.store.StoreSettings;
import org.openup.testing.RunningCore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

/**
 * Rebuilding every read model from the events, next to its limit: reading the same event table
 * and deserialising every payload (personal text opened, as a replay must) and doing nothing else.
 */
final class ReplayRate {

    record Result(long events, double replayPerSecond, double rawPerSecond) {
    }

    private ReplayRate() {
    }

    /**
     * Up to this many events, the two are measured in turns, {@link #ROUNDS} times, and the best
     * of each counts. Both keep speeding up over the first few runs as the JIT compiles more of
     * them (on 40,000 events a replay went 13,000, 18,000, 27,000, 32,000 events/s over its first
     * four runs, the raw read 166,000 to 303,000), and either may be slowed by the embedded store's
     * upkeep reclaiming what the previous replay left: the best run is the one least disturbed, on
     * both sides alike. On bigger stores the warm-up is a small share of one run.
     */
    static final long MEASURED_IN_ROUNDS_UP_TO = 200_000; // a store seeded with --events=100000 holds a few more
    static final int ROUNDS = 5;

    static Result run(StoreSettings settings) throws Exception {
        try (RunningCore core = new RunningCore(settings)) {
            int rounds = core.store().eventCount() <= MEASURED_IN_ROUNDS_UP_TO ? ROUNDS : 1;
            double raw = 0;
            double replayed = 0;
            long events = 0;
            for (int i = 0; i < rounds; i++) {
                raw = Math.max(raw, readAndDeserialise(core));
                Replay.Result replay = core.get(Replay.class).rebuildAll(line -> { });
                replayed = Math.max(replayed, replay.eventsPerSecond());
                events = replay.events();
            }
            return new Result(events, replayed, raw);
        }
    }

    private static double readAndDeserialise(RunningCore core) throws Exception {
        Serializer serializer = core.get(Engine.class).serializer();
        long count = 0;
        long started = System.nanoTime();
        try (Connection c = core.store().dataSource().getConnection()) {
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT payload_type, payload_revision, payload FROM domain_event_entry ORDER BY global_index")) {
                p.setFetchSize(500);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(3), byte[].class, rs.getString(1), rs.getString(2)));
                        count++;
                    }
                }
            }
            c.commit();
        }
        return count / ((System.nanoTime() - started) / 1e9);
    }
}
