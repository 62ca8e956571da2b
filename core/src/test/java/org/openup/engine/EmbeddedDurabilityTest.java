package org.openup.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit on the embedded store survives the process being killed right after it: the web
 * adapter answers a write once it is committed, so a SIGKILL a moment later must not take it back.
 */
class EmbeddedDurabilityTest {

    @TempDir
    Path home;

    @Test
    void aCommitSurvivesASigkillRightAfterIt() throws Exception {
        // Given a table on the embedded store, and another process that committed a row to it and says so
        String url = StoreSettings.embedded(home).jdbcUrl();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE durable (id INT PRIMARY KEY)");
        }
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitThenWait.class.getName(), url)
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.equals("committed")) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("the writer's output:\n%s", seen).isEqualTo("committed");
        } finally {
            // When it is killed at once, with no chance to close the database
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        // Then the row is there when the store is opened again
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM durable")) {
            rs.next();
            assertThat(rs.getInt(1)).as("rows committed before the kill").isEqualTo(1);
        }
    }

    /** The other process: commits one row, prints "committed", and waits to be killed. */
    public static final class CommitThenWait {
        public static void main(String[] args) throws Exception {
            try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO durable VALUES (1)");
                }
                c.commit();
                System.out.println("committed");
                System.out.flush();
                Thread.sleep(TimeUnit.MINUTES.toMillis(2)); // killed long before this ends
            }
        }
    }
}
