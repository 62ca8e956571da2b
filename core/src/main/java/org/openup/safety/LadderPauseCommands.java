package org.openup.safety;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public final class LadderPauseCommands {

    private LadderPauseCommands() {
    }

    /** A member wrote something that signals danger: their talk ladder stops suggesting talks. */
    public record PauseTalkLadder(@TargetAggregateIdentifier String pauseId, String journeyId, String memberId) {
    }

    /** The member says they are ready to go on. */
    public record ResumeTalkLadder(@TargetAggregateIdentifier String pauseId, String journeyId, String memberId) {
    }
}
