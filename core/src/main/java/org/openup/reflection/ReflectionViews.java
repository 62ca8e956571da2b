package org.openup.reflection;

import org.openup.reframer.Reframing;
import java.time.Instant;

/** What the reflection operations and queries hand back, as the asking member may see it. */
public final class ReflectionViews {

    private ReflectionViews() {
    }

    /** The answer to a question: a reframing to decide on (a question that signals danger gets the safety note instead). */
    public record Reframed(String questionId, Reframing.Kind kind, String original, String proposal, String guidance) {
    }

    public record Question(String questionId, String original, String proposal, Reframing.Kind kind,
                           QuestionDecision decision, String finalText, Instant askedAt, Instant settledAt) {
    }

    /** {@code prompt} is the compassionate question to reflect on. */
    public record ConstraintAnswer(String constraintId, String prompt) {
    }

    public record Constraint(String constraintId, String authorId, boolean mine, String kind, String title, String note,
                             boolean shared, String prompt, Instant notedAt, Instant revisedAt) {
    }

    public record MomentAnswer(String momentId, String thankPrompt) {
    }

    /** A moment the viewer noticed, and the thanks they gave for it (if they did). */
    public record Moment(String momentId, String what, Instant notedAt, String thanks, Instant thankedAt) {
    }

    /** Thanks the viewer received from their partner: only the thanks, never the partner's note. */
    public record Thanks(String momentId, String fromId, String thanks, Instant thankedAt) {
    }
}
