package org.openup.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Checks signatures with the {@code standardwebhooks} npm package run by node: an implementation we
 * did not write. The package is installed under {@code target/} on first use, so a clean machine
 * with node and npm needs nothing else.
 */
final class StandardWebhooksVerifier {

    static final String PACKAGE = "standardwebhooks@1.1.1";
    private static final Path HOME = Path.of("target", "webhook-verifier");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Delivery(String secret, Map<String, String> headers, String body) {
    }

    private StandardWebhooksVerifier() {
    }

    static synchronized void install() throws IOException, InterruptedException {
        if (Files.isDirectory(HOME.resolve("node_modules/standardwebhooks"))) {
            return;
        }
        Files.createDirectories(HOME);
        run(List.of("npm", "install", "--prefix", HOME.toString(), "--no-audit", "--no-fund", "--loglevel=error", PACKAGE), 300);
    }

    /** One result per delivery: {@code {id, ok, type}} or {@code {id, ok:false, error}}. */
    static JsonNode verify(List<Delivery> deliveries) throws IOException, InterruptedException {
        install();
        Path input = Files.createTempFile(HOME, "deliveries", ".json");
        JSON.writeValue(input.toFile(), deliveries);
        String out = run(List.of("node", Path.of("src/test/node/verify.js").toAbsolutePath().toString(), input.toAbsolutePath().toString()), 60);
        return JSON.readTree(out);
    }

    private static String run(List<String> command, int seconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.environment().put("NODE_PATH", HOME.resolve("node_modules").toAbsolutePath().toString());
        Process p = builder.start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes());
        if (!p.waitFor(seconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + err);
        }
        return new String(out);
    }
}
