package org.openup.cli;

import org.openup.plugin.cli.ExitCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** forget-me and admin forget from the terminal: confirmed, final, and the partner keeps their own words. */
class CliForgetTest {

    @TempDir
    Path home;

    private final ObjectMapper json = new ObjectMapper();

    private CliRun run(String... args) {
        return CliRun.run(Map.of("OPENUP_HOME", home.toString()), args);
    }

    private JsonNode ok(String... args) throws Exception {
        CliRun r = run(args);
        assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return json.readTree(r.out());
    }

    @Test
    void forgetMeAsksForConfirmationThenForgetsAndRemovesTheProfile() throws Exception {
        ok("init", "--name", "Ana Wordsworth", "--json");
        String code = ok("partner", "invite", "--json").get("code").asText();
        ok("partner", "join", code, "--name", "Ben", "--profile", "ben", "--json");
        ok("moment", "Ben told me about the move to Leeds", "--json");

        CliRun unconfirmed = run("forget-me");
        assertThat(unconfirmed.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(unconfirmed.err()).contains("--yes");
        assertThat(ok("partner", "show", "--json", "--profile", "ben").toString()).contains("Ana Wordsworth");

        JsonNode forgotten = ok("forget-me", "--yes", "--json");
        assertThat(forgotten.get("journeysLeft").asInt()).isEqualTo(1);
        assertThat(Files.exists(home.resolve("profiles").resolve("default.properties"))).isFalse();
        CliRun gone = run("moment", "anything");
        assertThat(gone.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(gone.err()).contains("openup init");

        String seenByBen = ok("partner", "show", "--json", "--profile", "ben").toString();
        assertThat(seenByBen).doesNotContain("Ana Wordsworth").contains("[forgotten]");
        assertThat(run("moment", "Ben carries on alone", "--profile", "ben").exit()).isZero();
    }

    @Test
    void anOperatorForgetsAMemberByIdAndAnUnknownIdIsAClearError() throws Exception {
        String ana = ok("init", "--name", "Ana", "--json").get("memberId").asText();
        CliRun malformed = run("admin", "forget", "not-an-id", "--yes");
        assertThat(malformed.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(malformed.err()).contains("is not a valid member id").doesNotContain("memberId");
        assertThat(run("admin", "export", "not-an-id").err()).contains("is not a valid member id").doesNotContain("memberId");
        assertThat(run("admin", "export", ana, "--markdown", "--json").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(json.readTree(run("admin", "export", ana, "--json").out()).toString()).contains(ana);
        CliRun done = run("admin", "forget", ana, "--yes");
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(done.out()).contains("Forgotten").contains("journeys left:    1");
    }

    @Test
    void anOperatorMakesAResetLinkForAnAccountAndAnUnknownAddressIsAClearError() throws Exception {
        try (org.openup.testing.RunningCore core = new org.openup.testing.RunningCore(org.openup.engine.store.StoreSettings.embedded(home))) {
            core.get(org.openup.account.Accounts.class).register("ana@example.org", "a long enough secret", "Ana");
        }
        CliRun made = run("admin", "reset-link", "Ana@Example.org");
        assertThat(made.exit()).as(made.err()).isZero();
        // where people reach OpenUp (OPENUP_PUBLIC_URL, unset here), then the token alone
        assertThat(made.out().strip()).matches("http://127\\.0\\.0\\.1:7070/#/reset/[A-Za-z0-9_-]{43}");
        assertThat(made.err()).contains("works once, within 60 minutes");
        JsonNode asJson = ok("admin", "reset-link", "ana@example.org", "--json");
        assertThat(asJson.get("link").asText()).startsWith("http://127.0.0.1:7070/#/reset/");
        assertThat(asJson.get("validForMinutes").asInt()).isEqualTo(60);

        CliRun unknown = run("admin", "reset-link", "nobody@example.org");
        assertThat(unknown.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(unknown.err()).contains("No account signs in with nobody@example.org.");
    }
}
