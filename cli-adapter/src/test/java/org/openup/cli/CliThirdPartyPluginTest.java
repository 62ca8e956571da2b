package org.openup.cli;

import com.example.openup.GreetingsPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.plugin.PluginHost;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI builds a third-party plugin's command (package {@code com.example}, written against the
 * SPI alone) from its description: options with defaults, flags, parameters and help.
 */
class CliThirdPartyPluginTest {

    @TempDir
    Path home;

    @Test
    void aThirdPartyCommandGetsItsOptionsDefaultsFlagsAndParameters() {
        // given: the CLI with a plugin from outside the project; when: its command runs as described
        assertThat(run("greetings", "greet", "--word", "welcome", "Ben")).isEqualTo("welcome Ben");
        assertThat(run("greetings", "greet", "--loud", "Ana")).isEqualTo("HELLO ANA");
        // and its help is built from the description
        assertThat(run("greetings", "greet", "--help")).contains("Says a greeting to the name given.", "--word=WORD",
                "(default: hello)", "NAME");
    }

    @Test
    void aMistypedOptionOrAMissingParameterOfAPluginCommandIsAUsageError() {
        assertThat(usageError("greetings", "greet", "--wrod", "x", "Ben")).contains("--wrod");
        assertThat(usageError("greetings", "greet")).contains("Missing required parameter: 'NAME'");
    }

    private String usageError(String... args) {
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, Map.of("OPENUP_HOME", home.toString()), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true), false, settings -> PluginHost.start(settings, List.of(new GreetingsPlugin()), binder -> { }));
        assertThat(exit).isEqualTo(2);
        return err.toString();
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, Map.of("OPENUP_HOME", home.toString()), new PrintWriter(out, true), new PrintWriter(err, true), false,
                settings -> PluginHost.start(settings, List.of(new GreetingsPlugin()), binder -> { }));
        assertThat(exit).as(err.toString()).isZero();
        return out.toString().strip();
    }
}
