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
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilding every read model from the events, next to its limit: plain JDBC doing the same work
 * without the framework. It reads the same event table and deserialises every payload (personal
 * text opened, as a replay must), then, in one transaction, empties every read-model table and
 * inserts the very rows the replay made, in JDBC batches: a replay has to write, so the limit does too.
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
     * four runs, the raw read 166,000 to 303,000): the best run is the one least disturbed, on
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
                Replay.Result replay = core.get(Replay.class).rebuildAll(line -> { });
                replayed = Math.max(replayed, replay.eventsPerSecond());
                events = replay.events();
                long started = System.nanoTime();
                long read = readAndDeserialise(core);
                writeTheSameRows(core, replay.tables());
                raw = Math.max(raw, read / ((System.nanoTime() - started) / 1e9));
            }
            return new Result(events, replayed, raw);
        }
    }

    private static long readAndDeserialise(RunningCore core) throws Exception {
        Serializer serializer = core.get(Engine.class).serializer();
        long count = 0;
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
        return count;
    }

    /** Every read-model table emptied and filled again with the rows it holds, in batches, in one transaction. */
    private static void writeTheSameRows(RunningCore core, List<String> tables) throws Exception {
        Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        Map<String, Integer> widths = new LinkedHashMap<>();
        try (Connection c = core.store().dataSource().getConnection()) {
            for (String table : tables) {
                List<Object[]> held = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int n = rs.getMetaData().getColumnCount();
                    widths.put(table, n);
                    while (rs.next()) {
                        Object[] row = new Object[n];
                        for (int i = 0; i < n; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        held.add(row);
                    }
                }
                rows.put(table, held);
            }
        }
        try (Connection c = core.store().dataSource().getConnection()) {
            c.setAutoCommit(false);
            for (String table : tables) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM " + table);
                }
                String marks = String.join(", ", java.util.Collections.nCopies(widths.get(table), "?"));
                try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
                    int batched = 0;
                    for (Object[] row : rows.get(table)) {
                        for (int i = 0; i < row.length; i++) {
                            p.setObject(i + 1, row[i]);
                        }
                        p.addBatch();
                        if (++batched % 1_000 == 0) {
                            p.executeBatch();
                        }
                    }
                    p.executeBatch();
                }
            }
            c.commit();
        }
    }
}
