package com.example.openup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.spi.failure.RefusedException;
import org.openup.plugin.PluginModule;
import org.openup.plugin.cli.ExitCode;
import org.openup.plugin.cli.MemberCommand;
import org.openup.plugin.testkit.Partner;
import org.openup.plugin.testkit.PluginCli;
import org.openup.plugin.testkit.PluginTestKit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plugin from outside the project (this package is not {@code org.openup}) gets its command
 * built by the {@code CommandFactory} the CLI uses too: its {@code @Inject} fields filled, the
 * CLI's {@code --profile} mixin, an option with several values, and failures reported with the
 * CLI's exit codes. (The CLI once built only {@code org.openup} commands through Guice, so such
 * a command found its context missing there while passing here.)
 */
class ThirdPartyCommandTest {

    @TempDir
    Path home;

    static final class Greetings extends PluginModule {
        @Override
        public String name() {
            return "greetings";
        }

        @Override
        protected void configure() {
            cliCommand(GreetCommand.class);
        }
    }

    @Command(name = "greet", description = "Says something to yourself.")
    static final class GreetCommand extends MemberCommand {
        @Option(names = "--word", description = "A word to say; repeat for more.")
        List<String> words;

        @Override
        public Integer call() {
            if (words.contains("nag")) {
                throw new RefusedException("OpenUp never nags.");
            }
            cli.out().println(String.join(" ", words) + ", " + me().memberId() + " (" + profile.name + ")");
            return ExitCode.OK;
        }
    }

    @Test
    void aThirdPartyCommandGetsItsContextTheCliOptionsAndTheCliExitCodes() {
        try (PluginTestKit kit = PluginTestKit.start(home, new Greetings())) {
            // given: Ana on her own
            Partner ana = kit.solo("Ana");

            // when: the command runs with the profile option and a repeated option, and once refusing
            PluginCli.Result said = kit.cli(ana, "greetings", "greet", "--profile", "ana", "--word", "hello", "--word", "there");
            PluginCli.Result refused = kit.cli(ana, "greetings", "greet", "--word", "nag");

            // then: the injected context answered and both options were filled; the refusal is exit 1 with one line
            assertThat(said.exit()).as(said.err()).isEqualTo(ExitCode.OK);
            assertThat(said.out().strip()).isEqualTo("hello there, " + ana.memberId() + " (ana)");
            assertThat(refused.exit()).isEqualTo(ExitCode.REFUSED);
            assertThat(refused.err().strip()).isEqualTo("openup: OpenUp never nags.");
        }
    }
}
