package org.openup.insight;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SceneStatisticsPropertiesTest {

    private final SceneStatistics statistics = new SceneStatistics();

    @Property
    void ratesStayBetweenZeroAndOne(@ForAll("talks") List<Observation> talks) {
        for (AttributeRate rate : statistics.rank(talks)) {
            assertThat(rate.rate()).isBetween(0.0, 1.0);
            // the prior keeps every rate off the extremes, however one-sided the data
            assertThat(rate.rate()).isGreaterThan(0.0).isLessThan(1.0);
        }
    }

    @Property
    void sampleSizesCountEveryTalkWithThatValue(@ForAll("talks") List<Observation> talks) {
        for (AttributeRate rate : statistics.rank(talks)) {
            long withValue = talks.stream()
                    .filter(t -> rate.value().equals(t.attributes().get(rate.attribute()))).count();
            long connected = talks.stream()
                    .filter(t -> t.connected() && rate.value().equals(t.attributes().get(rate.attribute()))).count();
            assertThat(rate.talks()).isEqualTo((int) withValue);
            assertThat(rate.connected()).isEqualTo((int) connected);
            assertThat(rate.enoughData()).isEqualTo(withValue >= SceneStatistics.ENOUGH_TALKS);
        }
    }

    @Property
    void theRankingIsBestFirst(@ForAll("talks") List<Observation> talks) {
        List<AttributeRate> ranking = statistics.rank(talks);
        for (int i = 1; i < ranking.size(); i++) {
            AttributeRate better = ranking.get(i - 1);
            AttributeRate worse = ranking.get(i);
            assertThat(better.rate()).isGreaterThanOrEqualTo(worse.rate());
            if (better.rate() == worse.rate()) {
                assertThat(better.talks()).isGreaterThanOrEqualTo(worse.talks());
            }
        }
    }

    @Property
    void oneMoreConnectingTalkNeverLowersAValuesRateNorItsRank(@ForAll("talks") List<Observation> talks,
                                                               @ForAll @IntRange(min = 0, max = 30) int pick) {
        List<AttributeRate> before = statistics.rank(talks);
        Assume.that(!before.isEmpty());
        AttributeRate chosen = before.get(pick % before.size());

        List<AttributeRate> after = statistics.rank(
                plus(talks, new Observation(Map.of(chosen.attribute(), chosen.value()), true)));
        int placeBefore = place(before, chosen);
        int placeAfter = place(after, chosen);

        assertThat(after.get(placeAfter).rate()).isGreaterThanOrEqualTo(chosen.rate());
        assertThat(placeAfter).isLessThanOrEqualTo(placeBefore);
        Statistics.label("rank moved up").collect(placeAfter < placeBefore)
                .coverage(c -> c.check(true).percentage(p -> p > 10.0));
    }

    @Property
    void oneMoreConnectingTalkInAFullerSceneNeverLowersTheRateOfAnyOfItsValues(
            @ForAll("talks") List<Observation> talks, @ForAll @IntRange(min = 0, max = 30) int pick,
            @ForAll("scene") Observation rest) {
        List<AttributeRate> ranking = statistics.rank(talks);
        Assume.that(!ranking.isEmpty());
        Observation connecting = sceneWith(ranking.get(pick % ranking.size()), rest, true);
        Map<String, Double> before = rates(ranking);
        Map<String, Double> after = rates(statistics.rank(plus(talks, connecting)));

        connecting.attributes().forEach((attribute, value) -> {
            String key = attribute + "=" + value;
            if (before.containsKey(key)) {
                assertThat(after.get(key)).isGreaterThanOrEqualTo(before.get(key));
            }
        });
    }

    @Property
    void oneMoreTalkThatDidNotConnectNeverRaisesTheRate(@ForAll("talks") List<Observation> talks,
                                                        @ForAll @IntRange(min = 0, max = 30) int pick,
                                                        @ForAll("scene") Observation rest) {
        List<AttributeRate> ranking = statistics.rank(talks);
        Assume.that(!ranking.isEmpty());
        Observation notConnecting = sceneWith(ranking.get(pick % ranking.size()), rest, false);
        Map<String, Double> before = rates(ranking);
        Map<String, Double> after = rates(statistics.rank(plus(talks, notConnecting)));

        notConnecting.attributes().forEach((attribute, value) -> {
            String key = attribute + "=" + value;
            if (before.containsKey(key)) {
                assertThat(after.get(key)).isLessThanOrEqualTo(before.get(key));
                // with a prior above zero it always drops a little
                assertThat(after.get(key)).isLessThan(before.get(key));
            }
        });
    }

    /** A scene that surely holds the chosen value, plus whatever other attributes {@code rest} brings. */
    private static Observation sceneWith(AttributeRate chosen, Observation rest, boolean connected) {
        Map<String, String> attributes = new HashMap<>(rest.attributes());
        attributes.put(chosen.attribute(), chosen.value());
        return new Observation(attributes, connected);
    }

    @Provide
    Arbitrary<List<Observation>> talks() {
        return scene().list().ofMaxSize(25);
    }

    /** Few attributes and values, so that values recur and rates are built from several talks. */
    @Provide
    Arbitrary<Observation> scene() {
        Arbitrary<String> attributes = Arbitraries.of("timeOfDay", "place", "movement", "music", "food");
        Arbitrary<String> values = Arbitraries.of("evening", "kitchen", "walking", "quiet", "tea", "", " ");
        return Combinators.combine(Arbitraries.maps(attributes, values).ofMaxSize(3), Arbitraries.of(true, false))
                .as(Observation::new);
    }

    private static List<Observation> plus(List<Observation> talks, Observation talk) {
        List<Observation> more = new ArrayList<>(talks);
        more.add(talk);
        return more;
    }

    private static int place(List<AttributeRate> ranking, AttributeRate wanted) {
        for (int i = 0; i < ranking.size(); i++) {
            AttributeRate rate = ranking.get(i);
            if (rate.attribute().equals(wanted.attribute()) && rate.value().equals(wanted.value())) {
                return i;
            }
        }
        throw new AssertionError(wanted.attribute() + "=" + wanted.value() + " vanished from the ranking");
    }

    private static Map<String, Double> rates(List<AttributeRate> ranking) {
        Map<String, Double> rates = new HashMap<>();
        ranking.forEach(r -> rates.put(r.attribute() + "=" + r.value(), r.rate()));
        return rates;
    }
}
