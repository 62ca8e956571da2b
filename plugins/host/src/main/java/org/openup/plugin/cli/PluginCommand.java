package org.openup.plugin.cli;

import org.openup.spi.cli.CliCommand;

/** A command a plugin adds; the CLI runs it as {@code openup <plugin> <command name>}. */
public record PluginCommand(String plugin, CliCommand command) {
}
