package org.openup.engine.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A shared lock on {@code $OPENUP_HOME/openup.lock} held by every process that has the embedded
 * store open, so a restore (which replaces the database file) can tell that none has: it needs
 * the lock exclusively. SQLite's own locks cannot tell, since an idle connection holds none.
 * Java allows one lock per file and process, so stores opened on the same home in one process
 * share it.
 */
final class InUseMark implements AutoCloseable {

    static final String FILE_NAME = "openup.lock";

    private record Held(FileChannel channel, FileLock lock, int users) {
    }

    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path home;
    private boolean closed;

    private InUseMark(Path home) {
        this.home = home;
    }

    static InUseMark take(Path home) throws IOException {
        Path key = home.toAbsolutePath().normalize();
        synchronized (HELD) {
            Held held = HELD.get(key);
            if (held == null) {
                FileChannel channel = open(key);
                held = new Held(channel, channel.lock(0, Long.MAX_VALUE, true), 0);
            }
            HELD.put(key, new Held(held.channel(), held.lock(), held.users() + 1));
        }
        return new InUseMark(key);
    }

    /**
     * Runs {@code work} while no process (this one included) has the store open; empty without
     * running it when one has.
     */
    static <T> Optional<T> whileUnused(Path home, IOWork<T> work) throws IOException {
        Path key = home.toAbsolutePath().normalize();
        synchronized (HELD) {
            if (HELD.containsKey(key)) {
                return Optional.empty();
            }
            try (FileChannel channel = open(key); FileLock lock = channel.tryLock(0, Long.MAX_VALUE, false)) {
                if (lock == null) {
                    return Optional.empty();
                }
                return Optional.of(work.run());
            }
        }
    }

    @FunctionalInterface
    interface IOWork<T> {
        T run() throws IOException;
    }

    private static FileChannel open(Path home) throws IOException {
        OwnerOnlyFiles.folder(home);
        Path file = OwnerOnlyFiles.file(home.resolve(FILE_NAME));
        return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (closed) {
                return;
            }
            closed = true;
            Held held = HELD.get(home);
            if (held.users() > 1) {
                HELD.put(home, new Held(held.channel(), held.lock(), held.users() - 1));
                return;
            }
            HELD.remove(home);
            try {
                held.channel().close(); // releases the lock
            } catch (IOException e) {
                // the lock goes with the process at the latest
            }
        }
    }
}
