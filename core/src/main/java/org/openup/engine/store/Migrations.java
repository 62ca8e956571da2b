package org.openup.engine.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;

/**
 * The schema, brought up to date by Flyway on every start. The core has one migration set per
 * kind of store ({@code org/openup/schema/sqlite}, {@code org/openup/schema/postgresql}) and each
 * plugin one of its own, each with its own history table. On PostgreSQL, Flyway serialises
 * several nodes starting together with an advisory lock, so the schema migrates once.
 * <p>A PostgreSQL store written before Flyway kept its own record ({@code openup_schema}, steps 1
 * to 9, which are the same files as the first nine migrations here): it is taken as the baseline,
 * and only later migrations run on it.
 */
public final class Migrations {

    /** The core's history table. */
    static final String CORE_HISTORY = "flyway_schema_history";
    /**
     * The newest core migration of each kind of store in this build (MigrationsTest holds it to
     * what Flyway finds). A store already there is not handed to Flyway at all: setting Flyway up
     * and scanning its folder cost a CLI run a few hundred milliseconds at every start.
     */
    static final int LATEST_SQLITE = 6;
    static final int LATEST_POSTGRESQL = 15;

    private Migrations() {
    }

    public static void migrateCore(DataSource dataSource, StoreSettings settings) {
        if (applied(dataSource, CORE_HISTORY) >= latestCore(settings)) {
            return;
        }
        FluentConfiguration config = configure(dataSource, CORE_HISTORY, "classpath:org/openup/schema/" + settings.kind());
        if (settings.isPostgres()) {
            legacyVersion(dataSource).ifPresent(version -> config.baselineOnMigrate(true).baselineVersion(String.valueOf(version))
                    .baselineDescription("steps applied before Flyway"));
        }
        migrate(config, "the database schema");
    }

    /**
     * A plugin's own tables, from its migration folder ({@code classpath:...}), recorded in
     * {@code history}; nothing is done when {@code latest} (the plugin's newest migration) is applied.
     */
    public static void migratePlugin(DataSource dataSource, String history, String location, int latest) {
        if (applied(dataSource, history) >= latest) {
            return;
        }
        // a plugin starts on a store the core already made: its first migration runs on a schema that is not empty
        migrate(configure(dataSource, history, location).baselineOnMigrate(true).baselineVersion("0"), location);
    }

    /** The newest migration applied to the core's schema, or 0 on an empty store. */
    public static int coreVersion(DataSource dataSource) {
        return applied(dataSource, CORE_HISTORY);
    }

    /** The newest core migration this build brings for the store's kind. */
    public static int latestCore(StoreSettings settings) {
        return settings.isPostgres() ? LATEST_POSTGRESQL : LATEST_SQLITE;
    }

    /** The newest core migration Flyway finds in this build's folder for the store's kind (for the test that holds {@link #latestCore} to it). */
    static int scannedCoreTarget(DataSource dataSource, StoreSettings settings) {
        return Arrays.stream(configure(dataSource, CORE_HISTORY, "classpath:org/openup/schema/" + settings.kind()).load().info().all())
                .filter(m -> m.getVersion() != null && m.getScript() != null && m.getScript().endsWith(".sql"))
                .mapToInt(m -> Integer.parseInt(m.getVersion().getVersion())).max().orElse(0);
    }

    private static FluentConfiguration configure(DataSource dataSource, String history, String location) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .table(history)
                .locations(location)
                .validateMigrationNaming(true)
                .cleanDisabled(true);
    }

    private static void migrate(FluentConfiguration config, String what) {
        try {
            config.load().migrate(); // only called when the history lacks the newest migration
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("Could not create or upgrade " + what + ": " + Store.rootMessage(e), e);
        }
    }

    /** The newest version recorded in {@code history} as applied, or 0 when there is none (or no such table). */
    static int applied(DataSource dataSource, String history) {
        try (Connection c = dataSource.getConnection()) {
            try (ResultSet tables = c.getMetaData().getTables(null, null, history, null)) {
                if (!tables.next()) {
                    return 0;
                }
            }
            int newest = 0;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version FROM " + history + " WHERE success AND version IS NOT NULL")) {
                while (rs.next()) {
                    try {
                        newest = Math.max(newest, Integer.parseInt(rs.getString(1)));
                    } catch (NumberFormatException notOurs) {
                        // a version that is not a whole number: left to Flyway
                    }
                }
            }
            return newest;
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot read the store's schema history: " + e.getMessage(), e);
        }
    }

    /** The version recorded by the schema steps OpenUp ran before Flyway, when that record exists. */
    private static Optional<Integer> legacyVersion(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet tables = meta.getTables(null, null, "openup_schema", null)) {
                if (!tables.next()) {
                    return Optional.empty();
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM openup_schema")) {
                rs.next();
                return Optional.of(rs.getInt(1)).filter(v -> v > 0);
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot read the store's schema record: " + e.getMessage(), e);
        }
    }
}
