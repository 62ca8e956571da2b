package org.openup.conversation;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LadderPropertiesTest {

    @Property
    void theSuggestionIsAlwaysOneOfTheRungs(@ForAll("ladders") Ladder ladder,
                                             @ForAll("histories") List<TalkOutcome> history) {
        Suggestion suggestion = ladder.next(history);

        assertThat(Ladder.RUNGS).contains(suggestion.minutes());
        Statistics.label("suggested minutes").collect(suggestion.minutes())
                .coverage(c -> c.check(60).percentage(p -> p > 1.0));
    }

    @Property
    void theSuggestionNeverMovesMoreThanOneRungFromTheOneBeforeTheLastTalk(
            @ForAll("ladders") Ladder ladder, @ForAll("nonEmptyHistories") List<TalkOutcome> history) {
        int move = rung(ladder.next(history)) - rung(ladder.next(withoutLast(history)));

        assertThat(move).isBetween(-1, 1);
        Statistics.label("move").collect(move).coverage(c -> {
            c.check(-1).percentage(p -> p > 5.0);
            c.check(0).percentage(p -> p > 5.0);
            c.check(1).percentage(p -> p > 5.0);
        });
    }

    @Property
    void onlyAConnectingTalkEverLengthens(@ForAll("ladders") Ladder ladder,
                                          @ForAll("nonEmptyHistories") List<TalkOutcome> history) {
        Suggestion before = ladder.next(withoutLast(history));
        Suggestion after = ladder.next(history);
        boolean lengthened = after.minutes() > before.minutes();

        if (lengthened) {
            assertThat(last(history).outcome()).isEqualTo(Outcome.CONNECTED);
        }
        assertThat(after.reason() == Reason.LENGTHEN_AFTER_CONNECTING_TALKS).isEqualTo(lengthened);
        Statistics.label("last talk").collect(last(history).outcome(), lengthened);
    }

    @Property
    void aTalkOffTheRailsNeverYieldsALongerSuggestion(@ForAll("ladders") Ladder ladder,
                                                      @ForAll("histories") List<TalkOutcome> earlier,
                                                      @ForAll("minutes") int minutes) {
        Suggestion before = ladder.next(earlier);
        Suggestion after = ladder.next(append(earlier, new TalkOutcome(minutes, Outcome.OFF_THE_RAILS)));

        assertThat(after.minutes()).isLessThanOrEqualTo(before.minutes());
        // and it really steps back, unless there is nowhere lower to go
        if (before.minutes() > Ladder.RUNGS.get(0)) {
            assertThat(after.minutes()).isLessThan(before.minutes());
        }
        assertThat(after.reason()).isEqualTo(Reason.STEP_BACK_AFTER_OFF_THE_RAILS);
        assertThat(after.connectedInARow()).isZero();
    }

    @Property
    void theMinutesATalkLastedNeverChangeTheSuggestion(@ForAll("ladders") Ladder ladder,
                                                       @ForAll("histories") List<TalkOutcome> history,
                                                       @ForAll("minutes") int otherMinutes) {
        List<TalkOutcome> sameOutcomesOtherLengths = new ArrayList<>();
        for (TalkOutcome talk : history) {
            sameOutcomesOtherLengths.add(new TalkOutcome(otherMinutes, talk.outcome()));
        }

        assertThat(ladder.next(sameOutcomesOtherLengths)).isEqualTo(ladder.next(history));
    }

    @Property
    void everyRungClimbedCostsTheFullRunOfConnectingTalks(@ForAll("rungs") int start,
                                                           @ForAll("needed") int needed,
                                                           @ForAll("histories") List<TalkOutcome> history) {
        Ladder ladder = new Ladder(start, needed);
        long connecting = history.stream().filter(t -> t.outcome() == Outcome.CONNECTED).count();
        int climbed = rung(ladder.next(history)) - Ladder.RUNGS.indexOf(start);

        assertThat((long) climbed * needed).isLessThanOrEqualTo(connecting);
    }

    @Property
    void theStreakShownIsBelowWhatLengthensUnlessAtTheTop(@ForAll("rungs") int start,
                                                          @ForAll("needed") int needed,
                                                          @ForAll("histories") List<TalkOutcome> history) {
        Suggestion suggestion = new Ladder(start, needed).next(history);

        assertThat(suggestion.connectedInARow()).isNotNegative();
        if (suggestion.minutes() < 60) {
            assertThat(suggestion.connectedInARow()).isLessThan(needed);
        }
    }

    @Provide
    Arbitrary<Integer> rungs() {
        return Arbitraries.of(Ladder.RUNGS);
    }

    @Provide
    Arbitrary<Integer> needed() {
        return Arbitraries.integers().between(1, 4);
    }

    @Provide
    Arbitrary<Integer> minutes() {
        return Arbitraries.integers().between(1, 180);
    }

    @Provide
    Arbitrary<Ladder> ladders() {
        return Combinators.combine(rungs(), needed()).as(Ladder::new);
    }

    @Provide
    Arbitrary<List<TalkOutcome>> histories() {
        return talks().list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<TalkOutcome>> nonEmptyHistories() {
        return talks().list().ofMinSize(1).ofMaxSize(40);
    }

    /** Weighted towards good talks, so that histories climb high enough to reach the top. */
    private Arbitrary<TalkOutcome> talks() {
        Arbitrary<Outcome> outcomes = Arbitraries.frequency(
                Tuple.of(6, Outcome.CONNECTED), Tuple.of(2, Outcome.NEUTRAL), Tuple.of(2, Outcome.OFF_THE_RAILS));
        return Combinators.combine(minutes(), outcomes).as(TalkOutcome::new);
    }

    private static int rung(Suggestion suggestion) {
        return Ladder.RUNGS.indexOf(suggestion.minutes());
    }

    private static TalkOutcome last(List<TalkOutcome> history) {
        return history.get(history.size() - 1);
    }

    private static List<TalkOutcome> withoutLast(List<TalkOutcome> history) {
        return history.subList(0, history.size() - 1);
    }

    private static List<TalkOutcome> append(List<TalkOutcome> history, TalkOutcome talk) {
        List<TalkOutcome> longer = new ArrayList<>(history);
        longer.add(talk);
        return longer;
    }
}
