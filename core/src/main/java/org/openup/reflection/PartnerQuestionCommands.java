package org.openup.reflection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openup.privacy.PersonalText;

import java.time.Duration;

/** The extra credit of step 1: asking the partner the constraint question itself, gently. */
public final class PartnerQuestionCommands {

    private PartnerQuestionCommands() {
    }

    public record PutQuestionToPartner(@TargetAggregateIdentifier String bookId, String journeyId, String askId,
                                       String asker, String partner, PersonalText question) {
    }

    /** The partner's answer is theirs: the asker sees it only when {@code shareWithAsker} is true. */
    public record AnswerPartnerQuestion(@TargetAggregateIdentifier String bookId, String askId, String member,
                                        PersonalText answer, boolean shareWithAsker) {
    }

    public record SayNotNowToQuestion(@TargetAggregateIdentifier String bookId, String askId, String member,
                                      Duration coolingOff) {
    }
}
