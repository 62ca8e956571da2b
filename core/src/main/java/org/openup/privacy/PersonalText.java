package org.openup.privacy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.openup.failure.InvalidInputException;

import java.util.Objects;
import java.util.Optional;

/**
 * Free text a person wrote about themselves or their partner (names, notes, questions, answers).
 * Every such field in an event has this type, so that encrypting it per member is one change in
 * one place (its serialised form) rather than a change to every event.
 */
public record PersonalText(String text) {

    public PersonalText {
        Objects.requireNonNull(text, "text");
    }

    @JsonCreator
    public static PersonalText of(String text) {
        return new PersonalText(text);
    }

    /** What a person typed into {@code field}, trimmed and checked: required, at most {@code maxChars}. */
    public static PersonalText required(String field, String typed, int maxChars) {
        return optional(field, typed, maxChars).orElseThrow(() ->
                new InvalidInputException(field, "Please fill in " + field + "."));
    }

    /** Like {@link #required} but blank means "not given". */
    public static Optional<PersonalText> optional(String field, String typed, int maxChars) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (text.codePointCount(0, text.length()) > maxChars) {
            throw new InvalidInputException(field, field + " can be at most " + maxChars + " characters long.");
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new InvalidInputException(field, field + " cannot contain control characters.");
        }
        if (hasBrokenCharacter(text)) {
            throw new InvalidInputException(field, field + " contains a broken character (half of an emoji or symbol).");
        }
        return Optional.of(new PersonalText(text));
    }

    /** Half of a surrogate pair: not a character at all, and no database can store it as UTF-8. */
    public static boolean hasBrokenCharacter(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE);
    }

    @JsonValue
    public String text() {
        return text;
    }

    /** Never prints the text itself, so a log line or an exception message cannot leak it. */
    @Override
    public String toString() {
        return "PersonalText[" + text.length() + " chars]";
    }
}
