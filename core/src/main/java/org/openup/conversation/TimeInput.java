package org.openup.conversation;

import org.openup.failure.InvalidInputException;

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

    public static Instant parse(String field, String typed, String zone) {
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
