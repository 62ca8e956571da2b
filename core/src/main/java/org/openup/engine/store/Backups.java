package org.openup.engine.store;

import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.RefusedException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backup and restore of the embedded store. A backup is SQLite's {@code VACUUM INTO}: a consistent
 * copy taken while the web adapter keeps running, written afresh, so it holds no free pages (and
 * nothing a forget before it destroyed), zipped and owner-only. A restore replaces the database
 * file, so no process may have the store open. PostgreSQL has its own tools (pg_dump, pg_basebackup).
 */
public final class Backups {

    private static final String DB_ENTRY = StoreSettings.EMBEDDED_FILE;

    private Backups() {
    }

    public static Path backup(Store store, Path zip) {
        requireEmbedded(store.settings());
        Path target = zip.toAbsolutePath();
        Path copy = null;
        Path tmpZip = null;
        try {
            OwnerOnlyFiles.folder(target.getParent());
            copy = OwnerOnlyFiles.tempFileBeside(target, ".openup-backup", ".db");
            try (Connection c = store.dataSource().getConnection(); PreparedStatement p = c.prepareStatement("VACUUM INTO ?")) {
                p.setString(1, copy.toString());
                p.execute();
            }
            tmpZip = OwnerOnlyFiles.tempFileBeside(target, ".openup-backup", ".zip");
            try (OutputStream out = Files.newOutputStream(tmpZip); ZipOutputStream entries = new ZipOutputStream(out)) {
                entries.putNextEntry(new ZipEntry(DB_ENTRY));
                Files.copy(copy, entries);
                entries.closeEntry();
            }
            Files.move(tmpZip, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException | SQLException e) {
            throw new StoreUnavailableException("The backup could not be written to " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(copy);
            deleteQuietly(tmpZip);
        }
    }

    /** Puts the backed-up database in place of the current one; no process may have the store open. */
    public static void restore(StoreSettings settings, Path zip) {
        requireEmbedded(settings);
        if (!Files.isRegularFile(zip)) {
            throw new InvalidInputException("backup", "There is no backup file at " + zip.toAbsolutePath() + ".");
        }
        Path home = settings.home();
        try {
            OwnerOnlyFiles.folder(home);
            boolean done = InUseMark.whileUnused(home, () -> {
                Path tmp = OwnerOnlyFiles.tempFileBeside(settings.embeddedFile(), ".openup-restore", ".db");
                try {
                    if (!extract(zip, tmp)) {
                        throw new InvalidInputException("backup", zip + " is not an OpenUp backup (it holds no " + DB_ENTRY + ").");
                    }
                    // the journal of the replaced database must not be applied to the restored one
                    Files.deleteIfExists(Path.of(settings.embeddedFile() + "-wal"));
                    Files.deleteIfExists(Path.of(settings.embeddedFile() + "-shm"));
                    Files.move(tmp, settings.embeddedFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    deleteQuietly(tmp);
                }
                return true;
            }).orElse(false);
            if (!done) {
                throw new RefusedException("The store in " + home + " is in use. Stop the web adapter and any other OpenUp "
                        + "process using it, then restore again.");
            }
        } catch (IOException e) {
            throw new StoreUnavailableException("The backup could not be restored: " + e.getMessage(), e);
        }
    }

    private static boolean extract(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                if (Path.of(e.getName()).getFileName().toString().equals(DB_ENTRY)) {
                    Files.copy(entries, into, StandardCopyOption.REPLACE_EXISTING);
                    return true;
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new InvalidInputException("backup", zip + " is not an OpenUp backup (not a zip file).");
        }
        return false;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is owner-only and named as one
            }
        }
    }

    private static void requireEmbedded(StoreSettings settings) {
        if (settings.isPostgres()) {
            throw new RefusedException("Backups here are for the embedded store. For PostgreSQL use pg_dump or pg_basebackup.");
        }
    }
}
