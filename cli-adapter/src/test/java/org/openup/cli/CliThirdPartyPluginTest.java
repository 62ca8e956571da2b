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
 * The CLI builds a third-party plugin's command (package {@code com.example}) through Guice, so
 * its {@code @Inject} fields are filled; it once did so only for {@code org.openup} classes, and
 * such a command failed with a null context here while passing in the plugin test kit.
 */
class CliThirdPartyPluginTest {

    @TempDir
    Path home;

    @Test
    void aThirdPartyCommandRunsWithItsInjectedContext() {
        // given: the CLI with a plugin from outside the project
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        // when: its command runs, with an option given twice
        int exit = Cli.run(new String[]{"greetings", "greet", "--word", "hello", "--word", "there"},
                Map.of("OPENUP_HOME", home.toString()), new PrintWriter(out, true), new PrintWriter(err, true), false,
                settings -> PluginHost.start(settings, List.of(new GreetingsPlugin()), binder -> { }));

        // then: it printed through the context the CLI injected
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().strip()).isEqualTo("hello there");
    }
}
