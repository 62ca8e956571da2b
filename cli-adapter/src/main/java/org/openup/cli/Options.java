package org.openup.cli;

import picocli.CommandLine.Option;

/** Options many commands share, as picocli mixins. */
public final class Options {

    private Options() {
    }

    public static final class ProfileOption {
        @Option(names = "--profile", paramLabel = "NAME", defaultValue = "${env:OPENUP_PROFILE:-default}",
                description = "Whose profile to act as (default: ${DEFAULT-VALUE}; env OPENUP_PROFILE). "
                        + "Two partners on one machine each use their own.")
        public String name;
    }

    public static final class JsonOption {
        @Option(names = "--json", description = "Print JSON for scripts instead of text (format: docs/cli.md).")
        public boolean json;
    }
}
