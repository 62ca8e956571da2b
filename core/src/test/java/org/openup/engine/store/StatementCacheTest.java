package org.openup.engine.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Statements kept per connection on a real SQLite file: reused, reset between users, never shared by two at once. */
class StatementCacheTest {

    @TempDir
    Path home;

    private DataSource cache;

    @BeforeEach
    void aTable() throws Exception {
        cache = EmbeddedDatabase.open(StoreSettings.embedded(home)); // as the product opens its file
        assertThat(cache).isInstanceOf(StatementCache.class);
        try (Connection c = cache.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE word (id INTEGER PRIMARY KEY, text TEXT)");
            s.execute("INSERT INTO word VALUES (1, 'one'), (2, 'two'), (3, 'three')");
        }
    }

    @Test
    void theSameSqlGetsTheSameCompiledStatementWithItsParametersCleared() throws SQLException {
        try (Connection c = cache.getConnection()) {
            PreparedStatement first = c.prepareStatement("SELECT text FROM word WHERE id = ?");
            PreparedStatement compiled = first.unwrap(PreparedStatement.class);
            first.setInt(1, 2);
            assertThat(text(first)).isEqualTo("two");
            first.close();
            assertThat(first.isClosed()).isTrue();
            assertThatThrownBy(() -> first.setInt(1, 1)).isInstanceOf(SQLException.class);

            PreparedStatement second = c.prepareStatement("SELECT text FROM word WHERE id = ?");
            assertThat(second.unwrap(PreparedStatement.class)).isSameAs(compiled);
            assertThat(second.getConnection()).isSameAs(c);
            // the earlier value is gone: an unbound parameter is NULL and finds nothing
            try (ResultSet rs = second.executeQuery()) {
                assertThat(rs.next()).isFalse();
            }
            second.setInt(1, 3);
            assertThat(text(second)).isEqualTo("three");
            second.close();
        }
    }

    @Test
    void aQueryInsideAnotherOfTheSameSqlGetsAStatementOfItsOwn() throws SQLException {
        try (Connection c = cache.getConnection();
             PreparedStatement outer = c.prepareStatement("SELECT text FROM word WHERE id >= ? ORDER BY id");
             PreparedStatement inner = c.prepareStatement("SELECT text FROM word WHERE id >= ? ORDER BY id")) {
            assertThat(inner.unwrap(PreparedStatement.class)).isNotSameAs(outer.unwrap(PreparedStatement.class));
            outer.setInt(1, 1);
            inner.setInt(1, 3);
            StringBuilder seen = new StringBuilder();
            try (ResultSet rs = outer.executeQuery()) {
                while (rs.next()) {
                    seen.append(rs.getString(1)).append('/').append(text(inner)).append(' ');
                }
            }
            assertThat(seen.toString()).isEqualTo("one/three two/three three/three ");
        }
    }

    @Test
    void aResultLeftOpenByItsUserDoesNotKeepTheFileFromAWriter() throws SQLException {
        try (Connection reader = cache.getConnection(); Connection writer = cache.getConnection()) {
            PreparedStatement query = reader.prepareStatement("SELECT text FROM word ORDER BY id");
            ResultSet rs = query.executeQuery();
            assertThat(rs.next()).isTrue();
            query.close(); // the result was never closed by its user
            try (PreparedStatement insert = writer.prepareStatement("INSERT INTO word VALUES (4, 'four')")) {
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            // a WAL checkpoint that must wait for no reader succeeds in full: nobody still reads
            try (Statement s = writer.createStatement(); ResultSet checkpoint = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                assertThat(checkpoint.next()).isTrue();
                assertThat(checkpoint.getInt(1)).as("busy").isZero();
            }
        }
    }

    @Test
    void keptStatementsThatRanLeaveTheConnectionFreeForABackup() throws SQLException {
        try (Connection c = cache.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO word VALUES (?, ?)")) {
                insert.setInt(1, 5);
                insert.setString(2, "five");
                insert.executeUpdate();
            }
            PreparedStatement partRead = c.prepareStatement("SELECT text FROM word ORDER BY id");
            assertThat(partRead.executeQuery().next()).isTrue();
            partRead.close();
            // VACUUM refuses while any statement of its connection is still running
            try (PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, home.resolve("copy.db").toString());
                vacuum.execute();
            }
        }
        assertThat(home.resolve("copy.db")).exists();
    }

    private static String text(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
