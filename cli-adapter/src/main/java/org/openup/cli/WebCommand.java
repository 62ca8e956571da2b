package org.openup.cli;

import org.openup.plugin.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * Listed so that {@code openup --help} shows it. The {@code ./openup} launcher starts the web
 * adapter itself (a separate program with its own class path), so this runs only when the CLI is
 * started some other way, and then says how to start the web app.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = "Start the web app and API on the configured store, and print its address.",
        footer = {"", "Examples:", "  ./openup web", "  ./openup web --port 8080 --host 0.0.0.0   (let other devices on your network in)"})
public final class WebCommand implements Callable<Integer> {

    @Option(names = "--host", description = "Address to listen on (env OPENUP_HOST, default 127.0.0.1).")
    String host;

    @Option(names = "--port", description = "Port to listen on (env OPENUP_PORT, default 7070; 0 picks a free one).")
    String port;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("openup: start the web app through the launcher: ./openup web"
                + (host == null ? "" : " --host " + host) + (port == null ? "" : " --port " + port));
        return ExitCode.USAGE;
    }
}
