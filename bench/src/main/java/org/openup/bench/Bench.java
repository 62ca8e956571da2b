package org.openup.bench;

import org.openup.engine.crypto.MasterKey;
import org.openup.engine.store.Store;
import org.openup.engine.store.StoreSettings;
import org.openup.testing.Folders;
import org.openup.testing.PostgresServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every figure of docs/performance.md, each next to its limit measured in the same run on the same
 * machine, printed as a Markdown table. Run through {@code bench/run}; see its header for options.
 */
public final class Bench {

    /** What can be measured alone (--phases=commands,reads): all of them unless told. */
    private static final String[] PHASES = {"replay", "commands", "reads", "start"};

    private final Path root;
    private final String kind;
    private final int events;
    private final int seconds;
    /** Load before each measured phase: the JIT compiles for tens of seconds before a server reaches its steady pace. */
    private final int warmUp;
    private final int clients;
    private final int connections;
    private final Path home;
    private final Set<String> phases;
    private final List<String> rows = new ArrayList<>();

    private Bench(Map<String, String> options) throws Exception {
        root = Path.of(options.getOrDefault("root", ".")).toAbsolutePath().normalize();
        kind = options.getOrDefault("store", "sqlite");
        events = Integer.parseInt(options.getOrDefault("events", "10000"));
        seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        warmUp = Integer.parseInt(options.getOrDefault("warm-up", "20"));
        clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        connections = Integer.parseInt(options.getOrDefault("connections", "100"));
        phases = Set.of(options.getOrDefault("phases", String.join(",", PHASES)).split(","));
        if (!Set.of(PHASES).containsAll(phases)) {
            throw new IllegalArgumentException("--phases takes a comma-separated list of " + String.join(", ", PHASES));
        }
        home = Path.of(options.getOrDefault("home", Files.createTempDirectory("openup-bench").toString())).toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        new Bench(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Files.createDirectories(home);
        Path keyFile = home.resolve("bench-master.key");
        if (!Files.exists(keyFile)) {
            Files.writeString(keyFile, MasterKey.generate());
        }
        String key = Files.readString(keyFile).strip();
        Map<String, String> env = new HashMap<>(Map.of(StoreSettings.HOME, home.toString(), MasterKey.ENV, key));
        if (kind.equals("postgres")) {
            env.put(StoreSettings.DB_URL, PostgresServer.shared().newDatabaseUrl());
            env.put(StoreSettings.DB_USER, "postgres");
        }
        StoreSettings settings = StoreSettings.from(env);
        log("store " + settings.displayUrl() + " in " + home);

        long existing = eventCount(settings);
        if (existing < events) {
            log("seeding " + (events - existing) + " events through the real command path");
            Processes.openup(root, env, "admin", "seed", "--events", String.valueOf(events - existing), "--threads", "2");
        }
        long stored = eventCount(settings);
        if (!settings.isPostgres()) {
            long bytes = storeBytes(settings);
            rows.add(String.format(Locale.ROOT, "| %s | %,d | store on disk after seeding (bytes per event; file, WAL and shared memory) | %,.0f | | | ≤ 2,048 |",
                    kind, stored, (double) bytes / Math.max(stored, 1)));
        }

        if (phases.contains("replay")) {
            log("replay");
            ReplayRate.Result replay = ReplayRate.run(settings);
            row(stored, "projection replay (events/s)", replay.replayPerSecond(),
                    "plain JDBC: read + deserialise the same events, batch-insert the same rows", replay.rawPerSecond(), "≥ 50 %");
        }
        if (phases.contains("commands") || phases.contains("reads")) {
            measureServer(settings, env, stored);
        }
        if (phases.contains("start")) {
            measureStart(env, stored);
        }

        System.out.println();
        System.out.println("OpenUp benchmarks, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version"));
        System.out.println();
        System.out.println("| store | events | figure | OpenUp | limit (same run) | OpenUp / limit | target |");
        System.out.println("|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private void measureServer(StoreSettings settings, Map<String, String> env, long stored) throws Exception {
        try (Processes.Server server = Processes.benchServer(root, env)) {
            Http http = new Http(server.webPort());
            if (phases.contains("commands")) {
                measureCommands(settings, http, stored);
            }
            if (phases.contains("reads")) {
                measureReads(server, http, stored);
            }
            long[] rss = server.residentMiB();
            rows.add(String.format(Locale.ROOT, "| %s | %,d | web adapter resident memory after the load (MiB) | %d (peak %d) | | | |",
                    kind, stored, rss[0], rss[1]));
        }
    }

    private void measureCommands(StoreSettings settings, Http http, long stored) throws Exception {
        List<Http.Member> members = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            members.add(http.newMemberWithJourney());
        }
        log("command load, warm-up for " + warmUp + " s");
        Wrk.momentWriters(http.url(""), members, warmUp);
        log("command load, " + clients + " clients for " + seconds + " s");
        Wrk.Result commands = Wrk.momentWriters(http.url(""), members, seconds);
        int payload = averageBytes(settings, "payload");
        int metaData = averageBytes(settings, "meta_data");
        log("storage limit, " + clients + " writers for " + seconds + " s (rows of " + payload + " + " + metaData + " bytes)");
        double limit = storageLimit(settings, payload, metaData);
        row(stored, "commands over HTTP, " + clients + " clients (per s)", commands.perSecond(), "plain JDBC event append, same concurrency",
                limit, "≥ 50 %");
        rows.add(String.format(Locale.ROOT, "| %s | %,d | command latency p50 / p99 (ms) | %.1f / %.1f | | | %d failed |",
                kind, stored, commands.p50Millis(), commands.p99Millis(), commands.errors()));
    }

