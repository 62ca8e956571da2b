package org.openup.conversation;

import org.axonframework.serialization.Revision;
import org.openup.privacy.PersonalText;

import java.time.Instant;

public final class TalkEvents {

    private TalkEvents() {
    }

    @Revision("1")
    public record TalkHeld(String talkId, String journeyId, String invitationId, String recordedBy, String startedBy,
                           Instant heldAt, int minutes, String sceneId) {
    }

    /** Private to {@code member}: no query ever shows it to the partner. */
    @Revision("2")
    public record TalkRated(String talkId, String journeyId, String member, int feltOpen, Outcome outcome,
                            PersonalText gotInTheWay) {
    }
}
