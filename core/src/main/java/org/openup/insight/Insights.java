package org.openup.insight;

import org.openup.content.ConstraintKind;
import org.openup.content.Content;
import org.openup.conversation.ConversationViews;
import org.openup.conversation.Conversations;
import org.openup.conversation.Outcome;
import org.openup.conversation.Suggestion;
import org.openup.engine.readmodel.ReadCache;
import org.openup.insight.InsightViews.ConstraintArea;
import org.openup.insight.InsightViews.Gratitude;
import org.openup.insight.InsightViews.LadderInsight;
import org.openup.insight.InsightViews.Milestone;
import org.openup.insight.InsightViews.Overview;
import org.openup.insight.InsightViews.SceneInsight;
import org.openup.insight.InsightViews.TimelineEntry;
import org.openup.insight.InsightViews.Week;
import org.openup.journey.JourneyAccess;
import org.openup.journey.JourneyId;
import org.openup.journey.JourneyView;
import org.openup.member.MemberId;
import org.openup.reflection.ReflectionViews;
import org.openup.reflection.Reflections;
import org.openup.scene.Scenes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the couple can learn, asked on behalf of one member and built only from what that member
 * may see. Ratings are private, so anything derived from ratings uses the viewer's own: a
 * partner's private rating never shapes what the other is shown.
 */
public final class Insights {

    private final JourneyAccess access;
    private final Reflections reflections;
    private final Scenes scenes;
    private final Conversations conversations;
    private final Content content;
    private final ReadCache cache;
    private final WeeklyOpenness openness;
    private final SceneStatistics statistics = new SceneStatistics();

    public Insights(JourneyAccess access, Reflections reflections, Scenes scenes, Conversations conversations, Content content,
                    ReadCache cache, WeeklyOpenness openness) {
        this.cache = cache;
        this.openness = openness;
        this.access = access;
        this.reflections = reflections;
        this.scenes = scenes;
        this.conversations = conversations;
        this.content = content;
    }

    /** The insights page: everything below at once, kept while the read models stay as they are. */
    public Overview overview(MemberId viewerId, JourneyId journeyId) {
        // the member's choice is part of the key (it lives outside the read models), so turning it on or off shows at once
        boolean shown = openness.shownTo(viewerId);
        return cache.get(List.of("overview", viewerId, journeyId, shown), () -> {
            JourneyView journey = access.toReadNow(viewerId, journeyId); // checked once for every part
            List<ConversationViews.Talk> talks = conversations.talks(journey); // read once for four parts
            List<Week> weeks = progress(talks);
            return new Overview(ladder(journey, talks), scenes(journey, talks), shown ? weeks : withoutOpenness(weeks), shown,
                    gratitude(journey), milestones(viewerId.value(), talks), constraintMap(journey));
        });
    }

    private static List<Week> withoutOpenness(List<Week> weeks) {
        return weeks.stream().map(Week::withoutOpenness).toList();
    }

    public LadderInsight ladder(MemberId viewerId, JourneyId journeyId) {
        JourneyView journey = access.toRead(viewerId, journeyId);
        return ladder(journey, conversations.talks(journey));
    }

    private LadderInsight ladder(JourneyView journey, List<ConversationViews.Talk> talks) {
        Suggestion next = conversations.ladder(journey, talks);
        boolean deeper = conversations.deeperTopicsOpen(journey);
        return new LadderInsight(next.minutes(), next.reason(), prompt("ladder." + next.reason().name()), deeper,
                prompt(deeper ? "deeper.open" : "deeper.waiting"), Conversations.longerNote(next.minutes()));
    }

    public SceneInsight scenes(MemberId viewerId, JourneyId journeyId) {
        JourneyView journey = access.toRead(viewerId, journeyId);
        return scenes(journey, conversations.talks(journey));
    }

    private SceneInsight scenes(JourneyView journey, List<ConversationViews.Talk> talks) {
        Map<String, Scenes.View> library = scenes.library(journey).stream()
                .collect(Collectors.toMap(Scenes.View::sceneId, Function.identity()));
        List<Observation> observations = new ArrayList<>();
        for (ConversationViews.Talk talk : talks) {
            Scenes.View scene = talk.sceneId() == null ? null : library.get(talk.sceneId());
            if (talk.myRating() != null && scene != null) {
                observations.add(new Observation(scene.attributes(), talk.myRating().outcome() == Outcome.CONNECTED));
            }
        }
        List<AttributeRate> ranking = statistics.rank(observations);
        boolean enough = observations.size() >= SceneStatistics.ENOUGH_TALKS;
        List<String> notes = talks.stream().filter(t -> t.myRating() != null).map(t -> t.myRating().gotInTheWay()).toList();
        return new SceneInsight(named(library, talks), ranking, observations.size(), enough,
                enough ? null : prompt("insight.tooLittleData"), Themes.recurring(notes));
    }

