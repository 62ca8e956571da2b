package org.openup.bench;

import org.openup.engine.Engine;
import org.openup.engine.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The storage limit for a command: plain JDBC doing only what an event-sourced write must do
 * (read the aggregate's rows since its last snapshot, insert the new event row, commit), with the
 * same table layout as the event store, the same row sizes and the same concurrency, on the same
 * kind of database. No framework, no projection, no HTTP.
 */
final class JdbcWriteLimit {

    private JdbcWriteLimit() {
    }

    /** Writes per second with {@code threads} writers, each appending to its own aggregate. */
    static double run(String url, String user, String password, int threads, Duration length, int payloadBytes,
                      int metaDataBytes) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String sql : Schema.statements(eventTables())) {
                s.execute(sql);
            }
        }
        byte[] payload = filler(payloadBytes);
        byte[] metaData = filler(metaDataBytes);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + length.toNanos();
        long started = System.nanoTime();
        List<Future<Long>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(pool.submit(() -> appendUntil(end, url, user, password, "bench-" + UUID.randomUUID(), payload, metaData)));
        }
        long writes = 0;
        for (Future<Long> f : work) {
            writes += f.get();
        }
        pool.shutdown();
        return writes / ((System.nanoTime() - started) / 1e9);
    }

    private static long appendUntil(long end, String url, String user, String password, String aggregate, byte[] payload,
                                    byte[] metaData) throws SQLException {
        long sequence = 0;
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement snapshot = c.prepareStatement(
                     "SELECT sequence_number, payload FROM bench_snapshot_entry WHERE aggregate_identifier = ?");
             PreparedStatement since = c.prepareStatement("SELECT sequence_number, payload FROM bench_event_entry "
                     + "WHERE aggregate_identifier = ? AND sequence_number >= ? ORDER BY sequence_number");
             PreparedStatement insert = c.prepareStatement("INSERT INTO bench_event_entry (event_identifier, aggregate_identifier, "
                     + "sequence_number, type, timestamp, payload_type, payload_revision, payload, meta_data) "
                     + "VALUES (?, ?, ?, 'Reflection', ?, 'org.openup.reflection.ReflectionEvents$MomentNoted', '2', ?, ?)")) {
            c.setAutoCommit(false);
            while (System.nanoTime() < end) {
                snapshot.setString(1, aggregate);
                drain(snapshot);
                since.setString(1, aggregate);
                since.setLong(2, sequence - sequence % Engine.SNAPSHOT_EVERY);
                drain(since);
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, aggregate);
                insert.setLong(3, sequence);
                insert.setString(4, Instant.now().toString());
                insert.setBytes(5, payload);
                insert.setBytes(6, metaData);
                insert.executeUpdate();
                c.commit();
                sequence++;
            }
        }
        return sequence;
    }

    private static void drain(PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                rs.getBytes(2);
            }
        }
    }

    /** The event store's own DDL (schema step 1), under other table names. */
    private static String eventTables() throws IOException {
        try (InputStream in = Schema.class.getResourceAsStream("/org/openup/schema/V1__event_store.sql")) {
            String ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder out = new StringBuilder();
            for (String statement : Schema.statements(ddl)) {
                if (statement.contains("domain_event_entry") || statement.contains("snapshot_event_entry")) {
                    out.append(statement.replace("domain_event_entry", "bench_event_entry")
                            .replace("snapshot_event_entry", "bench_snapshot_entry")).append(";\n");
                }
            }
            return out.toString();
        }
    }

    private static byte[] filler(int bytes) {
        byte[] out = new byte[Math.max(1, bytes)];
        Arrays.fill(out, (byte) 'x');
        return out;
    }
}
