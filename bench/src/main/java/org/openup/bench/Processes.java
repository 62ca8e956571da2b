package org.openup.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The separate processes a benchmark starts: the server under load, the launcher, java itself. */
final class Processes {

    private static final Pattern READY = Pattern.compile("READY web=(\\d+) bare=(\\d+) pid=(\\d+)");
    private static final Pattern RUNNING = Pattern.compile("running at http://127\\.0\\.0\\.1:(\\d+)/");

    record Server(Process process, int webPort, int barePort, long pid) implements AutoCloseable {
        /** Resident set size now and at its peak, in MiB, from the kernel's view of the process. */
        long[] residentMiB() throws IOException {
            long rss = 0;
            long peak = 0;
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kib(line) / 1024;
                } else if (line.startsWith("VmHWM:")) {
                    peak = kib(line) / 1024;
                }
            }
            return new long[] {rss, peak};
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        private static long kib(String line) {
            return Long.parseLong(line.replaceAll("\\D", ""));
        }
    }

    private Processes() {
    }

    static Server benchServer(Path root, Map<String, String> env) throws IOException, InterruptedException {
        Path jar;
        try (var jars = Files.list(root.resolve("bench/target"))) {
            jar = jars.filter(p -> p.getFileName().toString().matches("openup-bench-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("bench/target holds no jar: build with mvn -pl bench -am package"));
        }
        // the web adapter's own logging, not the test configuration the core's test jar brings along
        // the heap ./openup web gives the web adapter
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-Dlogback.configurationFile=logback.xml"));
        // e.g. BENCH_SERVER_OPTS="-XX:StartFlightRecording=filename=/tmp/server.jfr" to profile the server under load
        String extra = System.getenv("BENCH_SERVER_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", jar + ":" + root.resolve("bench/target/lib") + "/*", BenchServer.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = READY.matcher(line);
            if (m.find()) {
                drain(out);
                return new Server(process, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
            }
        }
        throw new IllegalStateException("the bench server stopped before it was ready (exit " + process.waitFor(5, TimeUnit.SECONDS) + ")");
    }

    /** Keeps reading what the process writes, so a full pipe never stops it. */
    private static void drain(BufferedReader out) {
        Thread reader = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // nothing to keep
                }
            } catch (IOException closed) {
                // the process ended
            }
        }, "bench-server-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Milliseconds from starting {@code ./openup web} to its first 200 on {@code /health}. */
    static long webStartToFirstHealthy(Path root, Map<String, String> env) throws Exception {
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(root.resolve("openup").toString(), "web", "--port", "0")
                .directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process web = builder.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(web.getInputStream(), StandardCharsets.UTF_8));
            int port = -1;
            for (String line = out.readLine(); line != null && port < 0; line = out.readLine()) {
                Matcher m = RUNNING.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
            }
            if (port < 0) {
                throw new IllegalStateException("./openup web never said where it runs");
            }
            drain(out);
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build();
            while (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                Thread.sleep(5);
            }
            return (System.nanoTime() - started) / 1_000_000;
        } finally {
            web.destroy();
            web.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** The median wall time, in milliseconds, of {@code runs} runs of {@code command}. */
    static long medianMillis(int runs, Path dir, Map<String, String> env, String... command) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().putAll(env);
            long started = System.nanoTime();
            int exit = builder.start().waitFor();
            times.add((System.nanoTime() - started) / 1_000_000);
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
            }
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    /** Runs a launcher command to its end, failing loudly. */
    static void openup(Path root, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(root.resolve("openup").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).inheritIO();
        builder.environment().putAll(env);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("openup " + String.join(" ", args) + " exited with " + exit);
        }
    }
}
