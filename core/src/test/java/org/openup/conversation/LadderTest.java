package org.openup.conversation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openup.conversation.Outcome.CONNECTED;
import static org.openup.conversation.Outcome.NEUTRAL;
import static org.openup.conversation.Outcome.OFF_THE_RAILS;

class LadderTest {

    private final Ladder ladder = new Ladder();

    @Test
    void theFirstTalkStartsAtFiveMinutes() {
        // given no talk yet
        List<TalkOutcome> history = List.of();
        // when
        Suggestion suggestion = ladder.next(history);
        // then
        assertThat(suggestion).isEqualTo(new Suggestion(5, Reason.FIRST_TALK, 0));
    }

    @Test
    void aChosenStartRungIsWhereTheFirstTalkStarts() {
        // given a ladder that starts at 15 minutes
        Ladder fromFifteen = new Ladder(15, 3);
        // when
        Suggestion suggestion = fromFifteen.next(List.of());
        // then
        assertThat(suggestion).isEqualTo(new Suggestion(15, Reason.FIRST_TALK, 0));
    }

    @Test
    void oneConnectingTalkIsNotYetEnoughToLengthen() {
        // given
        List<TalkOutcome> history = talks(CONNECTED);
        // when
        Suggestion suggestion = ladder.next(history);
        // then
        assertThat(suggestion).isEqualTo(new Suggestion(5, Reason.STAY, 1));
    }

    @Test
    void twoConnectingTalksInARowLengthenByExactlyOneRung() {
        // given
        List<TalkOutcome> history = talks(CONNECTED, CONNECTED);
        // when
        Suggestion suggestion = ladder.next(history);
        // then the streak starts again on the new rung
        assertThat(suggestion).isEqualTo(new Suggestion(10, Reason.LENGTHEN_AFTER_CONNECTING_TALKS, 0));
    }

    @Test
    void theStreakCountsAgainOnTheNewRung() {
        // given
        List<TalkOutcome> history = talks(CONNECTED, CONNECTED, CONNECTED);
        // when
        Suggestion suggestion = ladder.next(history);
        // then
        assertThat(suggestion).isEqualTo(new Suggestion(10, Reason.STAY, 1));
    }

    @Test
    void theNumberOfConnectingTalksNeededIsConfigurable() {
        // given a ladder that needs three in a row
        Ladder patient = new Ladder(5, 3);
        // when / then
        assertThat(patient.next(talks(CONNECTED, CONNECTED))).isEqualTo(new Suggestion(5, Reason.STAY, 2));
        assertThat(patient.next(talks(CONNECTED, CONNECTED, CONNECTED)))
                .isEqualTo(new Suggestion(10, Reason.LENGTHEN_AFTER_CONNECTING_TALKS, 0));
    }

    @Test
    void aNeutralTalkKeepsTheRungAndResetsTheStreak() {
        // given one good talk, then a neutral one, then a good one again
        List<TalkOutcome> history = talks(CONNECTED, NEUTRAL, CONNECTED);
        // when
        Suggestion suggestion = ladder.next(history);
        // then the two good talks were not in a row
        assertThat(suggestion).isEqualTo(new Suggestion(5, Reason.STAY, 1));
    }

    @Test
    void aNeutralLastTalkIsReportedAsStaying() {
        // given a ladder on 10 minutes
        List<TalkOutcome> history = talks(CONNECTED, CONNECTED, CONNECTED, NEUTRAL);
        // when
        Suggestion suggestion = ladder.next(history);
        // then
        assertThat(suggestion).isEqualTo(new Suggestion(10, Reason.STAY, 0));
    }

    @Test
    void aTalkOffTheRailsStepsBackOneRungAndResetsTheStreak() {
        // given the ladder reached 15 minutes and had one good talk there
        List<TalkOutcome> history = talks(CONNECTED, CONNECTED, CONNECTED, CONNECTED, CONNECTED, OFF_THE_RAILS);
        assertThat(ladder.next(history.subList(0, 5))).isEqualTo(new Suggestion(15, Reason.STAY, 1));
        // when the next talk went off the rails
        Suggestion suggestion = ladder.next(history);
        // then
        assertThat(suggestion).isEqualTo(new Suggestion(10, Reason.STEP_BACK_AFTER_OFF_THE_RAILS, 0));
    }

    @Test
    void afterAStepBackTheStreakStartsFromNothing() {
        // given a good talk on 10 minutes, a talk off the rails, then one good talk
        List<TalkOutcome> history = talks(CONNECTED, CONNECTED, CONNECTED, OFF_THE_RAILS, CONNECTED);
        // when
        Suggestion suggestion = ladder.next(history);
        // then one good talk is not yet enough to climb again
        assertThat(suggestion).isEqualTo(new Suggestion(5, Reason.STAY, 1));
    }

    @Test
    void theLadderNeverStepsBelowTheFirstRung() {
        // given
        List<TalkOutcome> history = talks(OFF_THE_RAILS, OFF_THE_RAILS);
        // when
        Suggestion suggestion = ladder.next(history);
        // then
        assertThat(suggestion).isEqualTo(new Suggestion(5, Reason.STEP_BACK_AFTER_OFF_THE_RAILS, 0));
    }

    @Test
    void aStepBackMayGoBelowAChosenStart() {
        // given a ladder that started at 15 minutes
        Ladder fromFifteen = new Ladder(15, 2);
        // when the first talk went off the rails
        Suggestion suggestion = fromFifteen.next(talks(OFF_THE_RAILS));
        // then shorter is the safe direction, even below the chosen start
        assertThat(suggestion).isEqualTo(new Suggestion(10, Reason.STEP_BACK_AFTER_OFF_THE_RAILS, 0));
    }

