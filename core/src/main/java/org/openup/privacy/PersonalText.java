package org.openup.privacy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

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
