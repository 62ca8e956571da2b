package org.openup.engine;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.conversation.Conversations;
import org.openup.conversation.Outcome;
import org.openup.journey.Journeys;
import org.openup.member.MemberIds;
import org.openup.reflection.Reflections;
import org.openup.testing.RunningCore;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The replay's own loop, with the processor stopped: it alone rebuilds the read models (more
 * events than one commit holds), leaves every segment's token at the head, and hands over to the
 * processor, which goes on with the next event.
 */
class ReplayLoopStoreTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void theLoopAloneRebuildsEveryReadModelAndLeavesTheTokensAtTheHead(TestStores kind) {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            // given: a couple whose journey, talk and moments fill every read model: 25 events, 10 to a commit
            Journeys journeys = core.get(Journeys.class);
            Conversations conversations = core.get(Conversations.class);
            Reflections reflections = core.get(Reflections.class);
            String ana = MemberIds.newId();
            String j = journeys.start(ana, "Ana").journeyId();
            journeys.join(MemberIds.newId(), journeys.invitePartner(ana, j).code(), "Ben");
            var talk = conversations.recordTalk(ana, j, null, Instant.now().minus(Duration.ofHours(2)), 10, null, false);
            conversations.rate(ana, j, talk.talkId(), 4, Outcome.CONNECTED, null);
            List<String> moments = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                moments.add(reflections.noteMoment(ana, j, "Moment " + i).momentId());
            }
            Map<String, List<String>> incremental = core.readModelContents();
            Engine engine = core.get(Engine.class);
            long head = engine.store().headIndex();

            // when: the processor is stopped, rewound and its tables cleared, and only the loop runs
            PooledStreamingEventProcessor processor = engine.processor(ReadModel.PROCESSOR).orElseThrow();
            processor.shutDown();
            ReplayLoop loop = new ReplayLoop(engine, ReadModel.PROCESSOR, 10);
            loop.rewind();
            loop.clearTables();
            assertThat(core.readModelContents().values()).allSatisfy(rows -> assertThat(rows).isEmpty());
            List<Long> reached = new ArrayList<>();
            long handled = loop.run(reached::add);

            // then: every event was handed on, ten to a commit, and the tables equal what was built incrementally
            long events = core.store().eventCount();
            assertThat(events).isGreaterThan(20);
            assertThat(handled).isEqualTo(events);
            assertThat(reached).hasSize((int) ((events + 9) / 10)).last().isEqualTo(head);
            assertThat(core.readModelContents()).isEqualTo(incremental);
            assertThat(core.get(CatchUp.class).position(ReadModel.PROCESSOR)).isEqualTo(head);

            // and: the processor takes over from there, projecting the next command once
            processor.start();
            String last = reflections.noteMoment(ana, j, "After the replay").momentId();
            assertThat(core.rows("moment_view")).hasSize(moments.size() + 1).anyMatch(row -> row.contains(last));
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void aReplayThatStoppedBetweenRewindingAndClearingIsFinishedOnTheNextStart(TestStores kind) {
        var settings = kind.newStore(home);
        Map<String, List<String>> incremental;
        try (RunningCore core = new RunningCore(settings)) {
            // given: a journey with moments, and a replay that rewound the tokens and then stopped (a crash)
            Journeys journeys = core.get(Journeys.class);
            String ana = MemberIds.newId();
            String j = journeys.start(ana, "Ana").journeyId();
            for (int i = 0; i < 5; i++) {
                core.get(Reflections.class).noteMoment(ana, j, "Moment " + i);
            }
            incremental = core.readModelContents();
            Engine engine = core.get(Engine.class);
            engine.processor(ReadModel.PROCESSOR).orElseThrow().shutDown();
            new ReplayLoop(engine, ReadModel.PROCESSOR).rewind();
            assertThat(core.rows("moment_view")).hasSize(5); // full tables behind tokens at the start
        }

        // when: the store is opened again, and the processor replays from the start
        try (RunningCore core = new RunningCore(settings)) {
            Engine engine = core.get(Engine.class).start();
            long head = engine.store().headIndex();
            assertThat(core.get(CatchUp.class).awaitProjections(head, Duration.ofSeconds(30))).isTrue();

            // then: the clearing was finished first, so each row is there once, as before
            assertThat(core.readModelContents()).isEqualTo(incremental);
            assertThat(core.rows("replay_clearing")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void aReplayARowRefusesFailsAndLetsGoOfItsReadingItsConnectionsAndItsClaims(TestStores kind) {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            // given: moments, and after the clearing a row already holding the id of a later moment
            Journeys journeys = core.get(Journeys.class);
            Reflections reflections = core.get(Reflections.class);
            String ana = MemberIds.newId();
            String j = journeys.start(ana, "Ana").journeyId();
            List<String> moments = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                moments.add(reflections.noteMoment(ana, j, "Moment " + i).momentId());
            }
            Engine engine = core.get(Engine.class);
            PooledStreamingEventProcessor processor = engine.processor(ReadModel.PROCESSOR).orElseThrow();
            processor.shutDown();
            ReplayLoop loop = new ReplayLoop(engine, ReadModel.PROCESSOR, 5);
            loop.rewind();
            loop.clearTables();
            engine.jdbc().update("INSERT INTO moment_view (moment_id, journey_id, member_id, what, noted_at) VALUES (?, ?, ?, ?, ?)",
                    moments.get(9), j, ana, "in the way", Instant.now());

            // when: the loop runs into it
            List<Long> reached = new ArrayList<>();
            assertThatThrownBy(() -> loop.run(reached::add)).isInstanceOf(StoreUnavailableException.class);

            // then: the commits before it stand, the rest was rolled back, and nothing is held on to
            assertThat(reached).isNotEmpty();
            assertThat(core.rows("moment_view")).hasSize(1 + (int) core.count(
                    "SELECT COUNT(*) FROM domain_event_entry WHERE payload_type LIKE '%MomentNoted' AND global_index <= " + reached.get(reached.size() - 1)));
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("openup-replay-reader"));
            assertThat(((HikariDataSource) core.store().dataSource()).getHikariPoolMXBean().getActiveConnections()).isZero();
            assertThat(core.count("SELECT COUNT(*) FROM token_entry WHERE processor_name = '" + ReadModel.PROCESSOR
                    + "' AND owner IS NOT NULL")).isZero();
        }
    }
}
