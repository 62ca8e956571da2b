package org.openup.export;

import org.openup.conversation.ConversationViews;
import org.openup.journey.JourneyView;
import org.openup.member.MemberId;
import org.openup.reflection.PartnerQuestions;
import org.openup.reflection.ReflectionViews;
import org.openup.scene.Scenes;

import java.time.Instant;
import java.util.List;

/**
 * Everything one member may take with them from one journey: what they wrote, and what was
 * shared with them. Never the partner's private entries. {@code schema} names this format's
 * version; docs/export.md describes it.
 */
public record ExportDocument(String schema, Instant exportedAt, MemberId memberId, JourneyView journey,
                             List<ReflectionViews.Question> questions, List<ReflectionViews.Constraint> constraints,
                             List<ReflectionViews.Moment> moments, List<ReflectionViews.Thanks> thanksReceived,
                             List<PartnerQuestions.View> partnerQuestions, List<Scenes.View> scenes,
                             List<ConversationViews.Invitation> invitations, List<ConversationViews.Talk> talks) {

    public static final String SCHEMA = "openup-export/1";
}
