package org.openup.conversation;

import org.openup.spi.failure.InvalidInputException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads a time a person gave: an instant with an offset ({@code 2026-11-27T19:30:00Z}) or a local
 * date and time ({@code 2026-11-27T19:30} or {@code 2026-11-27 19:30}) read in their time zone.
 */
public final class TimeInput {

    private TimeInput() {
    }

    /** The earliest time taken; with {@link #UNTIL}, well inside what every supported database can store. */
    static final Instant FROM = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant UNTIL = Instant.parse("9999-12-31T00:00:00Z");

    private static final java.time.format.DateTimeFormatter SHOWN =
            java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", java.util.Locale.ENGLISH);

    /** A time as people read it, in their zone: "Tuesday 8 December 2026, 19:30 (Europe/Berlin)". */
    public static String shown(Instant at, String zone) {
        ZoneId in;
        try {
            in = ZoneId.of(zone == null || zone.isBlank() ? "UTC" : zone);
        } catch (DateTimeException e) {
            in = ZoneId.of("UTC");
        }
        return SHOWN.format(at.atZone(in)) + " (" + in.getId() + ")";
    }

    public static Instant parse(String field, String typed, String zone) {
        Instant at = read(field, typed, zone);
        if (at.isBefore(FROM) || at.isAfter(UNTIL)) {
            // a year like +999999999 parses, but no store can hold it and no person means it
            throw new InvalidInputException(field, "'" + typed + "' is not a date OpenUp can use: give one between the years 1900 and 9999.");
        }
        return at;
    }

    private static Instant read(String field, String typed, String zone) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInputException(field, "Please give a date and time, like 2026-11-27 19:30.");
        }
        String text = typed.strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(ZoneId.of(zone == null || zone.isBlank() ? "UTC" : zone)).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field, "'" + typed + "' is not a date and time. Use a form like 2026-11-27 19:30.");
            } catch (DateTimeException e) {
                throw new InvalidInputException("zone", "'" + zone + "' is not a time zone (use a name like Europe/Berlin).");
            }
        }
    }
}
