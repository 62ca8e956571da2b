package org.openup.cli;

import org.openup.plugin.cli.PluginCommand;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Adds each plugin's commands under {@code openup <plugin> …}; a plugin whose name is taken is reported and skipped. */
final class PluginCommands {

    private PluginCommands() {
    }

    static void addTo(CommandLine cli, Set<PluginCommand> commands, CommandLine.IFactory factory, PrintWriter err) {
        Map<String, Set<Class<?>>> byPlugin = new TreeMap<>();
        commands.forEach(c -> byPlugin.computeIfAbsent(c.plugin(), p -> new TreeSet<>(java.util.Comparator.comparing(Class::getName)))
                .add(c.type()));
        byPlugin.forEach((plugin, types) -> {
            CommandLine[] group = new CommandLine[1];
            // run alone, the group shows its usage: which commands the plugin has
            CommandSpec spec = CommandSpec.wrapWithoutInspection((Runnable) () -> group[0].usage(group[0].getOut()));
            spec.name(plugin).mixinStandardHelpOptions(true);
            spec.usageMessage().description("Commands of the " + plugin + " plugin.");
            group[0] = new CommandLine(spec, factory);
            try {
                types.forEach(type -> group[0].addSubcommand(new CommandLine(type, factory)));
                cli.addSubcommand(plugin, group[0]);
            } catch (CommandLine.InitializationException e) {
                err.println("openup: the commands of plugin " + plugin + " were left out: " + e.getMessage());
            }
        });
    }
}
