package com.example.openup;

import jakarta.inject.Inject;
import org.openup.plugin.PluginModule;
import org.openup.plugin.cli.CliContext;
import org.openup.plugin.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** A plugin from outside the project, as a third party would write one: a command with an injected context. */
public final class GreetingsPlugin extends PluginModule {

    @Override
    public String name() {
        return "greetings";
    }

    @Override
    protected void configure() {
        cliCommand(Greet.class);
    }

    @Command(name = "greet", description = "Says the words given.")
    public static final class Greet implements Callable<Integer> {
        @Inject
        CliContext cli;

        @Option(names = "--word", description = "A word to say; repeat for more.")
        List<String> words;

        @Override
        public Integer call() {
            cli.out().println(String.join(" ", words));
            return ExitCode.OK;
        }
    }
}
