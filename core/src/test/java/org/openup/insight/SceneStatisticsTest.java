package org.openup.insight;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SceneStatisticsTest {

    private final SceneStatistics statistics = new SceneStatistics();

    @Test
    void oneLuckyTalkDoesNotBeatAProvenScene() {
        // given one talk in the garden that connected, and seven good talks out of ten in the kitchen
        List<Observation> talks = new ArrayList<>();
        talks.add(talk("place", "garden", true));
        talks.addAll(repeat(talk("place", "kitchen", true), 7));
        talks.addAll(repeat(talk("place", "kitchen", false), 3));
        // when
        List<AttributeRate> ranking = statistics.rank(talks);
        // then the kitchen comes first, although the garden's raw share (1 of 1) is higher than 7 of 10
        assertThat(ranking).extracting(AttributeRate::value).containsExactly("kitchen", "garden");
        assertThat(ranking.get(0).rate()).isCloseTo(9.0 / 14, within(1e-12));
        assertThat(ranking.get(1).rate()).isCloseTo(3.0 / 5, within(1e-12));
    }

    @Test
    void theRateIsThePosteriorMeanOfTheBetaPrior() {
        // given
        List<Observation> talks = List.of(
                talk("music", "quiet", true), talk("music", "quiet", true), talk("music", "quiet", false),
                talk("music", "loud", false));
        // when
        List<AttributeRate> ranking = statistics.rank(talks);
        // then (2 + connected) / (4 + talks)
        assertThat(ranking).containsExactly(
                new AttributeRate("music", "quiet", 3, 2, 4.0 / 7, true),
                new AttributeRate("music", "loud", 1, 0, 2.0 / 5, false));
        assertThat(SceneStatistics.PRIOR_CONNECTED).isEqualTo(2.0);
        assertThat(SceneStatistics.PRIOR_NOT_CONNECTED).isEqualTo(2.0);
    }

    @Test
    void everyAttributeOfATalkCountsWithItsOwnSampleSize() {
        // given three walks, two of them with tea
        List<Observation> talks = List.of(
                new Observation(Map.of("movement", "walking", "food", "tea"), true),
                new Observation(Map.of("movement", "walking", "food", "tea"), false),
                new Observation(Map.of("movement", "walking"), true));
        // when
        List<AttributeRate> ranking = statistics.rank(talks);
        // then
        assertThat(ranking).extracting(AttributeRate::attribute, AttributeRate::value, AttributeRate::talks,
                        AttributeRate::connected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("movement", "walking", 3, 2),
                        org.assertj.core.groups.Tuple.tuple("food", "tea", 2, 1));
    }

    @Test
    void enoughDataStartsAtThreeTalks() {
        // given two talks in the evening and three in the morning
        List<Observation> talks = new ArrayList<>();
        talks.addAll(repeat(talk("timeOfDay", "evening", true), 2));
        talks.addAll(repeat(talk("timeOfDay", "morning", false), 3));
        // when
        List<AttributeRate> ranking = statistics.rank(talks);
        // then
        assertThat(SceneStatistics.ENOUGH_TALKS).isEqualTo(3);
        assertThat(ranking).extracting(AttributeRate::value, AttributeRate::enoughData)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("evening", false),
                        org.assertj.core.groups.Tuple.tuple("morning", true));
    }

    @Test
    void blankValuesAreIgnoredAndSpacesAroundAValueDoNotSplitIt() {
        // given
        Map<String, String> withNothing = new HashMap<>();
        withNothing.put("music", null);
        withNothing.put("food", "   ");
        withNothing.put("place", "");
        List<Observation> talks = List.of(
                new Observation(withNothing, true),
                new Observation(Map.of("food", " tea "), true),
                new Observation(Map.of("food", "tea"), false));
        // when
        List<AttributeRate> ranking = statistics.rank(talks);
        // then
        assertThat(ranking).containsExactly(new AttributeRate("food", "tea", 2, 1, 3.0 / 6, false));
    }

    @Test
    void tiesGoToMoreTalksThenAttributeThenValue() {
        // given four values that all end at a rate of exactly one half
        List<Observation> talks = new ArrayList<>();
        talks.addAll(repeat(talk("place", "garden", true), 2));
        talks.addAll(repeat(talk("place", "garden", false), 2));
        talks.add(talk("music", "quiet", true));
        talks.add(talk("music", "quiet", false));
        talks.add(talk("music", "loud", true));
        talks.add(talk("music", "loud", false));
        talks.add(talk("food", "tea", true));
        talks.add(talk("food", "tea", false));
        // when
        List<AttributeRate> ranking = statistics.rank(talks);
        // then the best-tried value first, the rest alphabetically
        assertThat(ranking).extracting(AttributeRate::rate).containsOnly(0.5);
        assertThat(ranking).extracting(r -> r.attribute() + "=" + r.value())
                .containsExactly("place=garden", "food=tea", "music=loud", "music=quiet");
    }

    @Test
    void noTalksGiveNoRanking() {
        assertThat(statistics.rank(List.of())).isEmpty();
    }

    @Test
    void theRankingCannotBeChangedByItsReader() {
        List<AttributeRate> ranking = statistics.rank(List.of(talk("place", "kitchen", true)));
        assertThatThrownBy(ranking::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anAttributeNeedsAName() {
        assertThatThrownBy(() -> new Observation(Map.of(" ", "kitchen"), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a name");
    }

    private static Observation talk(String attribute, String value, boolean connected) {
        return new Observation(Map.of(attribute, value), connected);
    }

    private static List<Observation> repeat(Observation talk, int times) {
        List<Observation> talks = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            talks.add(talk);
        }
        return talks;
    }
}
