package org.openup.engine.readmodel;

import org.openup.engine.store.JdbcTransactions;
import org.openup.engine.store.StoreUnavailableException;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.testing.RunningCore;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Writes sent as JDBC batches ({@link Jdbc#batching}), as a replay sends them: what ends up in the
 * tables is what the same statements one by one would have left, a read inside sees every write
 * before it (so does a write that reads another table), and a failing row fails the whole
 * transaction.
 */
class HeldWritesStoreTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void batchedWritesLeaveWhatTheSameStatementsOneByOneWouldLeave(TestStores kind) {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            Jdbc jdbc = core.get(Jdbc.class);
            JdbcTransactions tx = core.store().transactions();
            createTables(jdbc);

            // given: inserts, updates and deletes on two tables, interleaved, more rows than one batch holds
            int rows = HeldWrites.MOST_HELD + 7;
            List<Integer> seen = tx.fetchInTransaction(() -> jdbc.batching(() -> {
                for (int i = 0; i < rows; i++) {
                    assertThat(jdbc.update("INSERT INTO held_a (id, note) VALUES (?, ?)", i, "first " + i))
                            .isEqualTo(Statement.SUCCESS_NO_INFO); // held, not yet run
                    if (i % 3 == 0) {
                        jdbc.update("UPDATE held_a SET note = ? WHERE id = ?", "changed " + i, i);
                    }
                    jdbc.update("INSERT INTO held_b (id, a_id) VALUES (?, ?)", i, i);
                    if (i % 5 == 0) {
                        jdbc.update("DELETE FROM held_a WHERE id = ?", i);
                        jdbc.update("INSERT INTO held_a (id, note) VALUES (?, ?)", i, "again " + i);
                    }
                }
                // when: a read in the middle of the batch
                return jdbc.query("SELECT COUNT(*) FROM held_b", rs -> rs.getInt(1));
            }));

            // then: the read saw every write before it, and each row holds its last statement's values
            assertThat(seen).containsExactly(rows);
            assertThat(jdbc.query("SELECT COUNT(*) FROM held_a", rs -> rs.getInt(1))).containsExactly(rows);
            for (int i : new int[] {0, 1, 3, 5, 6, 10, rows - 1}) {
                String expected = i % 5 == 0 ? "again " + i : i % 3 == 0 ? "changed " + i : "first " + i;
                assertThat(jdbc.query("SELECT note FROM held_a WHERE id = ?", rs -> rs.getString(1), i)).containsExactly(expected);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void aWriteThatReadsAnotherTableSeesThatTablesHeldRows(TestStores kind) {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            Jdbc jdbc = core.get(Jdbc.class);
            JdbcTransactions tx = core.store().transactions();
            createTables(jdbc);
            jdbc.update("INSERT INTO held_b (id, a_id) VALUES (1, 1), (2, 2)");

            // when: the same cross-table statement before and after a row of the table it reads;
            // held with its own table's batch, both would run before that row reached the database
            String unlinkKnown = "UPDATE held_b SET a_id = NULL WHERE a_id IN (SELECT id FROM held_a)";
            tx.executeInTransaction(() -> jdbc.batching(() -> {
                jdbc.update(unlinkKnown);
                jdbc.update("INSERT INTO held_a (id, note) VALUES (?, ?)", 1, "one");
                jdbc.update(unlinkKnown);
                return null;
            }));

            // then: the second one saw the row
            assertThat(jdbc.query("SELECT id FROM held_b WHERE a_id IS NULL", rs -> rs.getInt(1))).containsExactly(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void aRowTheDatabaseRefusesFailsTheTransactionAndNothingIsKept(TestStores kind) {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            Jdbc jdbc = core.get(Jdbc.class);
            JdbcTransactions tx = core.store().transactions();
            createTables(jdbc);

            // when: the second of two rows with the same key is refused when the batch is sent
            assertThatThrownBy(() -> tx.executeInTransaction(() -> jdbc.batching(() -> {
                jdbc.update("INSERT INTO held_a (id, note) VALUES (?, ?)", 1, "one");
                jdbc.update("INSERT INTO held_b (id, a_id) VALUES (?, ?)", 1, 1);
                jdbc.update("INSERT INTO held_a (id, note) VALUES (?, ?)", 1, "one again");
                return null;
            }))).isInstanceOf(StoreUnavailableException.class);

            // then: neither table kept anything, and the thread writes one by one again
            assertThat(jdbc.query("SELECT COUNT(*) FROM held_a", rs -> rs.getInt(1))).containsExactly(0);
            assertThat(jdbc.query("SELECT COUNT(*) FROM held_b", rs -> rs.getInt(1))).containsExactly(0);
            assertThat(jdbc.update("INSERT INTO held_a (id, note) VALUES (?, ?)", 2, "two")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void batchingOnlyRunsInsideATransaction(TestStores kind) {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            Jdbc jdbc = core.get(Jdbc.class);
            assertThatThrownBy(() -> jdbc.batching(() -> null)).isInstanceOf(IllegalStateException.class);
        }
    }

    private static void createTables(Jdbc jdbc) {
        jdbc.update("CREATE TABLE held_a (id INT PRIMARY KEY, note VARCHAR(40))");
        jdbc.update("CREATE TABLE held_b (id INT PRIMARY KEY, a_id INT)");
    }
}
