package org.openup.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.engine.store.Backups;
import org.openup.engine.store.Store;
import org.openup.engine.store.StoreSettings;
import org.openup.testing.TestStores;
import org.openup.testing.WebProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What another user of the same machine can reach while the web adapter runs on the embedded
 * store: no socket but the web port (OpenUp 0.1's store listened on all interfaces for other
 * processes), and no file under {@code $OPENUP_HOME}, nor a backup, that group or others may read.
 * The process's sockets are read from {@code /proc}, as {@code ss -lntp} would show them.
 */
class LocalUserIT {

    @TempDir
    Path home;

    private final WebNodes nodes = new WebNodes();
    private final Api api = new Api();
    private final Targets targets = new Targets();

    @AfterEach
    void killNodes() {
        nodes.killAll();
    }

    @Test
    void theOnlyListeningSocketIsTheWebPortAndEveryFileIsOwnerOnly() throws Exception {
        // given: a web adapter on a fresh embedded store, in use by a couple, with a CLI-style process beside it
        StoreSettings settings = TestStores.SQLITE.newStore(home.resolve("store"));
        WebProcess node = nodes.start("local-user", TestStores.SQLITE.environment(settings));
        targets.set(List.of(node.uri("/")));
        Couple.join(api, targets, "local");
        Path backup = settings.home().resolve("backups").resolve("today.zip");
        try (Store beside = Store.open(settings)) {
            Backups.backup(beside, backup);
        }

        // then: the process listens on the web port alone
        assertThat(listeningPorts(node.pid())).as("ports process %d listens on", node.pid()).containsExactly(node.port());
        // and nothing under the home folder is open to group or others: database, WAL, shared memory, key, backup
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(settings.home())) {
            all.forEach(files::add);
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("openup.db", "openup.db-wal", "openup.db-shm", "master.key", "today.zip");
        for (Path file : files) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            assertThat(permissions).as("permissions of %s", file).noneMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"));
        }
    }

    /** TCP ports in LISTEN state whose socket the process holds: its fds matched against /proc/net/tcp and tcp6. */
    private static List<Integer> listeningPorts(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // an fd closed between the listing and the read
                }
            }
        }
        assertThat(inodes).as("sockets of process %d (is /proc readable?)", pid).isNotEmpty();
        List<Integer> ports = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.exists(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path).subList(1, Files.readAllLines(path).size())) {
                String[] columns = line.trim().split("\\s+");
                // local address, remote address, state (0A = LISTEN), ..., inode at column 9
                if (columns.length > 9 && columns[3].equals("0A") && inodes.contains(columns[9])) {
                    ports.add(Integer.parseInt(columns[1].substring(columns[1].indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }
}
