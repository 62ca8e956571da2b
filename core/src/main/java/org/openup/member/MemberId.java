package org.openup.member;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * A member's id, so that core operations cannot be handed a journey's id (or any other text) where
 * a member is meant. Outside input is checked once, where it arrives ({@link #parse}); events,
 * commands and tables keep the plain {@link #value()}, and JSON shows it as a plain string.
 *
 * <p>The plugin SPI passes ids as text (plugins see no core types); the plugin host converts.
 */
public record MemberId(String value) {

    public MemberId {
        Objects.requireNonNull(value, "member id");
    }

    /** A new member, who has no id yet. */
    public static MemberId newId() {
        return new MemberId(MemberIds.newId());
    }

    /** An id typed or sent from outside; refused as input naming {@code field} unless it is one (see {@link MemberIds#parse}). */
    public static MemberId parse(String field, String typed) {
        return new MemberId(MemberIds.parse(field, typed));
    }

    /** An id read back from where OpenUp stored it (a table, a profile, a notification), trusted as it is. */
    public static MemberId of(String stored) {
        return new MemberId(stored);
    }

    /** The plain id, as text shows it and as JSON writes it. */
    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
