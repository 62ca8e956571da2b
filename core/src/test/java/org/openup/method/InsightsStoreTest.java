package org.openup.method;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.conversation.Conversations;
import org.openup.conversation.Outcome;
import org.openup.conversation.Reason;
import org.openup.insight.InsightViews;
import org.openup.insight.NamedSceneRate;
import org.openup.insight.Insights;
import org.openup.journey.JourneyId;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.reflection.Reflections;
import org.openup.scene.Scenes;
import org.openup.testing.RunningCore;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Insights on a real store: each member's view is built from what they may see, and from their own ratings. */
class InsightsStoreTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void insightsAreEachMembersOwnAndLeakNoPrivateRating(TestStores kind) {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            Journeys journeys = core.get(Journeys.class);
            Scenes scenes = core.get(Scenes.class);
            Conversations conversations = core.get(Conversations.class);
            Reflections reflections = core.get(Reflections.class);
            Insights insights = core.get(Insights.class);
            MemberId ana = MemberId.newId();
            MemberId ben = MemberId.newId();
            JourneyId j = journeys.start(ana, "Ana").journeyId();
            journeys.join(ben, journeys.invitePartner(ana, j).code(), "Ben");

            assertThat(insights.ladder(ana, j).minutes()).isEqualTo(5);
            assertThat(insights.ladder(ana, j).reason()).isEqualTo(Reason.FIRST_TALK);
            assertThat(insights.scenes(ana, j).enoughData()).isFalse();
            assertThat(insights.scenes(ana, j).note()).contains("Too few talks");

            String walk = scenes.describe(ana, j, new Scenes.Draft("Walk", "evening", "outdoors", "walking", null, null, null));
            String kitchen = scenes.describe(ben, j, new Scenes.Draft("Kitchen", "morning", "kitchen", "seated", null, "tea or coffee", null));
            Instant start = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
            // Ana finds every walk connecting; Ben privately finds them off the rails.
            for (int i = 0; i < 3; i++) {
                var talk = conversations.recordTalk(ana, j, null, start.plus(Duration.ofDays(i * 4L)), 5, walk, i == 1);
                conversations.rate(ana, j, talk.talkId(), 4, Outcome.CONNECTED, null);
                conversations.rate(ben, j, talk.talkId(), 1, Outcome.OFF_THE_RAILS, "private worry " + i);
            }
            var kitchenTalk = conversations.recordTalk(ben, j, null, start.plus(Duration.ofDays(9)), 5, kitchen, false);
            conversations.rate(ana, j, kitchenTalk.talkId(), 3, Outcome.NEUTRAL, null);

            var anasLadder = insights.ladder(ana, j);
            var bensLadder = insights.ladder(ben, j);
            assertThat(anasLadder.minutes()).isEqualTo(10);
            assertThat(bensLadder.minutes()).isEqualTo(5);
            assertThat(bensLadder.reason()).isEqualTo(Reason.STEP_BACK_AFTER_OFF_THE_RAILS);
            assertThat(anasLadder.why()).isNotBlank();

            var anasScenes = insights.scenes(ana, j);
            assertThat(anasScenes.enoughData()).isTrue();
            assertThat(anasScenes.ratedTalks()).isEqualTo(4);
            assertThat(anasScenes.ranking().get(0).value()).isIn("evening", "outdoors", "walking");
            assertThat(anasScenes.ranking().get(0).talks()).isEqualTo(3);
            assertThat(insights.scenes(ben, j).ranking()).allSatisfy(r -> assertThat(r.connected()).isZero());
            // the couple's own scenes by name, with counts, a likely range in words, and one talk called a hint
            assertThat(anasScenes.named()).extracting(NamedSceneRate::name).containsExactly("Walk", "Kitchen");
            assertThat(anasScenes.named().get(0).words())
                    .startsWith("3 of 3 talks here felt connecting; the true share is likely between ");
            assertThat(anasScenes.named().get(0).likelyLowPercent()).isLessThan(anasScenes.named().get(0).likelyHighPercent());
            assertThat(anasScenes.named().get(1).words()).contains("One talk is a hint, not a pattern.");
            var bensScenes = insights.scenes(ben, j);
            assertThat(bensScenes.named()).singleElement().satisfies(n -> {
                assertThat(n.tendsNotToWork()).isTrue();
                assertThat(n.words()).contains("tends not to work");
            });
            // what keeps getting in the way, from Ben's own notes, never shown to Ana
            assertThat(bensScenes.inTheWay()).contains(new InsightViews.Theme("private", 3), new InsightViews.Theme("worry", 3));
            assertThat(anasScenes.inTheWay()).isEmpty();

