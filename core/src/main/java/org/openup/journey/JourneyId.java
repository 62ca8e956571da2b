package org.openup.journey;

import com.fasterxml.jackson.annotation.JsonValue;
import org.openup.member.MemberIds;
import org.openup.spi.failure.NotFoundException;

import java.util.Objects;

/**
 * A journey's id, so that core operations cannot be handed a member's id (or any other text) where
 * a journey is meant. Like {@link org.openup.member.MemberId}: checked once where it arrives, the
 * plain {@link #value()} in events, commands and tables, and a plain string in JSON.
 */
public record JourneyId(String value) {

    public JourneyId {
        Objects.requireNonNull(value, "journey id");
    }

    /** A journey being started. */
    public static JourneyId newId() {
        return new JourneyId(MemberIds.newId());
    }

    /**
     * An id that names one of the asking member's journeys (in a path, or from a plugin): one that
     * cannot be an id names none of them, so it is not found, exactly like an unknown one.
     */
    public static JourneyId named(String typed) {
        if (!MemberIds.isValid(typed)) {
            throw unknown(typed);
        }
        return new JourneyId(typed);
    }

    /** An id read back from where OpenUp stored it (a table, a profile), trusted as it is. */
    public static JourneyId of(String stored) {
        return new JourneyId(stored);
    }

    /** What a member is told about a journey id that is not one of theirs. */
    static NotFoundException unknown(String typed) {
        return new NotFoundException("You have no journey with id " + MemberIds.abbreviate(typed) + ".");
    }

    /** The plain id, as text shows it and as JSON writes it. */
    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
