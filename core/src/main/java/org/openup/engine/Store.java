package org.openup.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database: a connection pool on the configured URL with the schema brought up to date, and
 * the transaction manager every part of the engine shares.
 */
public final class Store implements AutoCloseable {

    private final StoreSettings settings;
    private final HikariDataSource dataSource;
    private final JdbcTransactions transactions;
    private final EmbeddedFileUpkeep upkeep;

    private Store(StoreSettings settings, HikariDataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.transactions = new JdbcTransactions(dataSource);
        this.upkeep = settings.isPostgres() ? null : new EmbeddedFileUpkeep(dataSource);
    }

    public static Store open(StoreSettings settings) {
        if (!settings.isPostgres()) {
            try {
                Files.createDirectories(settings.home());
            } catch (IOException e) {
                throw new StoreUnavailableException("Cannot create the data folder " + settings.home()
                        + " (set OPENUP_HOME to a writable folder)", e);
            }
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setPoolName("openup");
        config.setMaximumPoolSize(12);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(15_000);
        config.setInitializationFailTimeout(5_000);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("Cannot open the store at " + settings.displayUrl() + ": "
                    + rootMessage(e), e);
        }
        try {
            Schema.migrate(dataSource, settings.isPostgres());
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Store(settings, dataSource);
    }

    public StoreSettings settings() {
        return settings;
    }

    public JdbcTransactions transactions() {
        return transactions;
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    /** Global index of the newest committed event, or -1 for an empty store. */
    public long headIndex() {
        return queryLong("SELECT COALESCE(MAX(global_index), -1) FROM domain_event_entry");
    }

    public long eventCount() {
        return queryLong("SELECT COUNT(*) FROM domain_event_entry");
    }

    public int schemaVersion() {
        try (Connection c = dataSource.getConnection()) {
            return Schema.version(c);
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot read the schema version", e);
        }
    }

    private long queryLong(String sql) {
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot read the event store", e);
        }
    }

    @Override
    public void close() {
        if (upkeep != null) {
            upkeep.close();
        }
        dataSource.close();
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