            var anasWeeks = insights.progress(ana, j);
            assertThat(anasWeeks).hasSizeBetween(2, 3);
            assertThat(anasWeeks.stream().mapToInt(InsightViews.Week::talks).sum()).isEqualTo(4);
            assertThat(anasWeeks).allSatisfy(w -> assertThat(w.connectingShare()).isBetween(0.0, 1.0));
            // the weekly openness figure only for a member who turned it on, and at once when she does
            org.openup.insight.WeeklyOpenness openness = core.get(org.openup.insight.WeeklyOpenness.class);
            assertThat(anasWeeks).allSatisfy(w -> assertThat(w.averageFeltOpen()).isNull());
            assertThat(insights.overview(ana, j).weeklyOpenness()).isFalse();
            openness.show(ana, true);
            assertThat(insights.progress(ana, j)).filteredOn(w -> w.rated() > 0).isNotEmpty()
                    .allSatisfy(w -> assertThat(w.averageFeltOpen()).isBetween(1.0, 5.0));
            assertThat(insights.overview(ana, j).weeklyOpenness()).isTrue();
            assertThat(insights.overview(ana, j).progress()).filteredOn(w -> w.rated() > 0)
                    .allSatisfy(w -> assertThat(w.averageFeltOpen()).isNotNull());
            openness.show(ana, false);
            assertThat(insights.overview(ana, j).progress()).allSatisfy(w -> assertThat(w.averageFeltOpen()).isNull());
            openness.show(ben, true);
            // a week with talks nobody rated reads "not rated yet" (null), never 0 %
            conversations.recordTalk(ana, j, null, start.minus(Duration.ofDays(20)), 5, null, false);
            assertThat(insights.progress(ben, j)).anySatisfy(w -> {
                assertThat(w.rated()).isZero();
                assertThat(w.connectingShare()).isNull();
                assertThat(w.averageFeltOpen()).isNull();
            });

            assertThat(insights.milestones(ana, j)).extracting(InsightViews.Milestone::key)
                    .contains("FIRST_TALK", "FIRST_TALK_PARTNER_STARTED", "THREE_CONNECTING_TALKS", "LONGEST_CONNECTING_TALK");
            assertThat(insights.milestones(ben, j)).extracting(InsightViews.Milestone::key)
                    .doesNotContain("THREE_CONNECTING_TALKS");

            var moment = reflections.noteMoment(ana, j, "He laughed about his fear of flying");
            reflections.noteMoment(ana, j, "He told me about his day");
            reflections.thank(ana, j, moment.momentId(), "Thank you for sharing the flying thing.");
            assertThat(insights.gratitude(ana, j)).isEqualTo(new InsightViews.Gratitude(2, 1, 0));
            assertThat(insights.gratitude(ben, j)).isEqualTo(new InsightViews.Gratitude(0, 0, 1));

            var hidden = reflections.noteConstraint(ben, j, "stress-and-overload", null, "deadline panic");
            var shown = reflections.noteConstraint(ben, j, "fear-of-conflict", null, "arguments at home growing up");
            reflections.shareConstraint(ben, j, shown.constraintId(), true);
            var map = insights.constraintMap(ana, j);
            assertThat(map).filteredOn(a -> a.kind().equals("fear-of-conflict")).singleElement()
                    .satisfies(a -> assertThat(a.sharedByPartner()).isEqualTo(1));
            assertThat(map).filteredOn(a -> a.kind().equals("stress-and-overload")).singleElement()
                    .satisfies(a -> assertThat(a.sharedByPartner()).isZero());

            String anasTimeline = insights.timeline(ana, j).toString();
            assertThat(anasTimeline).contains("Fear of conflict").contains("He laughed about his fear of flying")
                    .doesNotContain("private worry").doesNotContain("Stress and overload").doesNotContain("deadline panic");
            String bensTimeline = insights.timeline(ben, j).toString();
            assertThat(bensTimeline).contains("Thank you for sharing the flying thing.").contains("private worry")
                    .doesNotContain("He laughed about his fear of flying");
            assertThat(hidden.constraintId()).isNotBlank();
        }
    }

    @org.junit.jupiter.api.Test
    void theInsightsPageAndTheTimelineEachCheckTheJourneyOnce() {
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home))) {
            Journeys journeys = core.get(Journeys.class);
            Insights insights = core.get(Insights.class);
            org.openup.journey.JourneyAccess access = core.get(org.openup.journey.JourneyAccess.class);
            MemberId ana = MemberId.newId();
            JourneyId j = journeys.start(ana, "Ana").journeyId();
            core.get(Reflections.class).noteMoment(ana, j, "He told me about his week");

            long before = access.checks();
            insights.overview(ana, j); // ladder, scenes, gratitude, milestones and the constraint map, on a cache miss
            assertThat(access.checks() - before).isEqualTo(1);
            before = access.checks();
            insights.timeline(ana, j); // seven kinds of entries from four services
            assertThat(access.checks() - before).isEqualTo(1);
        }
    }
}
