package org.openup.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openup.privacy.PersonalText;

import java.time.Instant;

public final class TalkCommands {

    private TalkCommands() {
    }

    /** A talk that happened: how long, where, who started it, and (if any) the invitation it answered. */
    public record RecordTalk(@TargetAggregateIdentifier String talkId, String journeyId, String invitationId,
                             String recordedBy, String startedBy, Instant heldAt, int minutes, String sceneId) {
    }

    /** Each member's own, private view of how the talk felt. */
    public record RateTalk(@TargetAggregateIdentifier String talkId, String member, int feltOpen, Outcome outcome,
                           PersonalText gotInTheWay) {
    }
}
