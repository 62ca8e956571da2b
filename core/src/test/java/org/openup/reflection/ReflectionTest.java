package org.openup.reflection;

import org.openup.reframer.Reframing;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openup.spi.failure.NotFoundException;
import org.openup.spi.failure.RefusedException;
import org.openup.privacy.PersonalText;
import org.openup.reflection.ReflectionCommands.AskQuestion;
import org.openup.reflection.ReflectionCommands.NoteConstraint;
import org.openup.reflection.ReflectionCommands.NoteMoment;
import org.openup.reflection.ReflectionCommands.ReviseConstraintNote;
import org.openup.reflection.ReflectionCommands.SetConstraintSharing;
import org.openup.reflection.ReflectionCommands.SettleQuestion;
import org.openup.reflection.ReflectionCommands.ThankPartner;
import org.openup.reflection.ReflectionEvents.ConstraintNoteRevised;
import org.openup.reflection.ReflectionEvents.ConstraintNoted;
import org.openup.reflection.ReflectionEvents.ConstraintSharingChanged;
import org.openup.reflection.ReflectionEvents.GratitudeExpressed;
import org.openup.reflection.ReflectionEvents.MomentNoted;
import org.openup.reflection.ReflectionEvents.QuestionAsked;
import org.openup.reflection.ReflectionEvents.QuestionReplaced;
import org.openup.reflection.ReflectionEvents.QuestionSettled;

class ReflectionTest {

    private static final String J = "j1";
    private static final String ANA = "ana";
    private static final String BEN = "ben";
    private static final String R = Reflection.idFor(J, ANA);
    private static final PersonalText ORIGINAL = new PersonalText(ANA, "how do I get him to open up");
    private static final PersonalText PROPOSAL = new PersonalText(ANA, "What is keeping him from opening up to me?");
    private static final PersonalText NOTE = new PersonalText(ANA, "His dad never talked about feelings");

    private AggregateTestFixture<Reflection> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Reflection.class);
    }

    private QuestionAsked asked() {
        return new QuestionAsked(R, J, ANA, "q1", ORIGINAL, PROPOSAL, Reframing.Kind.REFRAMED);
    }

    private ConstraintNoted noted() {
        return new ConstraintNoted(R, J, ANA, "c1", "family-of-origin", null, NOTE);
    }

    @Test
    void askingAQuestionKeepsTheOriginalAndTheProposal() {
        fixture.givenNoPriorActivity()
                .when(new AskQuestion(R, J, ANA, "q1", ORIGINAL, PROPOSAL, Reframing.Kind.REFRAMED))
                .expectEvents(asked());
    }

    @Test
    void theMemberAcceptsEditsOrRejectsTheProposalOnce() {
        PersonalText edited = new PersonalText(ANA, "What is keeping him from telling me how work is?");
        fixture.given(asked())
                .when(new SettleQuestion(R, "q1", QuestionDecision.EDITED, edited))
                .expectEvents(new QuestionSettled(R, J, ANA, "q1", QuestionDecision.EDITED, edited));
        fixture.given(asked(), new QuestionSettled(R, J, ANA, "q1", QuestionDecision.ACCEPTED, PROPOSAL))
                .when(new SettleQuestion(R, "q1", QuestionDecision.REJECTED, ORIGINAL))
                .expectException(RefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aNewQuestionReplacesOneLeftUndecidedButNotOnesDecided() {
        fixture.given(asked())
                .when(new AskQuestion(R, J, ANA, "q2", ORIGINAL, PROPOSAL, Reframing.Kind.REFRAMED))
                .expectEvents(new QuestionReplaced(R, J, ANA, "q1"),
                        new QuestionAsked(R, J, ANA, "q2", ORIGINAL, PROPOSAL, Reframing.Kind.REFRAMED));
        fixture.given(asked(), new QuestionSettled(R, J, ANA, "q1", QuestionDecision.ACCEPTED, PROPOSAL))
                .when(new AskQuestion(R, J, ANA, "q2", ORIGINAL, PROPOSAL, Reframing.Kind.REFRAMED))
                .expectEvents(new QuestionAsked(R, J, ANA, "q2", ORIGINAL, PROPOSAL, Reframing.Kind.REFRAMED));
        fixture.given(asked(), new QuestionReplaced(R, J, ANA, "q1"))
                .when(new SettleQuestion(R, "q1", QuestionDecision.ACCEPTED, PROPOSAL))
                .expectException(NotFoundException.class);
    }

    @Test
    void settlingAnUnknownQuestionIsNotFound() {
        fixture.given(asked())
                .when(new SettleQuestion(R, "nope", QuestionDecision.ACCEPTED, PROPOSAL))
                .expectException(NotFoundException.class);
    }

    @Test
    void constraintsStartPrivateAndOnlyTheirAuthorChangesThat() {
        fixture.givenNoPriorActivity()
                .when(new NoteConstraint(R, J, ANA, "c1", "family-of-origin", null, NOTE))
                .expectEvents(noted());
        fixture.given(noted())
                .when(new SetConstraintSharing(R, "c1", true))
                .expectEvents(new ConstraintSharingChanged(R, J, ANA, "c1", true));
        fixture.given(noted())
                .when(new SetConstraintSharing(R, "c1", false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(noted())
                .when(new ReviseConstraintNote(R, "c1", new PersonalText(ANA, "Also: he works nights")))
                .expectEvents(new ConstraintNoteRevised(R, J, ANA, "c1", new PersonalText(ANA, "Also: he works nights")));
        fixture.given(noted())
                .when(new SetConstraintSharing(R, "c9", true))
                .expectException(NotFoundException.class);
    }

    @Test
    void aNoticedMomentIsThankedOnceSpecifically() {
        MomentNoted moment = new MomentNoted(R, J, ANA, "m1", new PersonalText(ANA, "He told me about his week"));
        PersonalText thanks = new PersonalText(ANA, "Thank you for telling me how the week really went.");
        fixture.given(moment)
                .when(new ThankPartner(R, "m1", BEN, thanks))
                .expectEvents(new GratitudeExpressed(R, J, ANA, "m1", BEN, thanks));
        fixture.given(moment, new GratitudeExpressed(R, J, ANA, "m1", BEN, thanks))
                .when(new ThankPartner(R, "m1", BEN, thanks))
                .expectException(RefusedException.class);
        fixture.given(moment)
                .when(new ThankPartner(R, "m2", BEN, thanks))
                .expectException(NotFoundException.class);
        fixture.givenNoPriorActivity()
                .when(new NoteMoment(R, J, ANA, "m1", new PersonalText(ANA, "He told me about his week")))
                .expectEvents(moment);
    }
}
