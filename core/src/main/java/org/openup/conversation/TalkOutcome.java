package org.openup.conversation;

import java.util.Objects;

/**
 * One talk that took place: how many minutes it actually lasted and how it went. The minutes are
 * kept for the record only; the {@link Ladder} never lets them decide how far to climb.
 */
public record TalkOutcome(int minutes, Outcome outcome) {

    public TalkOutcome {
        if (minutes < 1) {
            throw new IllegalArgumentException("A talk lasts at least one minute, but got " + minutes + ".");
        }
        Objects.requireNonNull(outcome, "outcome");
    }
}
