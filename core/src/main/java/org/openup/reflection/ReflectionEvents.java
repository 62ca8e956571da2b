package org.openup.reflection;

import org.openup.reframer.Reframing;
import org.axonframework.serialization.Revision;
import org.openup.privacy.PersonalText;

/** What happened in a member's reflection. All private to the member unless an event says shared. */
public final class ReflectionEvents {

    private ReflectionEvents() {
    }

    @Revision("2")
    public record QuestionAsked(String reflectionId, String journeyId, String memberId, String questionId,
                                PersonalText original, PersonalText proposal, Reframing.Kind kind) {
    }

    /** Keeps all three texts: the original is in {@link QuestionAsked}, the proposal too, the final here. */
    @Revision("2")
    public record QuestionSettled(String reflectionId, String journeyId, String memberId, String questionId,
                                  QuestionDecision decision, PersonalText finalText) {
    }

    @Revision("2")
    public record ConstraintNoted(String reflectionId, String journeyId, String memberId, String constraintId,
                                  String kind, PersonalText ownTitle, PersonalText note) {
    }

    @Revision("2")
    public record ConstraintNoteRevised(String reflectionId, String journeyId, String memberId, String constraintId,
                                        PersonalText note) {
    }

    /** A newer question replaced one the member never decided on; only the newest waits for a decision. */
    public record QuestionReplaced(String reflectionId, String journeyId, String memberId, String questionId) {
    }

    @Revision("1")
    public record ConstraintSharingChanged(String reflectionId, String journeyId, String memberId, String constraintId,
                                           boolean shared) {
    }

    @Revision("2")
    public record MomentNoted(String reflectionId, String journeyId, String memberId, String momentId, PersonalText what) {
    }

    /** The one event of a reflection meant for the partner: they see the thanks, not the moment's note. */
    @Revision("2")
    public record GratitudeExpressed(String reflectionId, String journeyId, String memberId, String momentId,
                                     String partnerId, PersonalText thanks) {
    }
}
