package org.openup.system;

import org.openup.testing.WebProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the packaged web adapter the way the launcher does ({@code java -cp jar:lib/* WebMain}),
 * but without the launcher's "rebuild when sources changed" check: three nodes starting at once
 * must never start three builds. Each node's output goes to {@code target/node-logs}.
 */
final class WebNodes {

    private static final Path JAR = Path.of(required("openup.web.jar"));
    private static final Path LIB = Path.of(required("openup.web.lib"));
    private static final Path LOGS = Path.of(required("openup.logs"));

    private final List<WebProcess> started = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Starts a node on the store in {@code env}; {@code name} names its log file. */
    WebProcess start(String name, Map<String, String> env) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No web adapter jar at " + JAR + ": run these tests through Maven "
                    + "(mvn verify), which packages the web adapter first.");
        }
        Files.createDirectories(LOGS);
        Map<String, String> environment = new HashMap<>(env);
        // one access-log line per request would only slow the load down; the logs keep errors
        environment.putIfAbsent("OPENUP_ACCESS_LOG", "OFF");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // three nodes, the test and PostgreSQL share two cores: a small heap and the quick JIT
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", JAR + java.io.File.pathSeparator + LIB.resolve("*"),
                "org.openup.web.WebMain", "--port", "0");
        WebProcess node = WebProcess.start(command, JAR.getParent(), environment,
                LOGS.resolve(name + "-" + System.currentTimeMillis() + ".log"));
        started.add(node);
        return node;
    }

    /** SIGKILLs every node still running, so no process outlives a failed test. */
    void killAll() {
        started.forEach(WebProcess::close);
        started.clear();
    }

    /** A path the failsafe configuration passes in (the packaged adapters); also used by {@link CliWriter}. */
    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set: run these tests through "
                    + "Maven (mvn verify -pl system-tests -am), whose failsafe configuration sets it.");
        }
        return value;
    }
}
