package org.openup.conversation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openup.conversation.TalkCommands.RateTalk;
import org.openup.conversation.TalkCommands.RecordTalk;
import org.openup.conversation.TalkEvents.TalkHeld;
import org.openup.conversation.TalkEvents.TalkRated;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.RefusedException;
import org.openup.privacy.PersonalText;

import java.time.Instant;

class TalkTest {

    private static final Instant AT = Instant.parse("2026-11-26T19:30:00Z");
    private static final TalkHeld HELD = new TalkHeld("t1", "j1", "i1", "ana", "ben", AT, 7, "s1");

    private AggregateTestFixture<Talk> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Talk.class);
    }

    @Test
    void aHeldTalkRecordsMinutesSceneAndWhoStarted() {
        fixture.givenNoPriorActivity()
                .when(new RecordTalk("t1", "j1", "i1", "ana", "ben", AT, 7, "s1"))
                .expectEvents(HELD);
    }

    @Test
    void impossibleLengthsAreRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordTalk("t1", "j1", null, "ana", "ana", AT, 0, null))
                .expectException(InvalidInputException.class);
    }

    @Test
    void eachMemberRatesOncePrivately() {
        PersonalText why = new PersonalText("ana", "We were both tired");
        fixture.given(HELD)
                .when(new RateTalk("t1", "ana", 2, Outcome.OFF_THE_RAILS, why))
                .expectEvents(new TalkRated("t1", "j1", "ana", 2, Outcome.OFF_THE_RAILS, why));
        fixture.given(HELD, new TalkRated("t1", "j1", "ana", 4, Outcome.CONNECTED, null))
                .when(new RateTalk("t1", "ben", 3, Outcome.NEUTRAL, null))
                .expectEvents(new TalkRated("t1", "j1", "ben", 3, Outcome.NEUTRAL, null));
        fixture.given(HELD, new TalkRated("t1", "j1", "ana", 4, Outcome.CONNECTED, null))
                .when(new RateTalk("t1", "ana", 5, Outcome.CONNECTED, null))
                .expectException(RefusedException.class);
    }

    @Test
    void feltOpenIsFromOneToFive() {
        fixture.given(HELD)
                .when(new RateTalk("t1", "ana", 6, Outcome.CONNECTED, null))
                .expectException(InvalidInputException.class);
        fixture.given(HELD)
                .when(new RateTalk("t1", "ana", 0, Outcome.CONNECTED, null))
                .expectException(InvalidInputException.class);
    }
}
