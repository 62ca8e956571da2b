package org.openup.engine;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.conversation.Conversations;
import org.openup.conversation.Outcome;
import org.openup.insight.Insights;
import org.openup.journey.Journeys;
import org.openup.member.MemberIds;
import org.openup.testing.RunningCore;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cached answers when this process holds every processor segment: the stamp then comes from the
 * processors' own positions, with no query, and a write is seen by the very next read.
 */
class ReadCacheStoreTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void withEverySegmentHeldHereTheStampMovesWithEachWriteAndStandsStillWithout(TestStores kind) {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            // given: a journey, its overview read once, and this process holding every segment
            Journeys journeys = core.get(Journeys.class);
            Conversations conversations = core.get(Conversations.class);
            Insights insights = core.get(Insights.class);
            Engine engine = core.get(Engine.class);
            String ana = MemberIds.newId();
            String j = journeys.start(ana, "Ana").journeyId();
            await().atMost(Duration.ofSeconds(20)).until(() -> engine.positionsHeldHere().isPresent());
            // every segment at the head, so none moves on its own while we look
            assertThat(core.get(CatchUp.class).awaitProjections(engine.store().headIndex(), Duration.ofSeconds(20))).isTrue();
            assertThat(insights.overview(ana, j).progress()).isEmpty();
            var before = engine.positionsHeldHere().orElseThrow();

            // when: nothing is written, the stamp stands still and the cached answer is the same object
            assertThat(engine.positionsHeldHere()).contains(before);
            assertThat(insights.overview(ana, j)).isSameAs(insights.overview(ana, j));

            // when: Ana records and rates a talk
            var talk = conversations.recordTalk(ana, j, null, Instant.now().minus(Duration.ofHours(1)), 5, null, false);
            conversations.rate(ana, j, talk.talkId(), 4, Outcome.CONNECTED, null);

            // then: the positions moved and the next read already shows the talk
            assertThat(engine.positionsHeldHere().orElseThrow()).isNotEqualTo(before);
            assertThat(insights.overview(ana, j).progress()).singleElement()
                    .satisfies(week -> assertThat(week.talks()).isEqualTo(1));
        }
    }
}
