package org.openup.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in this JVM with captured output, as a script (not a terminal) would. */
record CliRun(int exit, String out, String err) {

    static CliRun run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new HashMap<>(env), new PrintWriter(out, true), new PrintWriter(err, true), false);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
