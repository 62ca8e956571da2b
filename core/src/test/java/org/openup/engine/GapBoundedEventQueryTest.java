package org.openup.engine;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The processors' fetch with gaps returns exactly the gaps and the next batch, on both databases. */
class GapBoundedEventQueryTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void returnsTheGapsAndTheNextBatchInOrder(TestStores kind) throws Exception {
        try (Store store = Store.open(kind.newStore(home)); Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO domain_event_entry (global_index, event_identifier, "
                    + "aggregate_identifier, sequence_number, type, timestamp, payload_type, payload) VALUES (?, ?, 'a', ?, 'T', 'now', 'P', ?)")) {
                for (long i = 1; i <= 400; i++) {
                    insert.setLong(1, i);
                    insert.setString(2, "e" + i);
                    insert.setLong(3, i);
                    insert.setBytes(4, new byte[] {1});
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();

            assertThat(indexes(c, 200, 10, List.of(150L, 197L))).containsExactlyElementsOf(
                    concat(List.of(150L, 197L), LongStream.rangeClosed(201, 210).boxed().toList()));
            assertThat(indexes(c, 395, 10, List.of(3L))).containsExactly(3L, 396L, 397L, 398L, 399L, 400L);
            assertThat(indexes(c, 200, 5, List.of())).containsExactly(201L, 202L, 203L, 204L, 205L);
        }
    }

    private static List<Long> indexes(Connection c, long index, int batch, List<Long> gaps) throws Exception {
        List<Long> found = new ArrayList<>();
        try (PreparedStatement p = new GapBoundedEventQuery().build(c, Engine.EVENT_SCHEMA, index, batch, gaps);
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getLong(Engine.EVENT_SCHEMA.globalIndexColumn()));
            }
        }
        return found;
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
