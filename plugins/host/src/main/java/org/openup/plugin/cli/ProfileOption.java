package org.openup.plugin.cli;

import picocli.CommandLine.Option;

/** The CLI's {@code --profile} option, as a picocli mixin: the CLI's commands and the plugins' described ones take it alike. */
public final class ProfileOption {

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "${env:OPENUP_PROFILE:-default}",
            description = "Whose profile to act as (default: ${DEFAULT-VALUE}; env OPENUP_PROFILE). "
                    + "Two partners on one machine each use their own.")
    public String name;
}
