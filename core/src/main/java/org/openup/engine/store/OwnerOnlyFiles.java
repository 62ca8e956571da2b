package org.openup.engine.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders that only their owner may read, whatever the process umask: everything OpenUp
 * writes under {@code $OPENUP_HOME} (the database with its WAL and shared-memory files, the master
 * key, profiles) and every backup. Another local user must not be able to read a store that holds
 * password hashes, session tokens and wrapped keys.
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /**
     * Creates {@code folder} as 0700 when it is missing (its missing parents too). A folder that
     * exists keeps its mode: it may be one the person chose and shares on purpose; the files in
     * it are owner-only either way.
     */
    public static Path folder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return absolute;
        }
        if (absolute.getParent() != null && !Files.isDirectory(absolute.getParent())) {
            folder(absolute.getParent());
        }
        try {
            Files.createDirectory(absolute);
            restrict(absolute, FOLDER);
        } catch (FileAlreadyExistsException raced) {
            // another process made it first
        }
        return absolute;
    }

    /** Creates an empty 0600 file if none is there, and makes an existing one 0600. */
    public static Path file(Path file) throws IOException {
        try {
            Files.createFile(file, attributes(FILE));
        } catch (FileAlreadyExistsException exists) {
            // fine: tightened below
        }
        restrict(file, FILE);
        return file;
    }

    /**
     * Makes an existing file 0600; a missing one is left missing. SQLite removes a WAL's
     * shared-memory file when another process's last connection closes, so one seen a moment
     * ago may be gone by the time it is restricted: that is missing too.
     */
    public static void restrictIfPresent(Path file) throws IOException {
        if (Files.exists(file)) {
            try {
                restrict(file, FILE);
            } catch (java.nio.file.NoSuchFileException gone) {
                // removed in between: nothing left to restrict
            }
        }
    }

    /** A new temporary file beside {@code near}, 0600 from the moment it exists. */
    public static Path tempFileBeside(Path near, String prefix, String suffix) throws IOException {
        Path folder = near.toAbsolutePath().getParent();
        return posix(folder) ? Files.createTempFile(folder, prefix, suffix, attributes(FILE))
                : Files.createTempFile(folder, prefix, suffix);
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean posix(Path path) throws IOException {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.getFileStore(existing).supportsFileAttributeView("posix");
    }

    private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)};
    }
}
