package org.openup.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates and upgrades the tables on start. Each step is a numbered SQL resource; every statement
 * in it is idempotent (IF NOT EXISTS), so two processes starting on a fresh store at once, or a
 * crash halfway through a step, leave a usable schema behind.
 */
public final class Schema {

    private static final Logger log = LoggerFactory.getLogger(Schema.class);

    /** The steps in order; the schema version is the number of steps applied. */
    static final List<String> STEPS = List.of("V1__event_store.sql", "V2__journeys.sql", "V3__method.sql",
            "V4__accounts.sql", "V5__member_keys.sql", "V6__notifications.sql",
            "V7__one_processor.sql", "V8__outbox_by_journey.sql", "V9__replay_clearing.sql");

    public static int currentVersion() {
        return STEPS.size();
    }

    private Schema() {
    }

    public static void migrate(DataSource dataSource, boolean postgres) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                if (postgres) {
                    // Serialises concurrent first starts of several nodes; released at commit.
                    s.execute("SELECT pg_advisory_xact_lock(7070)");
                }
                s.execute("CREATE TABLE IF NOT EXISTS openup_schema (version INTEGER NOT NULL PRIMARY KEY, "
                        + "name VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
            int applied = version(c);
            for (int i = applied; i < STEPS.size(); i++) {
                String step = STEPS.get(i);
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(read(step))) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO openup_schema (version, name, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, i + 1);
                    p.setString(2, step);
                    p.setTimestamp(3, Timestamp.from(Instant.now()));
                    p.executeUpdate();
                }
                log.info("Schema step {} applied", step);
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreUnavailableException("Could not create or upgrade the database schema: " + e.getMessage(), e);
        }
    }

    /** The version recorded in the store, or 0 for an empty store. */
    public static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM openup_schema")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The statements of a script: one per semicolon at a line end, comment lines left out. Plugins use it for their own tables. */
    public static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        return out;
    }

    private static String read(String step) {
        try (InputStream in = Schema.class.getResourceAsStream("/org/openup/schema/" + step)) {
            if (in == null) {
                throw new IllegalStateException("Schema step missing from the build: " + step);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read schema step " + step, e);
        }
    }
}
