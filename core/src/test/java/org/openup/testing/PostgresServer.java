package org.openup.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: Debian's binaries, a throw-away cluster on a free loopback
 * port, started once per test JVM and stopped when it exits. {@code initdb} refuses to run as root,
 * so as root it runs as the {@code postgres} user. Each test gets a database of its own.
 */
public final class PostgresServer {

    private static PostgresServer shared;

    private final int port;
    private final Path dataDir;
    private final Path bin;

    private PostgresServer(Path bin, Path dataDir, int port) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
    }

    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** A fresh, empty database on the shared server, as a JDBC URL. */
    public String newDatabaseUrl() {
        String name = "openup_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Path binaries() {
        return bin;
    }

    public int port() {
        return port;
    }

    private static PostgresServer start() {
        Path bin = findBinaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path dataDir = Files.createTempDirectory("openup-pg-");
            int port = freePort();
            if (root) {
                run(List.of("chown", "-R", "postgres:postgres", dataDir.toString()));
            }
            run(asPostgres(root, bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", "postgres",
                    "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"));
            run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-t", "60",
                    "-l", dataDir.resolve("server.log").toString(),
                    "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dataDir
                            + " -c fsync=on -c max_connections=200",
                    "start"));
            PostgresServer server = new PostgresServer(bin, dataDir, port);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(root), "stop-test-postgres"));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the test PostgreSQL server", e);
        }
    }

    private void stop(boolean root) {
        try {
            run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "stop"));
        } finally {
            try {
                Folders.deleteTree(dataDir);
            } catch (IOException ignored) {
                // a leftover temp folder is harmless
            }
        }
    }

    private static Path findBinaries() {
        Path base = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(base)) {
            try (Stream<Path> versions = Files.list(base)) {
                var found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IOException ignored) {
                // fall through to the error below
            }
        }
        throw new IllegalStateException("PostgreSQL server binaries not found under /usr/lib/postgresql. "
                + "Run the tests with ./run-tests, which installs Debian's postgresql package.");
    }

    private static List<String> asPostgres(boolean root, String... command) {
        List<String> out = new ArrayList<>();
        if (root) {
            out.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        out.addAll(List.of(command));
        return out;
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("Command failed: " + String.join(" ", command) + "\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
