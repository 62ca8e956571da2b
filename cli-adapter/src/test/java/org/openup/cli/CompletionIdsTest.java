package org.openup.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The completion script in a real bash: ids come from the profile's own store, the rest from the commands. */
class CompletionIdsTest {

    @TempDir
    Path home;

    @TempDir
    Path bin;

    private CliRun run(String... args) {
        return CliRun.run(Map.of("OPENUP_HOME", home.toString()), args);
    }

    @Test
    void bashCompletesTheProfilesOwnIdsWhereAnOptionTakesOne() throws Exception {
        // Given Ana has a moment and a constraint of her own
        assertThat(run("init", "--name", "Ana").exit()).isZero();
        assertThat(run("moment", "He told me about his week at work").exit()).isZero();
        assertThat(run("constraint", "gender-role-socialisation", "--title", "Raised to keep it in").exit()).isZero();
        String moment = new ObjectMapper().readTree(run("moment", "--list", "--json").out()).findValue("momentId").asText();
        String constraint = new ObjectMapper().readTree(run("constraint", "--list", "--json").out()).findValue("constraintId").asText();

        // When bash completes after "thank", after "constraint --share", and a command name
        String script = run("completion").out();
        Path openup = bin.resolve("openup");
        Files.writeString(openup, "#!/bin/sh\nexec java -cp '" + System.getProperty("java.class.path") + "' org.openup.cli.Cli \"$@\"\n");
        Files.setPosixFilePermissions(openup, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(bin.resolve("completion.bash"), script);
        String probe = """
                source completion.bash 2>/dev/null
                complete_at() { COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=(); _openup_ids_or_commands 2>/dev/null; echo "${COMPREPLY[*]}"; }
                complete_at ./openup thank ''
                complete_at ./openup constraint --share ''
                complete_at ./openup constraint --share nope
                complete_at ./openup talk --outcome ''
                """;
        ProcessBuilder shell = new ProcessBuilder("bash", "-c", probe).directory(bin.toFile()).redirectErrorStream(true);
        shell.environment().put("OPENUP_HOME", home.toString());
        Process bash = shell.start();
        bash.getOutputStream().close();
        assertThat(bash.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        // Then the ids are Ana's own, a typed start filters them, and option values still complete
        assertThat(lines).containsExactly(moment, constraint, "", "connected neutral off-the-rails");
    }

    @Test
    void theIdsToAnswerAreTheOnesTheWebShowsAsWaitingForYou() throws Exception {
        ObjectMapper json = new ObjectMapper();
        // alone, Ana records what her partner chose in person: her own open invitation waits for her
        assertThat(run("init", "--name", "Ana").exit()).isZero();
        String solo = json.readTree(run("invite", "--json").out()).get("invitationId").asText();
        assertThat(json.readTree(run("invite", "--list", "--json").out()).at("/invitations/0/forYou").asBoolean()).isTrue();
        assertThat(run("ids", "TO_ANSWER").out().lines()).containsExactly(solo);
        assertThat(run("ids", "TO_WITHDRAW").out().lines()).containsExactly(solo);
        assertThat(run("invite", "--withdraw", solo).exit()).isZero();
        assertThat(run("ids", "TO_ANSWER").out()).isBlank();
        assertThat(run("ids", "TO_WITHDRAW").out()).isBlank();

        // with Ben: a question Ana asks waits for him until he answers or says not now
        String code = json.readTree(run("partner", "invite", "--json").out()).get("code").asText();
        assertThat(run("partner", "join", code, "--name", "Ben", "--profile", "ben").exit()).isZero();
        // an invitation to Ben: Ana may take it back, Ben may answer it, and the list says which
        String toBen = json.readTree(run("invite", "--json").out()).get("invitationId").asText();
        assertThat(withdrawable(json.readTree(run("invite", "--list", "--json").out()), toBen)).isTrue();
        assertThat(withdrawable(json.readTree(run("invite", "--list", "--json", "--profile", "ben").out()), toBen)).isFalse();
        assertThat(run("ids", "TO_WITHDRAW").out().lines()).containsExactly(toBen);
        assertThat(run("ids", "TO_WITHDRAW", "--profile", "ben").out()).isBlank();
        assertThat(run("ids", "TO_ANSWER", "--profile", "ben").out().lines()).containsExactly(toBen);
        String ask = json.readTree(run("question", "send", "What would make talking about work easier for you?", "--json").out())
                .get("askId").asText();
        assertThat(run("ids", "ASKS").out()).isBlank();
        assertThat(run("ids", "ASKS", "--profile", "ben").out().lines()).containsExactly(ask);
        assertThat(run("question", "not-now", ask, "--profile", "ben").exit()).isZero();
        assertThat(run("ids", "ASKS", "--profile", "ben").out()).isBlank();
    }

    /** The {@code withdrawable} flag of invitation {@code id} in an {@code invite --list --json} answer. */
    private static boolean withdrawable(com.fasterxml.jackson.databind.JsonNode list, String id) {
        for (com.fasterxml.jackson.databind.JsonNode invitation : list.get("invitations")) {
            if (invitation.get("invitationId").asText().equals(id)) {
                return invitation.get("withdrawable").asBoolean();
            }
        }
        throw new AssertionError("invitation " + id + " is not listed: " + list);
    }
}
