package org.openup.cli;

import org.openup.plugin.cli.ExitCode;
import com.google.inject.Injector;
import org.openup.engine.store.StoreSettings;
import org.openup.plugin.PluginHost;
import org.openup.plugin.cli.PluginCommand;
import org.openup.plugin.cli.PluginCommands;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.util.Set;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One run of {@code openup}: parse, run the command against the store, map every failure to a
 * message and a documented exit code. Stack traces only with {@code --debug}.
 */
public final class Cli {

    private Cli() {
    }

    public static void main(String[] args) {
        configureForShortRun();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(args, System.getenv(), out, err, System.console() != null);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * A CLI run is short: Guice need not record where each binding was declared, nor generate
     * classes for bindings that are used once. Both cost more at start than they save.
     */
    static void configureForShortRun() {
        System.setProperty("guice_include_stack_traces", System.getProperty("guice_include_stack_traces", "OFF"));
        System.setProperty("guice_bytecode_gen_option", System.getProperty("guice_bytecode_gen_option", "DISABLED"));
    }

    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err, boolean interactive) {
        return run(args, env, out, err, interactive, settings -> PluginHost.start(settings));
    }

    /** As above, with {@code host} starting the core and its plugins (tests bring plugins of their own). */
    static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err, boolean interactive,
                   Function<StoreSettings, PluginHost> host) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean debug = rest.remove("--debug");
        StoreSettings settings;
        try {
            settings = StoreSettings.from(env);
        } catch (IllegalArgumentException e) {
            return ExitCode.fail(err, debug, e, ExitCode.USAGE, e.getMessage());
        }
        PluginHost started;
        try {
            started = host.apply(settings);
        } catch (RuntimeException e) {
            return ExitCode.fail(err, debug, e, ExitCode.INTERNAL, "OpenUp could not start: " + e.getMessage());
        }
        Injector injector = started.injector();
        try (CliSession session = new CliSession(injector, started::storeOpened, settings, out, err, interactive, Output.zoneOf(env),
                java.util.Optional.ofNullable(env.get("OPENUP_PASSWORD")).filter(p -> !p.isEmpty()))) {
            Injector commands = injector.createChildInjector(binder -> binder.bind(CliSession.class).toInstance(session));
            CommandFactory factory = new CommandFactory(commands);
            CommandLine cli = new CommandLine(new OpenUpCommand(), factory);
            List<Class<?>> needed = OpenUpCommand.neededFor(rest);
            needed.forEach(cli::addSubcommand);
            // a run that names one of the core's own commands needs no plugin commands
            if (needed.size() != 1) {
                PluginCommands.addTo(cli, injector.getInstance(Key.get(new TypeLiteral<Set<PluginCommand>>() { })), session, err);
            }
            cli.setOut(out)
                    .setErr(err)
                    .setExecutionExceptionHandler(ExitCode.reporter(err, debug))
                    // a mistyped option gets one line and where to look, not the whole usage
                    .setParameterExceptionHandler((e, given) -> {
                        err.println("openup: " + e.getMessage());
                        picocli.CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
                        err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' to see what it takes.");
                        err.flush();
                        return ExitCode.USAGE;
                    });
            return cli.execute(rest.toArray(String[]::new));
        } catch (RuntimeException e) {
            // closing the core failed after the command's answer was given
            return ExitCode.report(e, err, debug);
        }
    }
}
