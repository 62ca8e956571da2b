package org.openup.cli;

import org.openup.plugin.cli.ExitCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.engine.store.StoreSettings;
import org.openup.testing.TestStores;
import org.openup.testing.WebProcess;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real launcher, as separate processes: the CLI beside a live web adapter on one
 * store, a SIGKILL of the web adapter, and a restart that finds every event and read model.
 */
class LauncherIT {

    private static final Path ROOT = findRoot();

    @TempDir
    Path home;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private Map<String, String> env;

    record Result(int exit, String out, String err) {
    }

    private Result openup(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("openup").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().putAll(env);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("openup " + String.join(" ", args) + " finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Result ok(String... args) throws Exception {
        Result r = openup(args);
        assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    private WebProcess startWeb() throws Exception {
        return WebProcess.start(List.of(ROOT.resolve("openup").toString(), "web", "--port", "0"), ROOT, env,
                Files.createTempFile(home, "web", ".log"));
    }

    private JsonNode health(int port) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return json.readTree(r.body());
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void theCliWorksBesideALiveWebAdapterAndNothingIsLostToSigkill(TestStores kind) throws Exception {
        StoreSettings settings = kind.newStore(home.resolve("store"));
        env = kind.environment(settings);

        ok("init", "--name", "Ana");
        String code = json.readTree(ok("partner", "invite", "--json").out()).get("code").asText();
        ok("partner", "join", code, "--name", "Ben", "--profile", "ben");

        WebProcess web = startWeb();
        try {
            int port = web.port();
            assertThat(health(port).at("/store/events").asLong()).isEqualTo(3);

            // Beside the live web adapter: a read and a write from the CLI, on the same store.
            JsonNode seen = json.readTree(ok("partner", "show", "--json", "--profile", "ben").out());
            assertThat(seen.get("members").findValuesAsText("displayName")).containsExactly("Ana", "Ben");
            ok("partner", "leave", "--yes", "--profile", "ben");
            JsonNode afterLeave = json.readTree(ok("partner", "show", "--json").out());
            assertThat(afterLeave.at("/members/1/leftAt").isNull()).as(afterLeave.toString()).isFalse();
            assertThat(health(port).at("/store/events").asLong()).isEqualTo(4);
        } finally {
            assertThat(web.kill()).isEqualTo(137); // SIGKILL: no shutdown hook runs
        }

        try (WebProcess restarted = startWeb()) {
            JsonNode health = health(restarted.port());
            assertThat(health.at("/store/events").asLong()).isEqualTo(4);
            assertThat(health.at("/store/schemaVersion").asInt()).isPositive();
            JsonNode journey = json.readTree(ok("partner", "show", "--json").out());
            assertThat(journey.get("members").findValuesAsText("displayName")).containsExactly("Ana", "Ben");
            assertThat(journey.at("/members/1/leftAt").isNull()).isFalse();
        }
    }

    @Test
    void anOnlineBackupBesideALiveWebAdapterRestoresThroughTheLauncher() throws Exception {
        env = Map.of("OPENUP_HOME", home.resolve("store").toString());
        ok("init", "--name", "Ana");
        ok("moment", "before the backup");
        Path zip = home.resolve("backup.zip");
        WebProcess web = startWeb();
        try {
            JsonNode written = json.readTree(ok("admin", "backup", zip.toString(), "--json").out()); // online, while the web adapter runs
            assertThat(written.get("backup").asText()).isEqualTo(zip.toAbsolutePath().toString());
            ok("moment", "after the backup");
            Result refused = openup("admin", "restore", zip.toString());
            assertThat(refused.exit()).isEqualTo(ExitCode.REFUSED);
            assertThat(refused.err()).contains("in use");
        } finally {
            assertThat(web.stop()).isNotEqualTo(-1);
        }
        assertThat(json.readTree(ok("admin", "restore", zip.toString(), "--json").out()).get("restored").asText())
                .isEqualTo(zip.toAbsolutePath().toString());
        String moments = ok("moment", "--list", "--json").out();
        assertThat(moments).contains("before the backup").doesNotContain("after the backup");
        assertThat(ok("admin", "doctor").exit()).isZero();
    }

    @Test
    void badInputThroughTheLauncherIsAMessageAndAnExitCode() throws Exception {
        env = Map.of("OPENUP_HOME", home.toString());
        Result badCode = openup("partner", "join", "12", "--name", "Ben");
        assertThat(badCode.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(badCode.err()).contains("invitation code").doesNotContain("Exception").doesNotContain("\tat ");

        Result noProfile = openup("partner", "invite");
        assertThat(noProfile.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(noProfile.err()).contains("openup init");

        Result badPort = openup("web", "--port", "seventy");
        assertThat(badPort.exit()).isEqualTo(2);
        assertThat(badPort.err()).contains("--port must be a port number");

        // the first CLI run after a build recorded the class-data archive of the training session
        assertThat(ROOT.resolve("cli-adapter/target/openup-cli.jsa")).isNotEmptyFile();
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isExecutable(dir.resolve("openup"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Cannot find the ./openup launcher above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

}
