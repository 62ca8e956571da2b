package org.openup.engine.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Carries a store written by OpenUp 0.1 (an H2 file, {@code openup.mv.db}) into the SQLite file,
 * on the first start that finds the old file and no new one. Everything that is not derived is
 * copied as it is, in one transaction: the events in their order with their global indexes,
 * snapshots, accounts, sessions, member keys, the notification outbox, and the plugins' tables
 * (made here from the old file's columns when no plugin has made them yet; plugins' first
 * migrations create their tables only if missing). The read models are not copied: the row in
 * {@code replay_due} has the engine rebuild them from the events on its first start. The old
 * file is then renamed, never deleted: it is the person's to check and remove (it still holds
 * what H2 never overwrote, such as keys of members forgotten before).
 */
final class H2CarryOver {

    private static final Logger log = LoggerFactory.getLogger(H2CarryOver.class);

    static final String OLD_FILE = "openup.mv.db";
    static final String CARRIED_SUFFIX = ".carried-into-sqlite";

    /** Derived from the events, or bookkeeping of 0.1's engine: rebuilt or gone, never copied. */
    private static final Set<String> NOT_CARRIED = Set.of("token_entry", "openup_schema", "replay_clearing",
            "journey_view", "journey_member_view", "partner_invitation_view", "question_view", "constraint_view",
            "moment_view", "scene_view", "invitation_view", "talk_view", "talk_rating_view", "deeper_topics_view",
            "partner_question_view");
    /** Copied first, in this order (the events before anything that refers to them); other tables after, by name. */
    private static final List<String> FIRST = List.of("domain_event_entry", "snapshot_event_entry", "master_key_check",
            "member_key", "account", "web_session", "login_failure");

    private H2CarryOver() {
    }

    /** Whether {@code home} holds a 0.1 store and no SQLite one yet. */
    static boolean due(StoreSettings settings) {
        return !settings.isPostgres() && Files.isRegularFile(settings.home().resolve(OLD_FILE))
                && !Files.exists(settings.embeddedFile());
    }

    /** The old file's path once carried over. */
    static Path carried(StoreSettings settings) {
        return settings.home().resolve(OLD_FILE + CARRIED_SUFFIX);
    }

    /** Copies the old store into {@code target} (a freshly migrated, empty SQLite store) and renames the old file. */
    static void carry(StoreSettings settings, DataSource target) {
        Path old = settings.home().resolve(OLD_FILE);
        String url = "jdbc:h2:file:" + settings.home().resolve("openup") + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        long started = System.nanoTime();
        Map<String, Long> copied = new LinkedHashMap<>();
        try (Connection from = DriverManager.getConnection(url, "sa", "");
             Connection to = target.getConnection()) {
            to.setAutoCommit(false);
            try {
                for (String table : tables(from)) {
                    ensureTable(from, to, table);
                    copied.put(table, copy(from, to, table));
                }
                try (Statement s = to.createStatement()) {
                    s.execute("INSERT INTO replay_due (reason) VALUES ('carried over from OpenUp 0.1 (H2)')");
                    // the next index continues after the last carried one, never reusing a number
                    s.execute("DELETE FROM sqlite_sequence WHERE name = 'domain_event_entry'");
                    s.execute("INSERT INTO sqlite_sequence (name, seq) SELECT 'domain_event_entry', COALESCE(MAX(global_index), 0) "
                            + "FROM domain_event_entry");
                }
                to.commit();
            } catch (SQLException | RuntimeException e) {
                to.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("The store of OpenUp 0.1 in " + old + " could not be carried into "
                    + settings.embeddedFile() + " (is an old OpenUp still running on it? stop it and start again): "
                    + e.getMessage(), e);
        }
        try {
            Files.move(old, carried(settings), StandardCopyOption.ATOMIC_MOVE);
            // 0.1 left it readable by others; it holds password hashes and every member's key as it was then
            OwnerOnlyFiles.restrictIfPresent(carried(settings));
            Files.deleteIfExists(settings.home().resolve("openup.trace.db"));
            Files.deleteIfExists(settings.home().resolve("openup.lock.db"));
        } catch (IOException e) {
            throw new StoreUnavailableException("Carried over, but " + old + " could not be renamed: " + e.getMessage(), e);
        }
        log.warn("Carried the store of OpenUp 0.1 into {} in {} ms ({}). The old file is now {}: check the new store, "
                        + "then delete it (it still holds what H2 never overwrote, such as keys of members forgotten before).",
                settings.embeddedFile(), (System.nanoTime() - started) / 1_000_000, copied, carried(settings));
    }

    private static List<String> tables(Connection from) throws SQLException {
        List<String> found = new ArrayList<>();
        try (ResultSet rs = from.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!NOT_CARRIED.contains(name)) {
                    found.add(name);
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        for (String table : FIRST) {
            if (found.remove(table)) {
                ordered.add(table);
            }
        }
        found.sort(null);
        ordered.addAll(found);
        return ordered;
    }

    /** A plugin's table that no migration has made here yet: made with the old file's columns and primary key. */
    private static void ensureTable(Connection from, Connection to, String table) throws SQLException {
        try (ResultSet rs = to.getMetaData().getTables(null, null, table, null)) {
            if (rs.next()) {
                return;
            }
        }
        StringJoiner columns = new StringJoiner(", ");
        try (ResultSet rs = from.getMetaData().getColumns(null, "PUBLIC", table.toUpperCase(Locale.ROOT), null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " " + rs.getString("TYPE_NAME")
                        + ("NO".equals(rs.getString("IS_NULLABLE")) ? " NOT NULL" : ""));
            }
        }
        List<String> key = new ArrayList<>();
        try (ResultSet rs = from.getMetaData().getPrimaryKeys(null, "PUBLIC", table.toUpperCase(Locale.ROOT))) {
            while (rs.next()) {
                key.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        if (!key.isEmpty()) {
            columns.add("PRIMARY KEY (" + String.join(", ", key) + ")");
        }
        try (Statement s = to.createStatement()) {
            s.execute("CREATE TABLE " + table + " (" + columns + ")");
        }
    }

    private static long copy(Connection from, Connection to, String table) throws SQLException {
        long rows = 0;
        try (Statement read = from.createStatement();
             ResultSet rs = read.executeQuery("SELECT * FROM " + table + orderFor(table))) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            StringJoiner names = new StringJoiner(", ");
            StringJoiner marks = new StringJoiner(", ");
            for (int i = 1; i <= n; i++) {
                names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                marks.add("?");
            }
            try (PreparedStatement write = to.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")) {
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        bind(write, i, rs, meta.getColumnType(i));
                    }
                    write.addBatch();
                    if (++rows % 1_000 == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
        }
        return rows;
    }

    private static String orderFor(String table) {
        return table.equals("domain_event_entry") ? " ORDER BY global_index" : "";
    }

    /** Times as the SQLite driver writes them (milliseconds), bytes as bytes, the rest as it is. */
    private static void bind(PreparedStatement write, int i, ResultSet rs, int type) throws SQLException {
        switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> write.setTimestamp(i, rs.getTimestamp(i));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> write.setBytes(i, rs.getBytes(i));
            case Types.BOOLEAN -> {
                boolean value = rs.getBoolean(i);
                if (rs.wasNull()) {
                    write.setNull(i, Types.BOOLEAN);
                } else {
                    write.setBoolean(i, value);
                }
            }
            default -> write.setObject(i, rs.getObject(i));
        }
    }
}
