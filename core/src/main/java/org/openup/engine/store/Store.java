package org.openup.engine.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The database: a connection pool on the embedded SQLite file or on PostgreSQL, with the schema
 * brought up to date, and the transaction manager every part of the engine shares.
 */
public final class Store implements AutoCloseable {

    /** Indexes below the head within which a late commit is noticed (far more than ever commit at once). */
    static final int STAMP_WINDOW = 100;
    /** How long another node's commit may go unnoticed by this one's cached reads (PostgreSQL). */
    static final long STAMP_MEMO_NANOS = 20_000_000L;
    private volatile Memo stampMemo;

    private final StoreSettings settings;
    private final HikariDataSource dataSource;
    private final JdbcTransactions transactions;
    private final InUseMark inUse;

    private Store(StoreSettings settings, HikariDataSource dataSource, InUseMark inUse) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.transactions = new JdbcTransactions(dataSource, inUse,
                settings.isPostgres() ? null : GroupSync.forWalOf(settings.embeddedFile()));
        this.inUse = inUse;
    }

    public static Store open(StoreSettings settings) {
        if (settings.isPostgres()) {
            HikariConfig config = poolConfig();
            config.setJdbcUrl(settings.jdbcUrl());
            config.setUsername(settings.user());
            config.setPassword(settings.password());
            return new Store(settings, migrated(config, settings), null);
        }
        InUseMark inUse;
        try {
            inUse = InUseMark.take(settings.home());
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot create the data folder " + settings.home()
                    + " (set OPENUP_HOME to a writable folder): " + e.getMessage(), e);
        }
        // One process at a time sets the file up: two starting together on a store of OpenUp 0.1
        // would otherwise both carry it over, and the loser would remove the winner's new file.
        try (InUseMark.SetUp setUp = inUse.setUp()) {
            boolean carryOver = H2CarryOver.due(settings); // asked before the new file exists
            HikariConfig config = poolConfig();
            config.setDataSource(EmbeddedDatabase.open(settings));
            HikariDataSource dataSource = null;
            try {
                dataSource = migrated(config, settings);
                if (carryOver) {
                    H2CarryOver.carry(settings, dataSource);
                }
                EmbeddedDatabase.restrictCompanions(settings.embeddedFile());
            } catch (RuntimeException | IOException e) {
                if (dataSource != null) {
                    dataSource.close();
                }
                if (carryOver) {
                    EmbeddedDatabase.deleteFiles(settings.embeddedFile()); // made here, under the lock: the next start carries over again
                }
                throw e instanceof RuntimeException r ? r : new StoreUnavailableException("Cannot secure the store's files", e);
            }
            return new Store(settings, dataSource, inUse);
        } catch (IOException | RuntimeException e) {
            inUse.close();
            throw e instanceof RuntimeException r ? r : new StoreUnavailableException("Cannot open the store in "
                    + settings.home() + ": " + e.getMessage(), e);
        }
    }

    private static HikariConfig poolConfig() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("openup");
        config.setMaximumPoolSize(12);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(15_000);
        config.setInitializationFailTimeout(5_000);
        return config;
    }

    /** The pool on {@code config}, its schema brought up to date; closed again if that fails. */
    private static HikariDataSource migrated(HikariConfig config, StoreSettings settings) {
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("Cannot open the store at " + settings.displayUrl() + ": "
                    + rootMessage(e), e);
        }
        try {
            Migrations.migrateCore(dataSource, settings);
            return dataSource;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
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

    /**
     * Changes whenever an event commits, in any process: the newest global index. On SQLite one
     * writer at a time makes indexes follow commit order, so the head alone tells. On PostgreSQL a
     * transaction that took a lower index can commit after a higher one was seen, so the count of
     * the newest {@link #STAMP_WINDOW} indexes joins it (a commit that lands below the head adds
     * one there). Either is asked at most every 20 ms, and this process's own commits count at
     * once, so a cached read here sees another process's or node's write within 20 ms and its own
     * at once.
     */
    public Object changeStamp() {
        // Asked of the store at most every STAMP_MEMO_NANOS: on PostgreSQL a round trip per read,
        // under 100 connections on two cores, cut cached reads to a sixth (2,300 against 13,800
        // req/s of the bare route); on SQLite, where the query is in-process, it still took cached
        // insights from 17,800 to 20,900 req/s. This process's own commits move the stamp at once.
        Memo memo = stampMemo;
        long now = System.nanoTime();
        if (memo == null || now - memo.takenAt() > STAMP_MEMO_NANOS) {
            memo = new Memo(now, settings.isPostgres() ? storedStamp() : headIndex());
            stampMemo = memo;
        }
        return List.of(memo.stamp(), transactions.commits());
    }

    private record Memo(long takenAt, Object stamp) {
    }

    private Object storedStamp() {
        try (Connection c = transactions.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(global_index), COUNT(*) FROM domain_event_entry WHERE global_index > "
                     + "(SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry) - " + STAMP_WINDOW)) {
            rs.next();
            return List.of(rs.getLong(1), rs.getLong(2));
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot read the event store", e);
        }
    }

    /**
     * The file of OpenUp 0.1 left beside the embedded store after its carry-over, while it is
     * still there: it holds every member's key as it was then, so forgetting does not reach it.
     */
    public Optional<Path> oldStoreLeftBehind() {
        Path carried = H2CarryOver.carried(settings);
        return !settings.isPostgres() && Files.exists(carried) ? Optional.of(carried) : Optional.empty();
    }

    /** Whether the read models are to be rebuilt from the events before use (a row in {@code replay_due}). */
    public boolean replayDue() {
        return queryLong("SELECT COUNT(*) FROM replay_due") > 0;
    }

    public long eventCount() {
        return queryLong("SELECT COUNT(*) FROM domain_event_entry");
    }

    /** The newest schema migration applied to the core's tables. */
    public int schemaVersion() {
        return Migrations.coreVersion(dataSource);
    }

    /** The newest schema migration this build knows for this kind of store. */
    public int expectedSchemaVersion() {
        return Migrations.latestCore(settings);
    }

    /**
     * After personal data was destroyed (a member's key): on the embedded store, copies every page
     * from the WAL into the database and truncates the WAL to nothing, so the only copy left of a
     * changed page is the new one, and {@code secure_delete} has zeroed what the change freed.
     * A reader in another process can hold the WAL for a moment: tried again for a few seconds.
     * PostgreSQL keeps old row versions until its vacuum reuses their space (docs/privacy.md).
     */
    public void scrubFreedSpace() {
        if (settings.isPostgres()) {
            return;
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // a truncating checkpoint holds new writers while it waits for readers: it waits briefly
            // and tries again, rather than holding every writer for the whole busy timeout
            s.execute("PRAGMA busy_timeout = 200");
            try {
                checkpoint(s, deadline);
            } finally {
                s.execute("PRAGMA busy_timeout = " + EmbeddedDatabase.BUSY_TIMEOUT_MILLIS);
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot empty the store's journal: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void checkpoint(Statement s, long deadline) throws SQLException, InterruptedException {
        while (true) {
            try (ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                if (rs.next() && rs.getInt(1) == 0) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new StoreUnavailableException("The store's journal could not be emptied after a forget: "
                        + "another process keeps reading it. The key is destroyed; SQLite empties the journal when the last "
                        + "OpenUp process using the store stops.", null);
            }
            Thread.sleep(50);
        }
    }

    private long queryLong(String sql) {
        try (Connection c = transactions.getConnection();
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
        try {
            dataSource.close();
        } finally {
            if (inUse != null) {
                inUse.close();
            }
        }
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
