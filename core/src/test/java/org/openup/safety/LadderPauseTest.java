package org.openup.safety;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openup.safety.LadderPauseCommands.PauseTalkLadder;
import org.openup.safety.LadderPauseCommands.ResumeTalkLadder;
import org.openup.safety.LadderPauseEvents.TalkLadderPaused;
import org.openup.safety.LadderPauseEvents.TalkLadderResumed;

class LadderPauseTest {

    private static final String ID = LadderPause.idFor("j1", "ana");

    private AggregateTestFixture<LadderPause> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LadderPause.class);
    }

    @Test
    void aSafetyNotePausesTheLadder() {
        fixture.givenNoPriorActivity()
                .when(new PauseTalkLadder(ID, "j1", "ana"))
                .expectEvents(new TalkLadderPaused(ID, "j1", "ana"));
    }

    @Test
    void aSecondNoteWhilePausedRecordsNothing() {
        fixture.given(new TalkLadderPaused(ID, "j1", "ana"))
                .when(new PauseTalkLadder(ID, "j1", "ana"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theMemberResumesIt() {
        fixture.given(new TalkLadderPaused(ID, "j1", "ana"))
                .when(new ResumeTalkLadder(ID, "j1", "ana"))
                .expectEvents(new TalkLadderResumed(ID, "j1", "ana"));
    }

    @Test
    void resumingALadderThatRunsRecordsNothing() {
        fixture.given(new TalkLadderPaused(ID, "j1", "ana"), new TalkLadderResumed(ID, "j1", "ana"))
                .when(new ResumeTalkLadder(ID, "j1", "ana"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void afterAResumeANewNotePausesItAgain() {
        fixture.given(new TalkLadderPaused(ID, "j1", "ana"), new TalkLadderResumed(ID, "j1", "ana"))
                .when(new PauseTalkLadder(ID, "j1", "ana"))
                .expectEvents(new TalkLadderPaused(ID, "j1", "ana"));
    }
}
