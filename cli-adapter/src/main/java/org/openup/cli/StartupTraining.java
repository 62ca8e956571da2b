package org.openup.cli;

import org.openup.plugin.cli.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A short, typical session of CLI commands on a throw-away store, run once by the launcher after
 * a build with {@code -XX:ArchiveClassesAtExit}. The class-data archive then holds the classes a
 * real command needs (the store, the engine, the read models), not only those one first command
 * happened to load, so every later run maps them in instead of loading and verifying them.
 */
public final class StartupTraining {

    private static final List<List<String>> SESSION = List.of(
            List.of("init", "--name", "Training"),
            List.of("reframe", "How do I get them to talk?", "--accept"),
            List.of("moment", "They told me about their day"),
            List.of("scene", "Evening walk", "--place", "outdoors"),
            List.of("invite", "--topic", "the week", "--minutes", "5"),
            List.of("partner", "show"),
            List.of("insights"),
            List.of("timeline", "--json"),
            List.of("moment", "--list"));

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Cli.configureForShortRun();
        Path home = Files.createTempDirectory("openup-training");
        try {
            Map<String, String> env = new HashMap<>(System.getenv());
            env.remove("OPENUP_DB_URL");
            env.remove("OPENUP_MASTER_KEY");
            train(home, env);
        } catch (IllegalStateException e) {
            // The archive is only an optimisation: say why it is thinner and let the real command run.
            System.err.println("openup: " + e.getMessage());
            System.exit(ExitCode.INTERNAL);
        } finally {
            deleteTree(home);
        }
    }

    /** Runs the session as a new member on a store under {@code home}; fails on the first command that does. */
    static void train(Path home, Map<String, String> env) {
        Map<String, String> training = new HashMap<>(env);
        training.put("OPENUP_HOME", home.toString());
        PrintWriter silent = new PrintWriter(Writer.nullWriter());
        for (List<String> command : SESSION) {
            StringWriter err = new StringWriter();
            int exit = Cli.run(command.toArray(String[]::new), training, silent, new PrintWriter(err, true), false);
            if (exit != ExitCode.OK) {
                throw new IllegalStateException("start-up training stopped at '" + String.join(" ", command)
                        + "' (exit " + exit + "): " + err.toString().strip());
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
