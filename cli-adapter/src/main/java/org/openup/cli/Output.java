package org.openup.cli;

import org.openup.safety.SafetyNote;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the CLI prints times for people: local and readable (JSON for scripts is {@link CliSession#json}). */
public final class Output {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private Output() {
    }

    public static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }

    /**
     * The zone a CLI run reads and shows times in: the environment's {@code TZ} (a name, with or
     * without a leading colon or a zoneinfo path), else the machine's.
     */
    public static ZoneId zoneOf(java.util.Map<String, String> env) {
        String tz = env.get("TZ");
        if (tz != null && !tz.isBlank()) {
            String name = tz.strip().replaceFirst("^:", "").replaceFirst("^.*zoneinfo/", "");
            try {
                return ZoneId.of(name);
            } catch (java.time.DateTimeException e) {
                // a TZ Java cannot read (a POSIX rule like EST5EDT,M3.2.0,...) falls back to the machine's zone
            }
        }
        return ZoneId.systemDefault();
    }

    /** The safety note, plainly, with where to turn; shown instead of any coaching. */
    public static void safety(PrintWriter out, SafetyNote note) {
        out.println("Your safety comes first.");
        out.println();
        out.println(note.note());
        out.println();
        note.resources().forEach(r -> out.println("  " + r.name() + ": " + r.contact() + " (" + r.description() + ")"));
        out.println();
        out.println("When you feel ready to go on: openup talk --resume-ladder");
    }
}
