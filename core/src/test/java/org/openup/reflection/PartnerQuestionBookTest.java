package org.openup.reflection;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openup.spi.failure.RefusedException;
import org.openup.privacy.PersonalText;
import org.openup.reflection.PartnerQuestionCommands.AnswerPartnerQuestion;
import org.openup.reflection.PartnerQuestionCommands.PutQuestionToPartner;
import org.openup.reflection.PartnerQuestionCommands.SayNotNowToQuestion;
import org.openup.reflection.PartnerQuestionEvents.PartnerAnswered;
import org.openup.reflection.PartnerQuestionEvents.PartnerSaidNotNow;
import org.openup.reflection.PartnerQuestionEvents.QuestionPutToPartner;

import java.time.Duration;
import java.time.Instant;

class PartnerQuestionBookTest {

    private static final String B = PartnerQuestionBook.idFor("j1");
    private static final PersonalText Q = new PersonalText("ana", "What makes it hard to tell me when work is bad?");
    private static final PersonalText A = new PersonalText("ben", "I don't want to bring the stress home");
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final QuestionPutToPartner ASKED = new QuestionPutToPartner(B, "j1", "a1", "ana", "ben", Q);

    private AggregateTestFixture<PartnerQuestionBook> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PartnerQuestionBook.class);
    }

    @Test
    void theAskerPutsTheQuestionAndThePartnerAnswersChoosingWhetherToShare() {
        fixture.givenNoPriorActivity()
                .when(new PutQuestionToPartner(B, "j1", "a1", "ana", "ben", Q))
                .expectEvents(ASKED);
        fixture.given(ASKED)
                .when(new AnswerPartnerQuestion(B, "a1", "ben", A, false))
                .expectEvents(new PartnerAnswered(B, "j1", "a1", "ben", A, false));
    }

    @Test
    void onlyThePartnerAnswersAndOnlyOnce() {
        fixture.given(ASKED)
                .when(new AnswerPartnerQuestion(B, "a1", "ana", A, true))
                .expectException(RefusedException.class);
        fixture.given(ASKED, new PartnerAnswered(B, "j1", "a1", "ben", A, true))
                .when(new AnswerPartnerQuestion(B, "a1", "ben", A, true))
                .expectException(RefusedException.class);
    }

    @Test
    void oneOpenQuestionAtATimeAndNotNowIsRespected() {
        fixture.given(ASKED)
                .when(new PutQuestionToPartner(B, "j1", "a2", "ana", "ben", Q))
                .expectException(RefusedException.class);
        fixture.given(ASKED)
                .andGivenCurrentTime(NOW)
                .when(new SayNotNowToQuestion(B, "a1", "ben", Duration.ofHours(24)))
                .expectEvents(new PartnerSaidNotNow(B, "j1", "a1", "ben", NOW.plus(Duration.ofHours(24))));
        fixture.given(ASKED, new PartnerSaidNotNow(B, "j1", "a1", "ben", NOW.plus(Duration.ofHours(24))))
                .andGivenCurrentTime(NOW.plus(Duration.ofHours(1)))
                .when(new PutQuestionToPartner(B, "j1", "a2", "ana", "ben", Q))
                .expectException(RefusedException.class);
        fixture.given(ASKED, new PartnerSaidNotNow(B, "j1", "a1", "ben", NOW.plus(Duration.ofHours(24))))
                .andGivenCurrentTime(NOW.plus(Duration.ofHours(25)))
                .when(new PutQuestionToPartner(B, "j1", "a2", "ana", "ben", Q))
                .expectEvents(new QuestionPutToPartner(B, "j1", "a2", "ana", "ben", Q));
    }
}
