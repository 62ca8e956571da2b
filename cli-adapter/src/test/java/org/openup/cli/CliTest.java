package org.openup.cli;

import org.openup.plugin.cli.ExitCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    @TempDir
    Path home;

    private final ObjectMapper json = new ObjectMapper();

    private Map<String, String> env() {
        return Map.of("OPENUP_HOME", home.toString());
    }

    private CliRun run(String... args) {
        return CliRun.run(env(), args);
    }

    private static void assertCleanFailure(CliRun run, int exit) {
        assertThat(run.exit()).as(run.err()).isEqualTo(exit);
        assertThat(run.err()).startsWith("openup: ").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void twoProfilesStartInviteJoinAndSeeTheSameJourney() throws Exception {
        CliRun init = run("init", "--name", "Ana", "--json");
        assertThat(init.exit()).as(init.err()).isZero();
        String journeyId = json.readTree(init.out()).get("journeyId").asText();
        assertThat(Files.readString(home.resolve("profiles/default.properties"))).contains(journeyId).doesNotContain("Ana");

        CliRun invite = run("partner", "invite", "--json");
        assertThat(invite.exit()).as(invite.err()).isZero();
        String code = json.readTree(invite.out()).get("code").asText();

        CliRun join = run("partner", "join", code, "--name", "Ben", "--profile", "ben");
        assertThat(join.exit()).as(join.err()).isZero();
        assertThat(join.out()).contains("Ana's journey");

        JsonNode seenByBen = json.readTree(run("partner", "show", "--json", "--profile", "ben").out());
        assertThat(seenByBen.get("journeyId").asText()).isEqualTo(journeyId);
        assertThat(seenByBen.get("members").findValuesAsText("displayName")).containsExactly("Ana", "Ben");

        CliRun text = run("partner", "show");
        assertThat(text.out()).contains("Ana (you)").contains("Ben").contains("partner");

        assertCleanFailure(run("partner", "join", code, "--name", "Cam", "--profile", "cam"), ExitCode.REFUSED);

        CliRun doctor = run("admin", "doctor", "--json");
        assertThat(doctor.exit()).as(doctor.err()).isZero();
        assertThat(json.readTree(doctor.out()).get("events").asLong()).isEqualTo(3);
        // completion offers commands and the values options take: outcomes, catalogue kinds, scene words
        assertThat(run("completion").out()).contains("complete -F").contains("partner")
                .contains("(\"connected\" \"neutral\" \"off-the-rails\")").contains("\"family-of-origin\"")
                .contains("\"evening\"").contains("\"own\")");
        assertThat(run("scene", "--help").out()).contains("Time of day: early morning, morning");

        CliRun replay = run("admin", "replay", "--json");
        assertThat(replay.exit()).as(replay.err()).isZero();
        assertThat(json.readTree(replay.out()).get("events").asLong()).isEqualTo(3);
        assertThat(run("partner", "show", "--json", "--profile", "ben").out()).isEqualTo(
                CliRun.run(env(), "partner", "show", "--json", "--profile", "ben").out());

        assertThat(run("partner", "leave", "--yes", "--profile", "ben").exit()).isZero();
        assertCleanFailure(run("partner", "invite", "--profile", "ben"), ExitCode.REFUSED);
    }

    @Test
    void badInputGetsAMessageAndTheDocumentedExitCode() {
        assertCleanFailure(run("partner", "show"), ExitCode.REFUSED);                       // no profile yet
        assertCleanFailure(run("init"), ExitCode.USAGE);                                  // --name missing, no terminal
        assertCleanFailure(run("init", "--name", "x".repeat(10_000)), ExitCode.USAGE);   // far too long
        assertCleanFailure(run("partner", "join", "not-a-code", "--name", "Ben"), ExitCode.USAGE);
        assertCleanFailure(run("partner", "join", "AAAA-BBBB-CCCC", "--name", "Ben"), ExitCode.REFUSED);
        assertCleanFailure(run("init", "--name", "Ana", "--profile", "../etc"), ExitCode.USAGE);
        assertThat(run("init", "--name", "Ana").exit()).isZero();
        assertCleanFailure(run("init", "--name", "Ana"), ExitCode.REFUSED);              // already set up

        CliRun unknown = run("frobnicate");
        assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("Unmatched argument").doesNotContain("\tat ");
        CliRun badOption = run("partner", "invite", "--bogus");
        assertThat(badOption.exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aBadStoreSettingIsAUsageError() {
        CliRun run = CliRun.run(Map.of("OPENUP_HOME", home.toString(), "OPENUP_DB_URL", "mysql://nope"), "partner", "show");
        assertCleanFailure(run, ExitCode.USAGE);
        assertThat(run.err()).contains("OPENUP_DB_URL");
    }

    @Test
    void theDoctorNoticesAMasterKeyOtherThanTheStoresAndNamesTheFix() throws Exception {
        assertThat(run("init", "--name", "Ana").exit()).isZero();
        assertThat(run("admin", "doctor").out()).contains("matches the store").doesNotContain("old store");
        // the file a carry-over from OpenUp 0.1 left behind is named, with what to do about it
        Files.writeString(home.resolve("openup.mv.db.carried-into-sqlite"), "old");
        assertThat(run("admin", "doctor").out()).contains("old store").contains("openup.mv.db.carried-into-sqlite")
                .contains("delete it");
        CliRun wrongKey = CliRun.run(Map.of("OPENUP_HOME", home.toString(),
                "OPENUP_MASTER_KEY", org.openup.engine.crypto.MasterKey.generate()), "admin", "doctor");
        assertThat(wrongKey.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(wrongKey.out()).contains("different master key").contains("OPENUP_MASTER_KEY");
        CliRun read = CliRun.run(Map.of("OPENUP_HOME", home.toString(),
                "OPENUP_MASTER_KEY", org.openup.engine.crypto.MasterKey.generate()), "partner", "show");
        assertCleanFailure(read, ExitCode.STORE_UNAVAILABLE);
        assertThat(read.err()).contains("different master key");
    }

    @Test
    void anUnreachableStoreSaysSoWithItsOwnExitCode() {
        CliRun run = CliRun.run(Map.of("OPENUP_HOME", home.toString(),
                "OPENUP_DB_URL", "jdbc:postgresql://127.0.0.1:1/none", "OPENUP_DB_USER", "x"), "init", "--name", "Ana");
        assertCleanFailure(run, ExitCode.STORE_UNAVAILABLE);
        assertThat(run.err()).contains("store");
    }

    @ParameterizedTest
    @ValueSource(strings = {"init", "partner", "partner invite", "partner join", "partner show", "partner leave", "admin replay",
            "admin doctor", "admin seed", "admin forget", "forget-me", "completion", "web"})
    void everyCommandHasHelpWithAnExample(String command) {
        String[] args = (command + " --help").split(" ");
        CliRun help = run(args);
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: openup " + command).contains("Example");
        assertThat(home.resolve("openup.db")).doesNotExist(); // help never opens the store
    }
}
