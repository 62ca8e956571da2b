package org.openup.engine.store;

import org.openup.engine.crypto.Keyring;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded store: one SQLite file under {@code $OPENUP_HOME}, shared by the web adapter and
 * any number of CLI runs through SQLite's own file locking (nothing listens on the network).
 * <ul>
 * <li>WAL journal with {@code synchronous=FULL}: every commit is synced to disk before it returns,
 *     so an answered command survives a power cut, not only a killed process; readers never wait
 *     for the writer. A command's transaction instead syncs its commit together with others',
 *     after its turn to write ({@link GroupSync}).</li>
 * <li>Transactions begin {@code IMMEDIATE}, with a busy timeout: a read followed by a write in a
 *     deferred transaction fails at once with SQLITE_BUSY when another writer got there first;
 *     taking the write lock at the start makes it wait its turn instead.</li>
 * <li>{@code secure_delete}: deleted rows are overwritten, so a destroyed member key leaves no copy
 *     in the file's free space (see {@link Keyring#forget}).</li>
 * <li>Temporary tables and indices in memory, never in a file outside {@code $OPENUP_HOME}.</li>
 * </ul>
 * The file, its WAL and its shared-memory file are owner-only: SQLite gives the WAL and
 * shared-memory files the mode of the database file, which is created 0600 here before SQLite
 * opens it.
 */
public final class EmbeddedDatabase {

    /** How long a writer waits for another's transaction (a replay holds the lock throughout). */
    static final int BUSY_TIMEOUT_MILLIS = 60_000;

    private EmbeddedDatabase() {
    }

    static DataSource open(StoreSettings settings) throws IOException {
        OwnerOnlyFiles.folder(settings.home());
        Path file = settings.embeddedFile();
        OwnerOnlyFiles.file(file);
        restrictCompanions(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // Nothing reads generated keys, and the driver asks for them after every INSERT with a
        // query it leaves running, which keeps a kept statement's connection busy (no VACUUM INTO).
        config.setGetGeneratedKeys(false);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(settings.jdbcUrl());
        return new StatementCache(dataSource);
    }

    /** The database with its WAL and shared memory, gone (a carry-over that failed half-way). */
    static void deleteFiles(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                // left behind: the next start then finds a store and says so
            }
        }
    }

    /** The WAL and shared-memory files beside the database, made owner-only if they exist. */
    static void restrictCompanions(Path file) throws IOException {
        OwnerOnlyFiles.restrictIfPresent(Path.of(file + "-wal"));
        OwnerOnlyFiles.restrictIfPresent(Path.of(file + "-shm"));
        OwnerOnlyFiles.restrictIfPresent(Path.of(file + "-journal"));
    }
}
