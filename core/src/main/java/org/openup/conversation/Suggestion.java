package org.openup.conversation;

import java.util.Objects;

/**
 * How long the next talk should be, why, and how many connecting talks in a row have happened on
 * the current rung (so the app can say "one more good talk like that and we go a little longer").
 */
public record Suggestion(int minutes, Reason reason, int connectedInARow) {

    public Suggestion {
        if (!Ladder.RUNGS.contains(minutes)) {
            throw new IllegalArgumentException("A suggestion is one of the rungs " + Ladder.RUNGS + ", not " + minutes + ".");
        }
        Objects.requireNonNull(reason, "reason");
        if (connectedInARow < 0) {
            throw new IllegalArgumentException("connectedInARow cannot be negative, but got " + connectedInARow + ".");
        }
    }
}
