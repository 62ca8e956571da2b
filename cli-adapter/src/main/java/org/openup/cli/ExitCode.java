package org.openup.cli;

/** Exit codes scripts can rely on; documented in the top-level help and in docs/cli.md. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    public static final int STORE_UNAVAILABLE = 3;
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
