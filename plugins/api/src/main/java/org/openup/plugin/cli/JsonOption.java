package org.openup.plugin.cli;

import picocli.CommandLine.Option;

/** The CLI's {@code --json} option, as a picocli mixin: print JSON for scripts instead of text. */
public final class JsonOption {

    @Option(names = "--json", description = "Print JSON for scripts instead of text (format: docs/cli.md).")
    public boolean json;
}
