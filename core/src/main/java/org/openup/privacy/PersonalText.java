package org.openup.privacy;

import org.openup.spi.failure.InvalidInputException;

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
                    new InvalidInputException(field, "Please write " + words(field) + " first."));
        }

        /** Like {@link #required} but blank means "not given". */
        public Optional<PersonalText> optional(String field, String typed, int maxChars) {
            return checked(field, typed, maxChars).map(this::of);
        }
    }

    /** How a message names a field to a person: never the field's name in the code. */
    private static final java.util.Map<String, String> WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("question", "your question"), java.util.Map.entry("text", "your wording"),
            java.util.Map.entry("what", "what you noticed"), java.util.Map.entry("thanks", "your thanks"),
            java.util.Map.entry("note", "your note"), java.util.Map.entry("title", "the title"),
            java.util.Map.entry("topicHint", "the topic"), java.util.Map.entry("gotInTheWay", "what got in the way"),
            java.util.Map.entry("answer", "your answer"), java.util.Map.entry("name", "the name"),
            java.util.Map.entry("notes", "the notes"));

    private static String words(String field) {
        return WORDS.getOrDefault(field, "this text");
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@code typed} trimmed and checked, or empty when blank. */
    public static Optional<String> checked(String field, String typed, int maxChars) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (text.codePointCount(0, text.length()) > maxChars) {
            throw new InvalidInputException(field, capitalised(words(field)) + " is too long: at most " + String.format(java.util.Locale.ROOT, "%,d", maxChars)
                    + " characters, and this has " + String.format(java.util.Locale.ROOT, "%,d", text.codePointCount(0, text.length())) + ".");
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new InvalidInputException(field, capitalised(words(field)) + " has an invisible control character in it; please remove it.");
        }
        if (hasBrokenCharacter(text)) {
            throw new InvalidInputException(field, capitalised(words(field)) + " has a broken character in it (half of an emoji or symbol).");
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
