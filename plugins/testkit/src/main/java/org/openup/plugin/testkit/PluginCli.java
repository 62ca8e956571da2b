package org.openup.plugin.testkit;

import org.openup.plugin.cli.CliContext;
import org.openup.plugin.cli.ExitCode;
import org.openup.plugin.cli.JsonOption;
import org.openup.plugin.cli.PluginCommands;
import org.openup.spi.cli.CliCall;
import org.openup.spi.cli.CliCommand;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** A plugin's commands run in this JVM, grouped and named as the CLI groups them, as one member. */
public final class PluginCli {

    public record Result(int exit, String out, String err) {
    }

    private PluginCli() {
    }

    static Result run(Partner member, String plugin, List<CliCommand> commands, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        CliContext context = new CliContext() {
            @Override
            public CliCall.Member member(String profile) {
                return new CliCall.Member(member.memberId(), member.journeyId());
            }

            @Override
            public PrintWriter out() {
                return o;
            }

            @Override
            public PrintWriter err() {
                return e;
            }

            @Override
            public void json(Object value) {
                JsonOption.print(o, value);
            }
        };
        // the CLI's own command building and failure reporting, so the plugin's commands behave here as they do there
        CommandLine cli = PluginCommands.group(plugin, commands, context).setOut(o).setErr(e)
                .setExecutionExceptionHandler(ExitCode.reporter(e, false));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
