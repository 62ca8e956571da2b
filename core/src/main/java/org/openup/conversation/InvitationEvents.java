package org.openup.conversation;

import org.axonframework.serialization.Revision;
import org.openup.privacy.PersonalText;

import java.time.Instant;
import java.util.List;

public final class InvitationEvents {

    private InvitationEvents() {
    }

    @Revision("2")
    public record InvitationSent(String invitationsId, String journeyId, String invitationId, String asker, String invitee,
                                 PersonalText topicHint, int suggestedMinutes, List<String> sceneIds) {
        public boolean solo() {
            return invitee == null;
        }
    }

    /**
     * The time is an instant; {@code zone} is the chooser's, to show it as they meant it.
     * {@code chosenBy} is the asker only in solo mode (recording the partner's choice in person).
     * {@code remindAt} is when a reminder is due: scheduling it here makes it as durable as the choice.
     */
    @Revision("1")
    public record TimeChosen(String invitationsId, String journeyId, String invitationId, String chosenBy, Instant at,
                             String zone, String sceneId, Instant remindAt) {
    }

    @Revision("1")
    public record InvitationDeferred(String invitationsId, String journeyId, String invitationId, String by,
                                     Instant askAgainFrom) {
    }

    @Revision("1")
    public record InvitationDeclined(String invitationsId, String journeyId, String invitationId, String by,
                                     Instant askAgainFrom) {
    }

    public record InvitationWithdrawn(String invitationsId, String journeyId, String invitationId, String by) {
    }

    /** Recorded when the book is next used after an invitation waited {@link Invitations#EXPIRES_AFTER} unanswered. */
    public record InvitationExpired(String invitationsId, String journeyId, String invitationId) {
    }

    @Revision("1")
    public record ReadyForDeeperTopics(String invitationsId, String journeyId, String member) {
    }
}
