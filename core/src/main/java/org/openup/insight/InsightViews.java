package org.openup.insight;

import org.openup.conversation.Reason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the insight queries answer, always computed for one viewing member. */
public final class InsightViews {

    private InsightViews() {
    }

    /** The next suggested length and why, and whether deeper topics are open. */
    public record LadderInsight(int minutes, Reason reason, String why, boolean deeperTopicsOpen, String deeperTopics, String longerNote) {
    }

    /**
     * The couple's own scenes with how talks in them went for the viewer (named, with counts and a
     * likely range in words), scene attributes ranked the same way, and what keeps getting in the
     * way in the viewer's own notes on their talks; says so when data is thin.
     */
    public record SceneInsight(List<NamedSceneRate> named, List<AttributeRate> ranking, int ratedTalks, boolean enoughData,
                               String note, List<Theme> inTheWay) {
    }

    /** A word that keeps coming back in the viewer's notes on what got in the way, and in how many. */
    public record Theme(String word, int talks) {
    }

    /**
     * One ISO week (starting Monday, UTC): talks held, and the viewer's own ratings of them; the
     * shares are null, "not rated yet", when the viewer rated none of that week's talks.
     */
    /** {@code averageFeltOpen} is null when nothing was rated, or when the member has not turned the figure on. */
    public record Week(LocalDate weekOf, int talks, int rated, Double connectingShare, Double averageFeltOpen) {
        Week withoutOpenness() {
            return new Week(weekOf, talks, rated, connectingShare, null);
        }
    }

    public record Gratitude(int momentsNoticed, int momentsThanked, int thanksReceived) {
    }

    /** Reached, never lost: there are no streaks to break. */
    public record Milestone(String key, Instant reachedAt, String text) {
    }

    /** A constraint kind and how often it appears among what the viewer may see. */
    public record ConstraintArea(String kind, String title, int mine, int sharedByPartner) {
    }

    /** One line of the viewer's timeline; {@code mine} tells their own entries from shared ones. */
    public record TimelineEntry(Instant at, String kind, boolean mine, String summary) {
    }

    /** The insights page as one answer: what the web and the CLI show under "insights". */
    /** {@code weeklyOpenness}: whether the member turned on the weekly openness figure ({@link WeeklyOpenness}). */
    public record Overview(LadderInsight ladder, SceneInsight scenes, List<Week> progress, boolean weeklyOpenness, Gratitude gratitude,
                           List<Milestone> milestones, List<ConstraintArea> constraintMap) {
    }
}
