package org.openup.plugin.cli;

import org.openup.spi.cli.CliCall;
import org.openup.spi.cli.CliCommand;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * Puts each plugin's commands under a command named after the plugin ({@code openup <plugin> …}),
 * built from the plugin's {@link CliCommand} descriptions. Shared by the CLI and the plugin test
 * kit, so a plugin's commands are tested as the CLI runs them.
 */
public final class PluginCommands {

    private static final String PROFILE = "--profile";
    private static final String JSON = "--json";

    private PluginCommands() {
    }

    /** Adds every plugin's group to {@code cli}; a plugin whose name is already a command is reported and skipped. */
    public static void addTo(CommandLine cli, Set<PluginCommand> commands, CliContext context, PrintWriter err) {
        Map<String, List<CliCommand>> byPlugin = new TreeMap<>();
        commands.forEach(c -> byPlugin.computeIfAbsent(c.plugin(), p -> new ArrayList<>()).add(c.command()));
        byPlugin.forEach((plugin, described) -> {
            try {
                cli.addSubcommand(plugin, group(plugin, described, context));
            } catch (CommandLine.InitializationException e) {
                err.println("openup: the commands of plugin " + plugin + " were left out: " + e.getMessage());
            }
        });
    }

    /** The plugin's command group; run alone, it shows which commands the plugin has. */
    public static CommandLine group(String plugin, List<CliCommand> commands, CliContext context) {
        CommandLine[] group = new CommandLine[1];
        CommandSpec spec = CommandSpec.wrapWithoutInspection((Runnable) () -> group[0].usage(group[0].getOut()));
        spec.name(plugin).addOption(help());
        spec.usageMessage().description("Commands of the " + plugin + " plugin.");
        group[0] = new CommandLine(spec);
        commands.stream().sorted(Comparator.comparing(CliCommand::name))
                .forEach(command -> group[0].addSubcommand(command.name(), new CommandLine(spec(command, context))));
        return group[0];
    }

    private static OptionSpec help() {
        return OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build();
    }

    private static CommandSpec spec(CliCommand command, CliContext context) {
        CommandSpec[] self = new CommandSpec[1];
        CommandSpec spec = CommandSpec.wrapWithoutInspection((Callable<Integer>) () -> command.action().run(new Call(self[0], context)));
        self[0] = spec;
        spec.name(command.name()).addOption(help());
        spec.usageMessage().description(command.description().toArray(String[]::new));
        if (!command.examples().isEmpty()) {
            List<String> footer = new ArrayList<>(List.of("", command.examples().size() == 1 ? "Example:" : "Examples:"));
            command.examples().forEach(line -> footer.add("  " + line));
            spec.usageMessage().footer(footer.toArray(String[]::new));
        }
        if (command.forMember()) {
            spec.addMixin("profile", CommandSpec.forAnnotatedObject(new ProfileOption()));
        }
        // every command of the CLI takes --json, a plugin's too (scripts rely on it: docs/cli.md); one
        // that declares --json itself, as plugins did before the host added it, keeps its own
        if (command.options().stream().noneMatch(o -> o.names().contains(JSON))) {
            spec.addMixin("json", CommandSpec.forAnnotatedObject(new JsonOption()));
        }
        for (CliCommand.Option option : command.options()) {
            OptionSpec.Builder built = OptionSpec.builder(option.names().toArray(String[]::new)).description(option.description());
            if (option.valueLabel() == null) {
                built.type(boolean.class).arity("0");
            } else {
                built.type(String.class).paramLabel(option.valueLabel());
                if (option.defaultValue() != null) {
                    built.defaultValue(option.defaultValue());
                }
            }
            spec.addOption(built.build());
        }
        int index = 0;
        for (CliCommand.Parameter parameter : command.parameters()) {
            spec.addPositional(PositionalParamSpec.builder().index(String.valueOf(index++)).paramLabel(parameter.label())
                    .arity("1").required(true).type(String.class).description(parameter.description()).build());
        }
        return spec;
    }

    /** One run: the parsed options and parameters of {@code spec}, the member of its profile, the CLI's output. */
    private record Call(CommandSpec spec, CliContext context) implements CliCall {

        @Override
        public Member member() {
            OptionSpec profile = spec.findOption(PROFILE);
            if (profile == null) {
                throw new IllegalStateException("The command " + spec.name() + " acts for no member: describe it with forMember()");
            }
            return context.member(profile.getValue());
        }

        @Override
        public boolean flag(String name) {
            OptionSpec option = spec.findOption(name);
            return option != null && Boolean.TRUE.equals(option.getValue());
        }

        @Override
        public Optional<String> option(String name) {
            OptionSpec option = spec.findOption(name);
            return option == null ? Optional.empty() : Optional.ofNullable(option.getValue());
        }

        @Override
        public String parameter(String label) {
            return spec.positionalParameters().stream().filter(p -> p.paramLabel().equals(label)).findFirst()
                    .map(p -> (String) p.getValue())
                    .orElseThrow(() -> new IllegalArgumentException("no parameter " + label));
        }

        @Override
        public PrintWriter out() {
            return context.out();
        }

        @Override
        public PrintWriter err() {
            return context.err();
        }

        @Override
        public boolean json() {
            return flag(JSON);
        }

        @Override
        public void json(Object value) {
            context.json(value);
        }
    }
}
