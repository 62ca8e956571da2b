package org.openup.plugin.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Puts each plugin's commands under a command named after the plugin ({@code openup <plugin> …}).
 * Shared by the CLI and the plugin test kit, so a plugin's commands are tested as the CLI runs them.
 */
public final class PluginCommands {

    private PluginCommands() {
    }

    /** Adds every plugin's group to {@code cli}; a plugin whose name is already a command is reported and skipped. */
    public static void addTo(CommandLine cli, Set<PluginCommand> commands, CommandLine.IFactory factory, PrintWriter err) {
        Map<String, Set<Class<?>>> byPlugin = new TreeMap<>();
        commands.forEach(c -> byPlugin.computeIfAbsent(c.plugin(), p -> new TreeSet<>(Comparator.comparing(Class::getName)))
                .add(c.type()));
        byPlugin.forEach((plugin, types) -> {
            try {
                cli.addSubcommand(plugin, group(plugin, types, factory));
            } catch (CommandLine.InitializationException e) {
                err.println("openup: the commands of plugin " + plugin + " were left out: " + e.getMessage());
            }
        });
    }

    /** The plugin's command group; run alone, it shows which commands the plugin has. */
    public static CommandLine group(String plugin, Set<Class<?>> types, CommandLine.IFactory factory) {
        CommandLine[] group = new CommandLine[1];
        CommandSpec spec = CommandSpec.wrapWithoutInspection((Runnable) () -> group[0].usage(group[0].getOut()));
        spec.name(plugin).addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.usageMessage().description("Commands of the " + plugin + " plugin.");
        group[0] = new CommandLine(spec, factory);
        types.forEach(type -> group[0].addSubcommand(new CommandLine(type, factory)));
        return group[0];
    }
}
