package org.openup.member;

import org.openup.spi.failure.InvalidInputException;

import java.util.UUID;

/**
 * The ids OpenUp makes (members, journeys, questions, scenes, …) are random UUIDs; anything else
 * from outside is refused early. {@link MemberId} and {@code JourneyId} are made with these.
 */
public final class MemberIds {

    private MemberIds() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Returns the id in canonical form, or refuses it as input naming {@code field}. */
    public static String parse(String field, String value) {
        try {
            if (value == null || value.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(value).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "\"" + abbreviate(value) + "\" is not a valid " + field
                    + " (expected an id like 3f2a9c1e-8d4b-4f6a-9e2d-1c5b7a8e9f00).");
        }
    }

    public static boolean isValid(String value) {
        try {
            return value != null && value.length() == 36 && UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** For messages: the value as typed, cut short if it is long. */
    public static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
