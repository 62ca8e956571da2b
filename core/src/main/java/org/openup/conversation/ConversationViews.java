package org.openup.conversation;

import java.time.Instant;
import java.util.List;

public final class ConversationViews {

    private ConversationViews() {
    }

    /**
     * An invitation as the asker or the invitee sees it. {@code status} is open, chosen, deferred or
     * declined; {@code talkAt}/{@code talkZone} are set once a time is chosen.
     */
    public record Invitation(String invitationId, String askerId, String inviteeId, boolean solo, String topicHint,
                             int suggestedMinutes, List<String> sceneIds, Instant sentAt, String status, String answeredBy,
                             Instant answeredAt, Instant talkAt, String talkZone, String talkSceneId, Instant askAgainFrom,
                             Instant remindAt, boolean forYou, boolean withdrawable) {

        /**
         * Whether it waits for the viewer's answer: still open, and the viewer is the one invited, or,
         * alone, the asker who records what the partner chose in person. The web's "Waiting for you"
         * and the CLI's ids to answer both read this, so they cannot disagree.
         */
        static boolean waitsFor(String viewerId, String status, String askerId, String inviteeId) {
            return "open".equals(status) && (viewerId.equals(inviteeId) || (inviteeId == null && viewerId.equals(askerId)));
        }

        /**
         * Whether the viewer may take it back: still open, and theirs (the rule {@code Invitations}
         * applies). The web's withdraw button and the CLI's ids to withdraw both read this.
         */
        static boolean withdrawableBy(String viewerId, String status, String askerId) {
            return "open".equals(status) && viewerId.equals(askerId);
        }
    }

    /** A held talk, with the viewer's own rating only (the partner's stays theirs). */
    public record Talk(String talkId, String invitationId, String recordedBy, String startedBy, Instant heldAt, int minutes,
                       String sceneId, MyRating myRating) {
    }

    public record MyRating(int feltOpen, Outcome outcome, String gotInTheWay, Instant ratedAt) {
    }

    /** A reminder due for delivery, addressed to both members of an invitation that has a chosen time. */
    public record Reminder(String invitationId, String journeyId, List<String> memberIds, Instant talkAt, String talkZone,
                           Instant remindAt) {
    }
}
