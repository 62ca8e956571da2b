package org.openup.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes RFC 5545 content lines: CRLF endings, lines folded at 75 octets (never inside a UTF-8
 * character), text values escaped, times in UTC.
 */
final class ICalendarWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private final StringBuilder out = new StringBuilder();

    ICalendarWriter line(String name, String value) {
        fold(name + ":" + value);
        return this;
    }

    ICalendarWriter text(String name, String value) {
        return line(name, value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"));
    }

    ICalendarWriter time(String name, Instant at) {
        return line(name, UTC.format(at));
    }

    private void fold(String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1; // the leading space counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
