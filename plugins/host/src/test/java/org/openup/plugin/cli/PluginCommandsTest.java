package org.openup.plugin.cli;

import org.junit.jupiter.api.Test;
import org.openup.spi.cli.CliCall;
import org.openup.spi.cli.CliCommand;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every plugin command takes --json, whether the host adds it or the plugin declared it itself. */
class PluginCommandsTest {

    private final StringWriter out = new StringWriter();

    private final CliContext context = new CliContext() {
        @Override
        public CliCall.Member member(String profile) {
            return new CliCall.Member("m", "j");
        }

        @Override
        public PrintWriter out() {
            return new PrintWriter(out, true);
        }

        @Override
        public PrintWriter err() {
            return new PrintWriter(new StringWriter(), true);
        }

        @Override
        public void json(Object value) {
            JsonOption.print(out(), value);
        }
    };

    @Test
    void aCommandAnswersInJsonWhenAskedAndInWordsOtherwise() {
        CliCommand hello = CliCommand.named("hello").description("Says hello.")
                .does(call -> {
                    call.answer(Map.of("said", "hello"), () -> call.out().println("Hello."));
                    return 0;
                });
        CommandLine group = PluginCommands.group("greeter", List.of(hello), context);

        assertThat(group.execute("hello")).isZero();
        assertThat(out.toString()).isEqualTo("Hello." + System.lineSeparator());
        out.getBuffer().setLength(0);
        assertThat(group.execute("hello", "--json")).isZero();
        assertThat(out.toString()).contains("\"said\" : \"hello\"");
    }

    @Test
    void aPluginThatDeclaresJsonItselfKeepsItsCommands() {
        CliCommand old = CliCommand.named("list").description("Lists.").flag("--json", "Print JSON.")
                .does(call -> {
                    call.answer(Map.of("items", List.of()), () -> call.out().println("Nothing."));
                    return 0;
                });
        CommandLine group = PluginCommands.group("older", List.of(old), context);

        assertThat(group.execute("list", "--json")).isZero();
        assertThat(out.toString()).contains("\"items\" : [ ]");
    }
}
