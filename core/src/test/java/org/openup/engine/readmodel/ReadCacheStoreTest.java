package org.openup.engine.readmodel;

import org.openup.engine.store.StoreSettings;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.conversation.Conversations;
import org.openup.conversation.Outcome;
import org.openup.insight.Insights;
import org.openup.journey.JourneyId;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.testing.RunningCore;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cached answers against the store itself: the stamp is the event table's head, so a write made
 * by another process (the CLI beside the web adapter, another node) is seen here within the
 * stamp's 20 ms, a write of this process's own by the very next read, and without a write the
 * cached answer is served again.
 */
class ReadCacheStoreTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void aWriteByAnotherProcessIsSeenByTheNextReadAndNothingElseComputesAgain(TestStores kind) {
        StoreSettings settings = kind.newStore(home);
        try (RunningCore web = new RunningCore(settings); RunningCore cli = new RunningCore(settings)) {
            // given: a journey, its overview read once on the web side
            MemberId ana = MemberId.newId();
            JourneyId j = web.get(Journeys.class).start(ana, "Ana").journeyId();
            Insights insights = web.get(Insights.class);
            assertThat(insights.overview(ana, j).progress()).isEmpty();
            Object stamp = web.store().changeStamp();

            // when: nothing is written, the stamp stands still and the cached answer is the same object
            assertThat(web.store().changeStamp()).isEqualTo(stamp);
            assertThat(insights.overview(ana, j)).isSameAs(insights.overview(ana, j));

            // when: Ana records and rates a talk through the other process
            Conversations conversations = cli.get(Conversations.class);
            var talk = conversations.recordTalk(ana, j, null, Instant.now().minus(Duration.ofHours(1)), 5, null, false);
            conversations.rate(ana, j, talk.talkId(), 4, Outcome.CONNECTED, null);

            // then: the stamp moves and the web side's next read shows the talk
            await().atMost(Duration.ofSeconds(5)).until(() -> !web.store().changeStamp().equals(stamp));
            assertThat(insights.overview(ana, j).progress().stream().mapToInt(week -> week.talks()).sum()).isEqualTo(1);

            // and a write through this process is seen by the very next read, on either store
            Object before = web.store().changeStamp();
            var second = web.get(Conversations.class).recordTalk(ana, j, null, Instant.now().minus(Duration.ofMinutes(30)), 5, null, false);
            assertThat(web.store().changeStamp()).isNotEqualTo(before);
            assertThat(insights.overview(ana, j).progress().stream().mapToInt(week -> week.talks()).sum()).isEqualTo(2);
            assertThat(second.talkId()).isNotBlank();
        }
    }
}
