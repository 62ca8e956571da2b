package org.openup.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web adapter running as a separate process, for tests that need a real one: started from any
 * command line that runs {@code openup web --port 0} (the launcher, or java on the adapter's
 * jar), its output kept in a log file, its address read from the line it prints once it serves.
 * {@link #kill()} is a SIGKILL, the stand-in for a crash: no shutdown hook runs.
 */
public final class WebProcess implements AutoCloseable {

    private static final Pattern ADDRESS = Pattern.compile("running at http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Duration START_LIMIT = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final int port;

    private WebProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code command} in {@code directory} with {@code env} added, and waits until it serves. */
    public static WebProcess start(List<String> command, Path directory, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Matcher m = ADDRESS.matcher(read(log));
                if (m.find()) {
                    return new WebProcess(process, log, Integer.parseInt(m.group(1)));
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("The web adapter exited with " + process.exitValue()
                            + " before serving:\n" + tail(log, 40));
                }
                Thread.sleep(50); // polling its log; the deadline above bounds the wait
            }
            throw new IllegalStateException("The web adapter did not report its address within "
                    + START_LIMIT.toSeconds() + " s:\n" + tail(log, 40));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the web adapter started", e);
        } catch (RuntimeException | IOException e) {
            process.destroyForcibly(); // never leave an orphan behind a failed start
            throw e;
        }
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, as a crash or the kernel's OOM killer would end it; returns the exit status (137). */
    public int kill() {
        process.destroyForcibly();
        return awaitExit();
    }

    /** SIGTERM: the web adapter stops its server and core first, handing back the projections' segments, then exits (143). */
    public int stop() {
        process.destroy();
        return awaitExit();
    }

    private int awaitExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** The last {@code lines} lines of its output, for failure messages. */
    public String logTail(int lines) {
        return tail(log, lines);
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = read(log).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Lenient about a character cut in half by a write still in progress. */
    private static String read(Path log) throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    }

    /** Kills it if it still runs, so a failing test leaves no process behind. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
