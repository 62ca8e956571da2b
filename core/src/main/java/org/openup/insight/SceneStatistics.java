package org.openup.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What scenes work for this couple: for every scene attribute value (place=kitchen,
 * music=quiet, ...) the share of talks in that scene that connected.
 *
 * <p>A raw share would put a scene tried once and lucky at 100% and on top of the list, above a
 * scene that connected eight times out of ten. So each rate is the posterior mean of a Beta
 * prior updated with the talks: {@code (PRIOR_CONNECTED + connected) / (PRIOR_CONNECTED +
 * PRIOR_NOT_CONNECTED + talks)}. The sample size is returned beside every rate, and
 * {@code enoughData} says whether there are at least {@link #ENOUGH_TALKS} talks behind it.
 *
 * <p>Each talk counts once for every attribute value of its scene, so one talk in the kitchen
 * with tea adds to both place=kitchen and food=tea.
 */
public final class SceneStatistics {

    /**
     * The prior is Beta(2, 2): as if every scene had already been tried four times, two of which
     * connected. Why not the uniform Beta(1, 1)? A couple has few talks, often one or two a week,
     * so most scenes will have only a handful; under Beta(1, 1) a single lucky talk scores 0.67,
     * as high as seven out of ten. Under Beta(2, 2) it scores 0.6 and a scene that connected seven
     * times out of ten (0.64) stays ahead. Why not stronger? Beta(5, 5) would keep even a clearly
     * good scene near the middle for weeks, and the couple would see no difference worth acting on.
     * The prior is centred on 0.5 because, before any talk, we know nothing about this couple.
     */
    public static final double PRIOR_CONNECTED = 2.0, PRIOR_NOT_CONNECTED = 2.0;

    /** Below three talks a rate is mostly prior and luck; the app says so instead of advising. */
    public static final int ENOUGH_TALKS = 3;

    /** Best first: highest rate; ties go to more talks, then attribute, then value, alphabetically. */
    private static final Comparator<AttributeRate> BEST_FIRST = Comparator
            .comparingDouble(AttributeRate::rate).reversed()
            .thenComparing(Comparator.comparingInt(AttributeRate::talks).reversed())
            .thenComparing(AttributeRate::attribute)
            .thenComparing(AttributeRate::value);

    public List<AttributeRate> rank(List<Observation> talks) {
        Objects.requireNonNull(talks, "talks");
        Map<Map.Entry<String, String>, int[]> counts = new LinkedHashMap<>();
        for (Observation talk : talks) {
            Objects.requireNonNull(talk, "a talk");
            for (Map.Entry<String, String> scene : talk.attributes().entrySet()) {
                int[] tally = counts.computeIfAbsent(Map.entry(scene.getKey(), scene.getValue()), k -> new int[2]);
                tally[0]++;
                if (talk.connected()) {
                    tally[1]++;
                }
            }
        }
        List<AttributeRate> rates = new ArrayList<>(counts.size());
        counts.forEach((scene, tally) -> rates.add(new AttributeRate(
                scene.getKey(), scene.getValue(), tally[0], tally[1], rate(tally[0], tally[1]), tally[0] >= ENOUGH_TALKS)));
        rates.sort(BEST_FIRST);
        return List.copyOf(rates);
    }

    /**
     * Where the share of connecting talks likely lies, after {@code connected} of {@code talks}:
     * the middle 80 % of the Beta posterior under the same prior, found on a fine grid (a handful
     * of talks needs no more precision than whole percents).
     */
    public static double[] likelyRange(int talks, int connected) {
        if (talks < 0 || connected < 0 || connected > talks) {
            throw new IllegalArgumentException("Need 0 to " + talks + " connected, but got " + connected + ".");
        }
        double a = PRIOR_CONNECTED + connected;
        double b = PRIOR_NOT_CONNECTED + talks - connected;
        int steps = 2_000;
        double[] density = new double[steps];
        double total = 0;
        for (int i = 0; i < steps; i++) {
            double x = (i + 0.5) / steps;
            density[i] = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log(1 - x));
            total += density[i];
        }
        double low = 0;
        double high = 1;
        double seen = 0;
        boolean lowFound = false;
        for (int i = 0; i < steps; i++) {
            seen += density[i] / total;
            if (!lowFound && seen >= 0.10) {
                low = (double) i / steps;
                lowFound = true;
            }
            if (seen >= 0.90) {
                high = (double) (i + 1) / steps;
                break;
            }
        }
        return new double[]{low, high};
    }

    /** The smoothed share of connecting talks, as {@link AttributeRate#rate()} has it. */
    public static double rate(int talks, int connected) {
        return (PRIOR_CONNECTED + connected) / (PRIOR_CONNECTED + PRIOR_NOT_CONNECTED + talks);
    }
}
