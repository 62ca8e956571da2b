package org.openup.plugin.cli;

/** A picocli command a plugin adds; the CLI runs it as {@code openup <plugin> <command name>}. */
public record PluginCommand(String plugin, Class<?> type) {
}
