package org.openup.bench;

import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.Serializer;
import org.openup.engine.Engine;
import org.openup.engine.Replay;
import org.openup.engine.StoreSettings;
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
     * Up to this many events, each side runs twice and the second run counts: the first warms the
     * JIT, which on 10,000 events is a third of a replay's time and most of the raw read's. On
     * bigger stores the warm-up is a small share of one run.
     */
    static final long MEASURED_TWICE_UP_TO = 100_000;

    static Result run(StoreSettings settings) throws Exception {
        try (RunningCore core = new RunningCore(settings)) {
            int runs = core.store().eventCount() <= MEASURED_TWICE_UP_TO ? 2 : 1;
            double raw = 0;
            for (int i = 0; i < runs; i++) {
                raw = readAndDeserialise(core);
            }
            Replay.Result replay = null;
            for (int i = 0; i < runs; i++) {
                replay = core.get(Replay.class).rebuildAll(Duration.ofHours(2), line -> { });
            }
            return new Result(replay.events(), replay.eventsPerSecond(), raw);
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
