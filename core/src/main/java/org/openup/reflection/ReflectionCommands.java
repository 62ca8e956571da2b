package org.openup.reflection;

import org.openup.reframer.Reframing;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openup.privacy.PersonalText;

/** What a member can do in their own reflection: questions, constraints, moments and thanks. */
public final class ReflectionCommands {

    private ReflectionCommands() {
    }

    /** The member's question in their own words, with the reframer's proposal. */
    public record AskQuestion(@TargetAggregateIdentifier String reflectionId, String journeyId, String memberId,
                              String questionId, PersonalText original, PersonalText proposal, Reframing.Kind kind) {
    }

    public record SettleQuestion(@TargetAggregateIdentifier String reflectionId, String questionId,
                                 QuestionDecision decision, PersonalText finalText) {
    }

    /** {@code kind} is a catalogue key; {@code ownTitle} names a constraint of the member's own. */
    public record NoteConstraint(@TargetAggregateIdentifier String reflectionId, String journeyId, String memberId,
                                 String constraintId, String kind, PersonalText ownTitle, PersonalText note) {
    }

    public record ReviseConstraintNote(@TargetAggregateIdentifier String reflectionId, String constraintId, PersonalText note) {
    }

    public record SetConstraintSharing(@TargetAggregateIdentifier String reflectionId, String constraintId, boolean shared) {
    }

    /** A moment the member noticed their partner opening up. */
    public record NoteMoment(@TargetAggregateIdentifier String reflectionId, String journeyId, String memberId,
                             String momentId, PersonalText what) {
    }

    /** Specific thanks for a noted moment, delivered to the partner. */
    public record ThankPartner(@TargetAggregateIdentifier String reflectionId, String momentId, String partnerId,
                               PersonalText thanks) {
    }
}