    private void measureReads(Processes.Server server, Http http, long stored) throws Exception {
        // the same journey in every run: thirty moments, so reads on small and large stores compare
        Http.Member reader = http.newMemberWithJourney();
        for (int i = 0; i < 30; i++) {
            Http.expect(201, http.send("POST", "/api/v1/journeys/" + reader.journeyId() + "/moments", reader.token(),
                    Http.MOMENT));
        }
        log("read load, " + connections + " connections, each route warmed up for " + warmUp + " s");
        Wrk.run("http://127.0.0.1:" + server.barePort() + "/bare", null, connections, warmUp);
        Wrk.Result bare = Wrk.run("http://127.0.0.1:" + server.barePort() + "/bare", null, connections, seconds);
        for (String read : List.of("insights", "timeline")) {
            Wrk.run(http.url("/api/v1/journeys/" + reader.journeyId() + "/" + read), reader.token(), connections, warmUp);
            Wrk.Result r = Wrk.run(http.url("/api/v1/journeys/" + reader.journeyId() + "/" + read), reader.token(), connections, seconds);
            rows.add(String.format(Locale.ROOT, "| %s | %,d | %s p50 / p99 at %d clients (ms) | %.1f / %.1f | bare Javalin route: %.1f / %.1f | | p99 < 50 ms; %d errors |",
                    kind, stored, read, connections, r.p50Millis(), r.p99Millis(), bare.p50Millis(), bare.p99Millis(), r.errors()));
            rows.add(String.format(Locale.ROOT, "| %s | %,d | %s throughput (req/s) | %,.0f | bare Javalin route: %,.0f | %.0f %% | |",
                    kind, stored, read, r.perSecond(), bare.perSecond(), 100 * r.perSecond() / bare.perSecond()));
        }
    }

    private void measureStart(Map<String, String> env, long stored) throws Exception {
        log("start-up");
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            starts.add(Processes.webStartToFirstHealthy(root, env));
        }
        starts.sort(null);
        long java = Processes.medianMillis(7, root, Map.of(), "java", "-version");
        rows.add(String.format(Locale.ROOT, "| %s | %,d | web adapter start to first 200 on /health (ms, median of 3) | %d | `java -version`: %d | | |",
                kind, stored, starts.get(1), java));
        if (!Files.exists(home.resolve("profiles/default.properties"))) {
            Processes.openup(root, env, "init", "--name", "Bench");
        }
        long cli = Processes.medianMillis(7, root, env, root.resolve("openup").toString(), "partner", "show");
        rows.add(String.format(Locale.ROOT, "| %s | %,d | CLI read `openup partner show` (ms, median of 7) | %d | `java -version`: %d | | well under 1 s |",
                kind, stored, cli, java));
    }

    private void row(long stored, String figure, double value, String limitName, double limit, String target) {
        rows.add(String.format(Locale.ROOT, "| %s | %,d | %s | %,.0f | %s: %,.0f | %.0f %% | %s |", kind, stored, figure, value,
                limitName, limit, 100 * value / limit, target));
    }

    /**
     * PostgreSQL: tables laid out as the event store's in the same database. SQLite: the event
     * store of a fresh file opened as the product opens its own, removed afterwards.
     */
    private double storageLimit(StoreSettings settings, int payload, int metaData) throws Exception {
        Duration length = Duration.ofSeconds(seconds);
        if (settings.isPostgres()) {
            try (Store store = Store.open(settings); Connection c = store.dataSource().getConnection();
                 java.sql.Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS bench_event_entry (LIKE domain_event_entry INCLUDING ALL)");
                s.execute("CREATE TABLE IF NOT EXISTS bench_snapshot_entry (LIKE snapshot_event_entry INCLUDING ALL)");
                return JdbcWriteLimit.run(store.dataSource(), "bench_event_entry", "bench_snapshot_entry", clients, length,
                        payload, metaData);
            }
        }
        Path file = Files.createTempDirectory(home, "jdbc-limit");
        try (Store store = Store.open(StoreSettings.embedded(file))) {
            return JdbcWriteLimit.run(store.dataSource(), "domain_event_entry", "snapshot_event_entry", clients, length,
                    payload, metaData);
        } finally {
            Folders.deleteTree(file); // gigabytes after a run: every benchmark run used to leave one behind
        }
    }

    /** The database file with its WAL and shared memory, as they lie on disk now. */
    private static long storeBytes(StoreSettings settings) throws Exception {
        long bytes = 0;
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path file = Path.of(settings.embeddedFile() + suffix);
            if (Files.exists(file)) {
                bytes += Files.size(file);
            }
        }
        return bytes;
    }

    private static long eventCount(StoreSettings settings) {
        try (Store store = Store.open(settings)) {
            return store.eventCount();
        }
    }

    private static int averageBytes(StoreSettings settings, String column) throws Exception {
        try (Store store = Store.open(settings); Connection c = store.dataSource().getConnection();
             PreparedStatement p = c.prepareStatement("SELECT AVG(OCTET_LENGTH(" + column + ")) FROM domain_event_entry "
                     + "WHERE payload_type LIKE '%MomentNoted'");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return (int) Math.round(rs.getDouble(1));
        }
    }

    private static void log(String what) {
        System.err.println("[bench] " + what);
    }
}
