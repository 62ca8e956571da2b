package org.openup.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openup.privacy.PersonalText;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Going meta: the asker invites, only the invitee chooses. {@code invitationsId} is the journey's
 * invitation book ({@link Invitations#idFor}).
 */
public final class InvitationCommands {

    private InvitationCommands() {
    }

    /** {@code invitee} is null in solo mode, where the asker records what happened in person. */
    public record SendInvitation(@TargetAggregateIdentifier String invitationsId, String journeyId, String invitationId,
                                 String asker, String invitee, PersonalText topicHint, int suggestedMinutes,
                                 List<String> sceneIds) {
    }

    /** The invitee picks a time (in their time zone) and, if they like, a scene. */
    public record ChooseTime(@TargetAggregateIdentifier String invitationsId, String invitationId, String member,
                             Instant at, String zone, String sceneId, Duration remindBefore) {
    }

    /** "Not now": no reason asked for. */
    public record DeferInvitation(@TargetAggregateIdentifier String invitationsId, String invitationId, String member,
                                  Duration coolingOff) {
    }

    public record DeclineInvitation(@TargetAggregateIdentifier String invitationsId, String invitationId, String member,
                                    Duration coolingOff) {
    }

    /** The asker takes back an invitation that still waits for an answer. */
    public record WithdrawInvitation(@TargetAggregateIdentifier String invitationsId, String invitationId, String member) {
    }

    /** The quieter partner says deeper topics are welcome now; nothing else unlocks them. */
    public record SayReadyForDeeperTopics(@TargetAggregateIdentifier String invitationsId, String journeyId, String member) {
    }
}
