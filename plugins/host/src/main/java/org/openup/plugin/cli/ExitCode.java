package org.openup.plugin.cli;

import org.openup.engine.store.StoreUnavailableException;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.NotFoundException;
import org.openup.spi.failure.RefusedException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Exit codes scripts can rely on (documented in the top-level help and in docs/cli.md), and how
 * a failed command is reported: one line for a person, the stack trace only with {@code --debug}.
 * The CLI and the plugin test kit both report through here, so a plugin's command fails in its
 * tests exactly as it fails in the CLI.
 */
public final class ExitCode {
    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    public static final int STORE_UNAVAILABLE = 3;
    public static final int INTERNAL = 4;
    /** Nothing was kept: what was written signals that someone may not be safe, and the safety note was shown instead. */
    public static final int SAFETY_FIRST = 5;

    private ExitCode() {
    }

    /** Prints what went wrong to {@code err} and returns the exit code it means. */
    public static int report(Exception e, PrintWriter err, boolean debug) {
        if (e instanceof RefusedException || e instanceof NotFoundException) {
            return fail(err, debug, e, REFUSED, e.getMessage());
        }
        if (e instanceof InvalidInputException) {
            return fail(err, debug, e, USAGE, e.getMessage());
        }
        var store = StoreUnavailableException.findIn(e);
        if (store.isPresent()) {
            return fail(err, debug, e, STORE_UNAVAILABLE, "The store cannot be used right now: " + store.get().getMessage());
        }
        return fail(err, debug, e, INTERNAL, "Unexpected error: " + e + (debug ? "" : " (run again with --debug for details)"));
    }

    /** picocli's hook for a command that threw: {@link #report}. */
    public static CommandLine.IExecutionExceptionHandler reporter(PrintWriter err, boolean debug) {
        return (e, commandLine, parsed) -> report(e, err, debug);
    }

    /** Prints {@code message} (and with {@code debug} the stack trace) and returns {@code code}. */
    public static int fail(PrintWriter err, boolean debug, Throwable e, int code, String message) {
        err.println("openup: " + message);
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