    /** Each of the couple's scenes the viewer rated a talk in, best first, with the likely range said plainly. */
    private List<NamedSceneRate> named(Map<String, Scenes.View> library, List<ConversationViews.Talk> talks) {
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (ConversationViews.Talk talk : talks) {
            if (talk.myRating() != null && talk.sceneId() != null && library.containsKey(talk.sceneId())) {
                int[] t = tally.computeIfAbsent(talk.sceneId(), k -> new int[2]);
                t[0]++;
                t[1] += talk.myRating().outcome() == Outcome.CONNECTED ? 1 : 0;
            }
        }
        List<NamedSceneRate> named = new ArrayList<>();
        tally.forEach((sceneId, t) -> {
            double[] range = SceneStatistics.likelyRange(t[0], t[1]);
            int low = (int) Math.round(range[0] * 100);
            int high = (int) Math.round(range[1] * 100);
            double rate = SceneStatistics.rate(t[0], t[1]);
            boolean notWorking = t[0] >= 2 && rate < 0.4;
            String words = t[0] == 1
                    ? (t[1] == 1 ? "One talk here felt connecting." : "One talk here did not feel connecting.")
                            + " One talk is a hint, not a pattern."
                    : t[1] + " of " + t[0] + " talks here felt connecting; the true share is likely between " + low + " and "
                            + high + " %." + (notWorking ? " It tends not to work so far." : "");
            named.add(new NamedSceneRate(sceneId, library.get(sceneId).name(), t[0], t[1], rate, low, high, notWorking, words));
        });
        named.sort(Comparator.comparingDouble(NamedSceneRate::rate).reversed().thenComparing(NamedSceneRate::name));
        return List.copyOf(named);
    }

    public List<Week> progress(MemberId viewerId, JourneyId journeyId) {
        List<Week> weeks = progress(conversations.talks(viewerId, journeyId));
        return openness.shownTo(viewerId) ? weeks : withoutOpenness(weeks);
    }

    private static List<Week> progress(List<ConversationViews.Talk> talks) {
        Map<LocalDate, List<ConversationViews.Talk>> byWeek = new TreeMap<>();
        for (ConversationViews.Talk talk : talks) {
            LocalDate monday = talk.heldAt().atZone(ZoneOffset.UTC).toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            byWeek.computeIfAbsent(monday, k -> new ArrayList<>()).add(talk);
        }
        List<Week> weeks = new ArrayList<>();
        byWeek.forEach((monday, inWeek) -> {
            List<ConversationViews.MyRating> rated = inWeek.stream().map(ConversationViews.Talk::myRating)
                    .filter(r -> r != null).toList();
            // nothing rated is "not rated yet", never 0 %
            Double connecting = rated.isEmpty() ? null
                    : rated.stream().filter(r -> r.outcome() == Outcome.CONNECTED).count() / (double) rated.size();
            Double open = rated.isEmpty() ? null : rated.stream().mapToInt(ConversationViews.MyRating::feltOpen).average().orElseThrow();
            weeks.add(new Week(monday, inWeek.size(), rated.size(), connecting, open));
        });
        return weeks;
    }

    public Gratitude gratitude(MemberId viewerId, JourneyId journeyId) {
        return gratitude(access.toRead(viewerId, journeyId));
    }

    private Gratitude gratitude(JourneyView journey) {
        List<ReflectionViews.Moment> moments = reflections.moments(journey);
        int thanked = (int) moments.stream().filter(m -> m.thanks() != null).count();
        return new Gratitude(moments.size(), thanked, reflections.thanksReceived(journey).size());
    }

    public List<Milestone> milestones(MemberId viewerId, JourneyId journeyId) {
        return milestones(viewerId.value(), conversations.talks(viewerId, journeyId));
    }

    private List<Milestone> milestones(String viewerId, List<ConversationViews.Talk> talks) {
        List<Milestone> reached = new ArrayList<>();
        if (!talks.isEmpty()) {
            reached.add(milestone("FIRST_TALK", talks.get(0)));
        }
        talks.stream().filter(t -> !t.startedBy().equals(viewerId)).findFirst()
                .ifPresent(t -> reached.add(milestone("FIRST_TALK_PARTNER_STARTED", t)));
        List<ConversationViews.Talk> connecting = talks.stream()
                .filter(t -> t.myRating() != null && t.myRating().outcome() == Outcome.CONNECTED).toList();
        if (connecting.size() >= 3) {
            reached.add(milestone("THREE_CONNECTING_TALKS", connecting.get(2)));
        }
        connecting.stream().max(Comparator.comparingInt(ConversationViews.Talk::minutes)
                        .thenComparing(ConversationViews.Talk::heldAt, Comparator.reverseOrder()))
                .ifPresent(t -> reached.add(new Milestone("LONGEST_CONNECTING_TALK", t.heldAt(),
                        prompt("milestone.LONGEST_CONNECTING_TALK") + " (" + t.minutes() + " min)")));
        reached.sort(Comparator.comparing(Milestone::reachedAt));
        return reached;
    }

