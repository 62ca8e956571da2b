package org.openup.engine;

import org.openup.failure.InvalidInputException;
import org.openup.failure.RefusedException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Backup and restore of the embedded store. A backup is H2's online {@code BACKUP TO}: consistent
 * while the web adapter keeps running. A restore replaces the database file, so nothing may have
 * the store open. PostgreSQL has its own tools (pg_dump, pg_basebackup).
 */
public final class Backups {

    private static final String DB_FILE = "openup.mv.db";

    private Backups() {
    }

    public static Path backup(Store store, Path zip) {
        requireEmbedded(store.settings());
        Path target = zip.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".openup-backup", ".zip");
            Files.delete(tmp); // H2 refuses to overwrite
            try (Connection c = store.dataSource().getConnection(); PreparedStatement p = c.prepareStatement("BACKUP TO ?")) {
                p.setString(1, tmp.toString());
                p.execute();
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException | SQLException e) {
            throw new StoreUnavailableException("The backup could not be written to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Puts the backed-up database in place of the current one; the store must not be open anywhere. */
    public static void restore(StoreSettings settings, Path zip) {
        requireEmbedded(settings);
        if (!Files.isRegularFile(zip)) {
            throw new InvalidInputException("backup", "There is no backup file at " + zip.toAbsolutePath() + ".");
        }
        Path home = settings.home();
        if (Files.exists(home.resolve("openup.lock.db"))) {
            throw new RefusedException("The store is in use (" + home.resolve("openup.lock.db") + " exists). Stop the web "
                    + "adapter and any other OpenUp process, then restore again. If none is running, the lock file is stale: "
                    + "delete it and retry.");
        }
        try {
            Files.createDirectories(home);
            Path tmp = Files.createTempFile(home, ".openup-restore", ".db");
            boolean found = false;
            try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
                for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                    if (Path.of(e.getName()).getFileName().toString().equals(DB_FILE)) {
                        Files.copy(entries, tmp, StandardCopyOption.REPLACE_EXISTING);
                        found = true;
                    }
                }
            }
            if (!found) {
                Files.deleteIfExists(tmp);
                throw new InvalidInputException("backup", zip + " is not an OpenUp backup (it holds no " + DB_FILE + ").");
            }
            Files.move(tmp, home.resolve(DB_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreUnavailableException("The backup could not be restored: " + e.getMessage(), e);
        }
    }

    private static void requireEmbedded(StoreSettings settings) {
        if (settings.isPostgres()) {
            throw new RefusedException("Backups here are for the embedded store. For PostgreSQL use pg_dump or pg_basebackup.");
        }
    }
}
