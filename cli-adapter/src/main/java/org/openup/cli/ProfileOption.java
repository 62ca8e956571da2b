package org.openup.cli;

import picocli.CommandLine.Option;

/** The CLI's {@code --profile} option, as a picocli mixin: {@code @Mixin ProfileOption profile;}. */
public final class ProfileOption {

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "${env:OPENUP_PROFILE:-default}",
            description = "Whose profile to act as (default: ${DEFAULT-VALUE}; env OPENUP_PROFILE). "
                    + "Two partners on one machine each use their own.")
    public String name;
}
