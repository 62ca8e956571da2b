package org.openup.privacy;

import org.openup.failure.InvalidInputException;

import java.util.Objects;
import java.util.Optional;

/**
 * Free text a person wrote (names, notes, questions, answers), with whose it is. Every such field
 * in an event has this type, so the event store can seal it under its owner's key (see the
 * engine's {@code Keyring}) and forgetting the owner makes it unreadable everywhere at once.
 */
public record PersonalText(String owner, String text) {

    /** What text reads as once its owner has been forgotten. */
    public static final String FORGOTTEN = "[forgotten]";

    public PersonalText {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(text, "text");
    }

    /** Starts text written by {@code owner}: {@code PersonalText.by(member).required("note", typed, 2000)}. */
    public static Author by(String owner) {
        return new Author(owner);
    }

    /** The member who is writing, and the checks a person's typed text passes on its way in. */
    public record Author(String owner) {

        public Author {
            Objects.requireNonNull(owner, "owner");
        }

        /** Text the product itself wrote on the member's behalf (a reframing they accepted). */
        public PersonalText of(String text) {
            return new PersonalText(owner, text);
        }

        /** What a person typed into {@code field}, trimmed and checked: required, at most {@code maxChars}. */
        public PersonalText required(String field, String typed, int maxChars) {
            return optional(field, typed, maxChars).orElseThrow(() ->
                    new InvalidInputException(field, "Please fill in " + field + "."));
        }

        /** Like {@link #required} but blank means "not given". */
        public Optional<PersonalText> optional(String field, String typed, int maxChars) {
            return checked(field, typed, maxChars).map(this::of);
        }
    }

    /** {@code typed} trimmed and checked, or empty when blank. */
    public static Optional<String> checked(String field, String typed, int maxChars) {
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
        return Optional.of(text);
    }

    /** Half of a surrogate pair: not a character at all, and no database can store it as UTF-8. */
    public static boolean hasBrokenCharacter(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE);
    }

    public boolean isForgotten() {
        return FORGOTTEN.equals(text);
    }

    /** Never prints the text itself, so a log line or an exception message cannot leak it. */
    @Override
    public String toString() {
        return "PersonalText[by " + owner + ", " + text.length() + " chars]";
    }
}
