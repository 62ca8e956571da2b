package org.openup.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.plugin.cli.ExitCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A profile: locked with a password (two partners on one OS account), and the time zone OpenUp uses for its member. */
class CliProfileTest {

    private static final String BENS_PASSWORD = "lanterns over the quiet harbour";

    @TempDir
    Path home;

    private final ObjectMapper json = new ObjectMapper();

    private CliRun run(String password, String... args) {
        return run(password, Map.of(), args);
    }

    private CliRun run(String password, Map<String, String> more, String... args) {
        Map<String, String> env = new HashMap<>(Map.of("OPENUP_HOME", home.toString()));
        env.putAll(more);
        if (password != null) {
            env.put("OPENUP_PASSWORD", password);
        }
        return CliRun.run(env, args);
    }

    private JsonNode ok(String password, String... args) throws Exception {
        CliRun r = run(password, args);
        assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return json.readTree(r.out());
    }

    @Test
    void aLockedProfileActsOnlyWithItsPasswordAndTheOtherPartnerIsNotAsked() throws Exception {
        // given: Ana and Ben share one OS account, Ben on his own profile
        ok(null, "init", "--name", "Ana", "--json");
        String code = ok(null, "partner", "invite", "--json").get("code").asText();
        ok(null, "partner", "join", code, "--name", "Ben", "--profile", "ben", "--json");

        // a lock needs a password as strong as an account's
        CliRun weak = run("password12", "profile", "lock", "--profile", "ben");
        assertThat(weak.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(weak.err()).contains("easy to guess");

        // when: Ben locks his profile
        assertThat(ok(BENS_PASSWORD, "profile", "lock", "--profile", "ben", "--json").get("locked").asBoolean()).isTrue();

        // then: acting as Ben without the password, or with a wrong one, is refused and keeps nothing
        CliRun without = run(null, "moment", "Ana wrote this as Ben", "--profile", "ben");
        assertThat(without.exit()).isEqualTo(ExitCode.USAGE); // nobody at a terminal to ask
        assertThat(without.err()).contains("OPENUP_PASSWORD");
        CliRun wrong = run("a guess that is wrong", "moment", "Ana wrote this as Ben", "--profile", "ben");
        assertThat(wrong.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(wrong.err()).contains("not this profile's password");
        // a profile file of her own that names Ben's member id is locked just the same
        Files.copy(home.resolve("profiles/ben.properties"), home.resolve("profiles/also-ben.properties"));
        assertThat(run(null, "moment", "Ana wrote this as Ben", "--profile", "also-ben").exit()).isNotZero();
        assertThat(run(null, "forget-me", "--yes", "--profile", "also-ben").exit()).isNotZero();
        assertThat(run(null, "partner", "join", code, "--name", "Ben", "--profile", "also-ben").exit()).isNotZero();

        // whether it is locked shows without the password (ids only, nothing he wrote)
        JsonNode shown = ok(null, "profile", "show", "--profile", "ben", "--json");
        assertThat(shown.get("locked").asBoolean()).isTrue();
        assertThat(ok(null, "profile", "show", "--json").get("locked").asBoolean()).isFalse();

        // Ana's own profile is not locked and asks her nothing
        ok(null, "moment", "Ben made coffee before I woke up", "--json");

        // with his password Ben works as before, and what was refused was never kept
        ok(BENS_PASSWORD, "moment", "Ana listened without fixing it", "--profile", "ben", "--json");
        String bensTimeline = ok(BENS_PASSWORD, "timeline", "--profile", "ben", "--json").toString();
        assertThat(bensTimeline).contains("Ana listened without fixing it").doesNotContain("Ana wrote this as Ben");

        // an operator's export or forget of Ben is his to allow too: on one OS account the "operator" may be Ana
        String ben = shown.get("memberId").asText();
        CliRun export = run(null, "admin", "export", ben);
        assertThat(export.exit()).isNotZero();
        assertThat(export.out()).doesNotContain("Ana listened");
        assertThat(run("a guess that is wrong", "admin", "forget", ben, "--yes").exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run(BENS_PASSWORD, "admin", "export", ben).exit()).isZero();

        // unlocking needs the password too; after it no password is asked
        assertThat(run("a guess that is wrong", "profile", "unlock", "--profile", "ben").exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(ok(BENS_PASSWORD, "profile", "unlock", "--profile", "ben", "--json").get("locked").asBoolean()).isFalse();
        ok(null, "moment", "Ben asked how my week was", "--profile", "ben", "--json");
        CliRun notLocked = run(null, "profile", "unlock", "--profile", "ben");
        assertThat(notLocked.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(notLocked.err()).contains("not locked");
    }

    @Test
    void aMemberSetsTheZoneOpenUpUsesForThemFromTheTerminalOrByName() throws Exception {
        // a new member starts in the terminal's zone
        CliRun init = run(null, Map.of("TZ", "Asia/Tokyo"), "init", "--name", "Ana", "--json");
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(ok(null, "partner", "show", "--json").at("/members/0/timeZone").asText()).isEqualTo("Asia/Tokyo");
        CliRun bogus = run(null, "profile", "zone", "Mars/Olympus_Mons");
        assertThat(bogus.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(bogus.err()).contains("is not a time zone");

        // without a name, the terminal's zone
        CliRun fromTerminal = run(null, Map.of("TZ", "America/New_York"), "profile", "zone", "--json");
        assertThat(fromTerminal.exit()).as(fromTerminal.err()).isZero();
        assertThat(json.readTree(fromTerminal.out()).get("zone").asText()).isEqualTo("America/New_York");
        assertThat(ok(null, "partner", "show", "--json").at("/members/0/timeZone").asText()).isEqualTo("America/New_York");

        assertThat(run(null, "profile", "zone", "Europe/Berlin").out()).contains("Your time zone is now Europe/Berlin.");

        // and the name she is shown by
        assertThat(ok(null, "profile", "name", "  Ana   Bell ", "--json").get("displayName").asText()).isEqualTo("Ana Bell");
        assertThat(ok(null, "partner", "show", "--json").at("/members/0/displayName").asText()).isEqualTo("Ana Bell");
        assertThat(run(null, "profile", "name", " ").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(ok(null, "partner", "show", "--json").at("/members/0/timeZone").asText()).isEqualTo("Europe/Berlin");
    }
}
