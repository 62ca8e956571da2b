package org.openup.insight;

import org.openup.insight.InsightViews.TimelineEntry;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which of the method's steps a member has taken, read from what they may see (their timeline):
 * asked a question, named something in the way, a scene in the couple's library, an invitation
 * made or answered, a talk held, a moment noted or thanked. Scenes and talks belong to both;
 * the rest counts only when it is the member's own. The first step not taken is the next one.
 */
public final class WayThrough {

    /** One step by the key the web app routes it under (reflect, constraints, …). */
    public record Step(String key, boolean done) {
    }

    public record Progress(List<Step> steps, String next) {
    }

    private record Rule(String key, Predicate<TimelineEntry> counts) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("reflect", e -> e.mine() && e.kind().equals("question")),
            new Rule("constraints", e -> e.mine() && e.kind().equals("constraint")),
            new Rule("scenes", e -> e.kind().equals("scene")),
            new Rule("invitations", e -> e.mine() && e.kind().startsWith("invitation")),
            new Rule("talk", e -> Set.of("talk", "rating").contains(e.kind())),
            new Rule("moments", e -> e.mine() && Set.of("moment", "thanks-given").contains(e.kind())));

    private WayThrough() {
    }

    public static Progress of(List<TimelineEntry> seen) {
        List<Step> steps = RULES.stream().map(r -> new Step(r.key(), seen.stream().anyMatch(r.counts()))).toList();
        String next = steps.stream().filter(s -> !s.done()).map(Step::key).findFirst().orElse(null);
        return new Progress(steps, next);
    }
}
