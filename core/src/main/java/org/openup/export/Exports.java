package org.openup.export;

import org.openup.conversation.Conversations;
import org.openup.journey.JourneyAccess;
import org.openup.journey.JourneyId;
import org.openup.journey.JourneyView;
import org.openup.member.MemberId;
import org.openup.reflection.PartnerQuestions;
import org.openup.reflection.Reflections;
import org.openup.scene.Scenes;

import java.time.Clock;

/** Gathers a member's export from the same member-scoped queries everything else uses. */
public final class Exports {

    private final JourneyAccess access;
    private final Reflections reflections;
    private final PartnerQuestions partnerQuestions;
    private final Scenes scenes;
    private final Conversations conversations;
    private final Clock clock;

    public Exports(JourneyAccess access, Reflections reflections, PartnerQuestions partnerQuestions, Scenes scenes,
                   Conversations conversations, Clock clock) {
        this.access = access;
        this.reflections = reflections;
        this.partnerQuestions = partnerQuestions;
        this.scenes = scenes;
        this.conversations = conversations;
        this.clock = clock;
    }

    public ExportDocument export(MemberId memberId, JourneyId journeyId) {
        JourneyView journey = access.toRead(memberId, journeyId); // checked once, then every part read as this member
        return new ExportDocument(ExportDocument.SCHEMA, clock.instant(), memberId, journey,
                reflections.questions(journey), reflections.constraints(journey), reflections.moments(journey),
                reflections.thanksReceived(journey), partnerQuestions.list(journey), scenes.library(journey),
                conversations.invitations(journey), conversations.talks(journey));
    }
}
