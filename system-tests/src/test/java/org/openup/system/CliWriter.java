package org.openup.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes moments through the packaged CLI, one {@code openup moment} run after another, as a person
 * beside the web app would; some runs are killed (SIGKILL) at a random moment of their own. A run
 * that printed "Noted: ID" and exited 0 was answered; a killed one was not.
 */
final class CliWriter implements AutoCloseable {

    private static final Path JAR = Path.of(WebNodes.required("openup.cli.jar"));
    private static final Path LIB = Path.of(WebNodes.required("openup.cli.lib"));
    private static final Pattern NOTED = Pattern.compile("Noted: (\\S+)");

    private final Map<String, String> env;
    private final Random random;
    private final List<MomentLoad.Ack> answered = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private volatile boolean stopped;
    private Thread loop;
    private int killed;

    CliWriter(Map<String, String> env, Random random) {
        this.env = new HashMap<>(env);
        this.random = random;
    }

    /** A profile with a journey of its own, then moments until {@link #close}. */
    CliWriter start() throws Exception {
        Run init = run(List.of("init", "--name", "Cli writer"), false);
        if (init.exit() != 0) {
            throw new IllegalStateException("openup init failed: " + init.output());
        }
        loop = new Thread(() -> {
            for (int i = 0; !stopped; i++) {
                try {
                    // never a kill before the first answer, so a slow machine still gets one
                    Run run = run(List.of("moment", "From the terminal, number " + i), !answered.isEmpty() && random.nextInt(4) == 0);
                    Matcher noted = NOTED.matcher(run.output());
                    if (run.exit() == 0 && noted.find()) {
                        answered.add(new MomentLoad.Ack(null, noted.group(1)));
                    } else if (run.exit() != 137) { // killed here: not answered, and not a failure
                        failures.add("exit " + run.exit() + ": " + run.output());
                    }
                } catch (Exception e) {
                    failures.add(e.toString());
                }
            }
        }, "cli-writer");
        loop.start();
        return this;
    }

    private record Run(int exit, String output) {
    }

    private Run run(List<String> args, boolean killSomewhere) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", JAR + java.io.File.pathSeparator + LIB.resolve("*"), "org.openup.cli.Cli"));
        command.addAll(args);
        // output to a file: a killed process's pipe is closed under the reader
        Path output = java.nio.file.Files.createTempFile("openup-cli", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (killSomewhere && !process.waitFor(200 + random.nextInt(1_500), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly(); // SIGKILL, wherever it is: starting, writing or answering
                killed++;
            }
            int exit = process.waitFor();
            return new Run(exit, java.nio.file.Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            java.nio.file.Files.deleteIfExists(output);
        }
    }

    List<MomentLoad.Ack> answered() {
        return answered;
    }

    List<String> failures() {
        return failures;
    }

    int killed() {
        return killed;
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        if (loop != null) {
            loop.join(120_000);
        }
    }
}
