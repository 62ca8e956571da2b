package org.openup.bench;

import org.openup.engine.axon.Engine;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /**
     * Writes per second with {@code threads} writers, each appending to its own aggregate, on
     * connections from {@code store} (the product's own settings: on SQLite WAL, synchronous=FULL,
     * immediate transactions) into {@code eventTable} and {@code snapshotTable}, laid out as the
     * event store's.
     */
    static double run(DataSource store, String eventTable, String snapshotTable, int threads, Duration length, int payloadBytes,
                      int metaDataBytes) throws Exception {
        byte[] payload = filler(payloadBytes);
        byte[] metaData = filler(metaDataBytes);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + length.toNanos();
        long started = System.nanoTime();
        List<Future<Long>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(pool.submit(() -> appendUntil(end, store, eventTable, snapshotTable, "bench-" + UUID.randomUUID(), payload, metaData)));
        }
        long writes = 0;
        for (Future<Long> f : work) {
            writes += f.get();
        }
        pool.shutdown();
        return writes / ((System.nanoTime() - started) / 1e9);
    }

    private static long appendUntil(long end, DataSource store, String eventTable, String snapshotTable, String aggregate,
                                    byte[] payload, byte[] metaData) throws SQLException {
        long sequence = 0;
        try (Connection c = store.getConnection();
             PreparedStatement snapshot = c.prepareStatement(
                     "SELECT sequence_number, payload FROM " + snapshotTable + " WHERE aggregate_identifier = ?");
             PreparedStatement since = c.prepareStatement("SELECT sequence_number, payload FROM " + eventTable + " "
                     + "WHERE aggregate_identifier = ? AND sequence_number >= ? ORDER BY sequence_number");
             PreparedStatement insert = c.prepareStatement("INSERT INTO " + eventTable + " (event_identifier, aggregate_identifier, "
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

    private static byte[] filler(int bytes) {
        byte[] out = new byte[Math.max(1, bytes)];
        Arrays.fill(out, (byte) 'x');
        return out;
    }
}