    public List<ConstraintArea> constraintMap(MemberId viewerId, JourneyId journeyId) {
        return constraintMap(access.toRead(viewerId, journeyId));
    }

    private List<ConstraintArea> constraintMap(JourneyView journey) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (ConstraintKind kind : content.constraintCatalogue(Content.BASE)) {
            counts.put(kind.key(), new int[2]);
            titles.put(kind.key(), kind.title());
        }
        for (ReflectionViews.Constraint c : reflections.constraints(journey)) {
            // a constraint of the member's own is named by its own title, each one apart
            String key = c.kind().equals(Reflections.OWN_KIND) ? Reflections.OWN_KIND + ":" + c.title().toLowerCase(java.util.Locale.ROOT) : c.kind();
            counts.computeIfAbsent(key, k -> new int[2])[c.mine() ? 0 : 1]++;
            titles.putIfAbsent(key, c.title());
        }
        List<ConstraintArea> map = new ArrayList<>();
        counts.forEach((key, n) -> map.add(new ConstraintArea(key.startsWith(Reflections.OWN_KIND + ":") ? Reflections.OWN_KIND : key,
                titles.get(key), n[0], n[1])));
        return map;
    }

    /** Which of the method's steps the viewer has taken, and the next one. */
    public WayThrough.Progress wayThrough(MemberId viewerId, JourneyId journeyId) {
        return WayThrough.of(timeline(viewerId, journeyId));
    }

    /** Everything the viewer may see, newest first. */
    public List<TimelineEntry> timeline(MemberId viewerId, JourneyId journeyId) {
        return cache.get(List.of("timeline", viewerId, journeyId), () -> List.copyOf(computeTimeline(viewerId, journeyId)));
    }

    private List<TimelineEntry> computeTimeline(MemberId member, JourneyId journeyId) {
        JourneyView journey = access.toReadNow(member, journeyId);
        String viewerId = member.value(); // as the read models keep it, to compare with theirs
        List<TimelineEntry> entries = new ArrayList<>();
        for (JourneyView.Member m : journey.members()) {
            boolean me = m.memberId().equals(member);
            entries.add(new TimelineEntry(m.joinedAt(), "joined", me, (me ? "You" : m.displayName()) + (m.role().equals("starter")
                    ? " started the journey" : " joined the journey")));
            m.leftAt().ifPresent(at -> entries.add(new TimelineEntry(at, "left", me, (me ? "You" : m.displayName()) + " left the journey")));
        }
        reflections.questions(journey).forEach(q -> entries.add(new TimelineEntry(q.askedAt(), "question", true,
                q.finalText() != null ? q.finalText() : q.proposal())));
        reflections.constraints(journey).forEach(c -> entries.add(new TimelineEntry(c.notedAt(), "constraint", c.mine(),
                c.title())));
        reflections.moments(journey).forEach(m -> {
            entries.add(new TimelineEntry(m.notedAt(), "moment", true, m.what()));
            if (m.thankedAt() != null) {
                entries.add(new TimelineEntry(m.thankedAt(), "thanks-given", true, m.thanks()));
            }
        });
        reflections.thanksReceived(journey).forEach(t -> entries.add(new TimelineEntry(t.thankedAt(), "thanks-received",
                false, t.thanks())));
        scenes.library(journey).forEach(s -> entries.add(new TimelineEntry(s.describedAt(), "scene",
                s.authorId().equals(viewerId), s.name())));
        conversations.invitations(journey).forEach(i -> {
            entries.add(new TimelineEntry(i.sentAt(), "invitation", i.askerId().equals(viewerId),
                    "Invitation to talk" + (i.topicHint() == null ? "" : " about " + i.topicHint()) + ", about " + i.suggestedMinutes() + " min"));
            if (i.answeredAt() != null) {
                entries.add(new TimelineEntry(i.answeredAt(), "invitation-" + i.status(), viewerId.equals(i.answeredBy()),
                        switch (i.status()) {
                            case "chosen" -> "A time was chosen";
                            case "deferred" -> "Not now";
                            default -> "Declined";
                        }));
            }
        });
        conversations.talks(journey).forEach(t -> {
            entries.add(new TimelineEntry(t.heldAt(), "talk", t.recordedBy().equals(viewerId), "Talked for " + t.minutes() + " min"));
            if (t.myRating() != null) {
                ConversationViews.MyRating r = t.myRating();
                entries.add(new TimelineEntry(r.ratedAt(), "rating", true, "You rated it: "
                        + r.outcome().name().toLowerCase().replace('_', ' ') + ", felt open " + r.feltOpen() + "/5"
                        + (r.gotInTheWay() == null ? "" : "; what got in the way: " + r.gotInTheWay())));
            }
        });
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed().thenComparing(TimelineEntry::kind));
        return entries;
    }

    private Milestone milestone(String key, ConversationViews.Talk talk) {
        return new Milestone(key, talk.heldAt(), prompt("milestone." + key));
    }

    private String prompt(String key) {
        return content.prompt(key, Content.BASE);
    }
}