    @Test
    void aLongConnectingTalkDoesNotLetTheLadderJump() {
        // given two good talks at the 5-minute rung that each ran a full hour
        List<TalkOutcome> one = List.of(new TalkOutcome(60, CONNECTED));
        List<TalkOutcome> two = List.of(new TalkOutcome(60, CONNECTED), new TalkOutcome(60, CONNECTED));
        // when / then each counts as one connecting talk, and the climb is one rung
        assertThat(ladder.next(one)).isEqualTo(new Suggestion(5, Reason.STAY, 1));
        assertThat(ladder.next(two)).isEqualTo(new Suggestion(10, Reason.LENGTHEN_AFTER_CONNECTING_TALKS, 0));
    }

    @Test
    void aShortTalkOffTheRailsStillStepsBackOneRung() {
        // given the ladder is on 10 minutes and the next talk derailed after one minute
        List<TalkOutcome> history = new ArrayList<>(talks(CONNECTED, CONNECTED));
        history.add(new TalkOutcome(1, OFF_THE_RAILS));
        // when
        Suggestion suggestion = ladder.next(history);
        // then
        assertThat(suggestion).isEqualTo(new Suggestion(5, Reason.STEP_BACK_AFTER_OFF_THE_RAILS, 0));
    }

    @Test
    void aLongRunOfGoodTalksClimbsEveryRungInTurnWithoutSkipping() {
        // given fourteen good talks in a row
        List<TalkOutcome> history = Collections.nCopies(14, new TalkOutcome(5, CONNECTED));
        // when we ask after each of them
        List<Integer> suggested = new ArrayList<>();
        for (int i = 0; i <= history.size(); i++) {
            suggested.add(ladder.next(history.subList(0, i)).minutes());
        }
        // then
        assertThat(suggested).containsExactly(5, 5, 10, 10, 15, 15, 20, 20, 30, 30, 45, 45, 60, 60, 60);
    }

    @Test
    void reachingTheTopIsALengtheningStep() {
        // given a ladder on 45 minutes
        Ladder fromFortyFive = new Ladder(45, 2);
        // when
        Suggestion suggestion = fromFortyFive.next(talks(CONNECTED, CONNECTED));
        // then
        assertThat(suggestion).isEqualTo(new Suggestion(60, Reason.LENGTHEN_AFTER_CONNECTING_TALKS, 0));
    }

    @Test
    void atTheTopGoodTalksKeepTheLengthAndKeepCounting() {
        // given a ladder on the top rung
        Ladder fromTheTop = new Ladder(60, 2);
        // when
        Suggestion suggestion = fromTheTop.next(talks(CONNECTED, CONNECTED, CONNECTED));
        // then
        assertThat(suggestion).isEqualTo(new Suggestion(60, Reason.AT_THE_TOP, 3));
    }

    @Test
    void atTheTopANeutralTalkKeepsTheTop() {
        // given
        Ladder fromTheTop = new Ladder(60, 2);
        // when
        Suggestion suggestion = fromTheTop.next(talks(CONNECTED, NEUTRAL));
        // then
        assertThat(suggestion).isEqualTo(new Suggestion(60, Reason.AT_THE_TOP, 0));
    }

    @Test
    void atTheTopATalkOffTheRailsStillStepsBack() {
        // given
        Ladder fromTheTop = new Ladder(60, 2);
        // when
        Suggestion suggestion = fromTheTop.next(talks(CONNECTED, OFF_THE_RAILS));
        // then
        assertThat(suggestion).isEqualTo(new Suggestion(45, Reason.STEP_BACK_AFTER_OFF_THE_RAILS, 0));
    }

    @Test
    void theSameHistoryAlwaysGivesTheSameSuggestion() {
        // given
        List<TalkOutcome> history = talks(CONNECTED, CONNECTED, NEUTRAL, CONNECTED, OFF_THE_RAILS, CONNECTED);
        // when
        Suggestion first = ladder.next(history);
        Suggestion again = new Ladder().next(List.copyOf(history));
        // then
        assertThat(again).isEqualTo(first).isEqualTo(new Suggestion(5, Reason.STAY, 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, 7, 25, 90, -5})
    void aStartThatIsNotARungIsRefused(int startMinutes) {
        assertThatThrownBy(() -> new Ladder(startMinutes, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(startMinutes))
                .hasMessageContaining(Ladder.RUNGS.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void lengtheningNeedsAtLeastOneConnectingTalk(int connectedTalksToLengthen) {
        assertThatThrownBy(() -> new Ladder(5, connectedTalksToLengthen))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one connecting talk");
    }

    @Test
    void aTalkLastsAtLeastAMinuteAndHasAnOutcome() {
        assertThatThrownBy(() -> new TalkOutcome(0, CONNECTED)).isInstanceOf(IllegalArgumentException.class);
        assertThatNullPointerException().isThrownBy(() -> new TalkOutcome(5, null));
        assertThatNullPointerException().isThrownBy(() -> ladder.next(null));
    }

    @Test
    void theRungsAreTheShortAndSweetSteps() {
        assertThat(Ladder.RUNGS).containsExactly(5, 10, 15, 20, 30, 45, 60);
    }

    private static List<TalkOutcome> talks(Outcome... outcomes) {
        List<TalkOutcome> history = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            history.add(new TalkOutcome(5, outcome));
        }
        return List.copyOf(history);
    }
}
