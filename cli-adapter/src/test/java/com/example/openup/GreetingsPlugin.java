package com.example.openup;

import org.openup.spi.OpenUpPlugin;
import org.openup.spi.PluginContext;
import org.openup.spi.cli.CliCommand;

/** A plugin from outside the project, as a third party would write one: a command on the SPI alone. */
public final class GreetingsPlugin implements OpenUpPlugin {

    @Override
    public String name() {
        return "greetings";
    }

    @Override
    public void register(PluginContext context) {
        context.cliCommand(CliCommand.named("greet").description("Says a greeting to the name given.")
                .option("WORD", "The greeting (default: ${DEFAULT-VALUE}).", "hello", "-w", "--word")
                .flag("--loud", "Say it in capitals.")
                .parameter("NAME", "Whom to greet.")
                .does(call -> {
                    String said = call.option("--word").orElseThrow() + " " + call.parameter("NAME");
                    call.out().println(call.flag("--loud") ? said.toUpperCase(java.util.Locale.ROOT) : said);
                    return 0;
                }));
    }
}
