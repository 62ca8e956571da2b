package org.openup.cli;

import org.openup.plugin.cli.JsonOption;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the CLI prints: JSON in the core's format for scripts, and readable local times for people. */
public final class Output {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private Output() {
    }

    public static void json(PrintWriter out, Object value) {
        JsonOption.print(out, value);
    }

    public static String when(Instant instant) {
        return WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }
}
