package org.openup.journey;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.engine.axon.Engine;
import org.openup.engine.readmodel.Replay;
import org.openup.engine.store.StoreSettings;
import org.openup.spi.failure.NotFoundException;
import org.openup.spi.failure.RefusedException;
import org.openup.member.MemberId;
import org.openup.testing.RunningCore;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The journey scenario through the real engine on a real SQLite file and a real PostgreSQL server. */
class JourneyStoreTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void aCoupleJourneyIsDurableAndReadableRightAfterEachWrite(TestStores kind) {
        StoreSettings settings = kind.newStore(home);
        MemberId ana = MemberId.newId();
        MemberId ben = MemberId.newId();
        JourneyId journeyId;
        try (RunningCore core = new RunningCore(settings)) {
            Journeys journeys = core.get(Journeys.class);
            journeyId = journeys.start(ana, "Ana").journeyId();
            // read-your-writes: no sleeping, no polling in the test
            assertThat(journeys.journeysOf(ana)).singleElement()
                    .satisfies(j -> assertThat(j.members()).extracting(JourneyView.Member::displayName).containsExactly("Ana"));

            var invitation = journeys.invitePartner(ana, journeyId);
            assertThat(journeys.journey(ana, journeyId).invitationExpiresAt()).contains(invitation.expiresAt());
            journeys.join(ben, invitation.code().toLowerCase(), "Ben");

            JourneyView seenByBen = journeys.journey(ben, journeyId);
            assertThat(seenByBen.members()).extracting(JourneyView.Member::displayName).containsExactly("Ana", "Ben");
            assertThat(seenByBen.partner()).get().extracting(JourneyView.Member::displayName).isEqualTo("Ana");
            assertThat(seenByBen.invitationExpiresAt()).isEmpty();

            assertThatThrownBy(() -> journeys.join(MemberId.newId(), invitation.code(), "Cam"))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("already been used");
            assertThatThrownBy(() -> journeys.journey(MemberId.newId(), journeyId))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> journeys.invitePartner(ana, JourneyId.newId()))
                    .isInstanceOf(NotFoundException.class);
        }

        // A new process on the same store finds everything again.
        try (RunningCore core = new RunningCore(settings)) {
            Journeys journeys = core.get(Journeys.class);
            assertThat(journeys.journey(ana, journeyId).members()).hasSize(2);
            journeys.leave(ben, journeyId);
            JourneyView seenByAna = journeys.journey(ana, journeyId);
            assertThat(seenByAna.partner()).get().satisfies(b -> assertThat(b.active()).isFalse());
            assertThatThrownBy(() -> journeys.leave(ben, journeyId))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("You left this journey");
            assertThat(core.store().eventCount()).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void aNewNameShowsInEveryJourneyTheMemberIsStillIn(TestStores kind) {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            Journeys journeys = core.get(Journeys.class);
            MemberId ana = MemberId.newId();
            JourneyId first = journeys.start(ana, "Ana").journeyId();
            MemberId ben = MemberId.newId();
            journeys.join(ben, journeys.invitePartner(ana, first).code(), "Ben");
            JourneyId left = journeys.start(ana, "Ana").journeyId();
            journeys.leave(ana, left);

            assertThat(journeys.rename(ana, "  Ana   Bell ").text()).isEqualTo("Ana Bell");

            // Ben sees the new name; the journey she left keeps the name she had there
            assertThat(journeys.journey(ben, first).members()).extracting(JourneyView.Member::displayName).containsExactly("Ana Bell", "Ben");
            assertThat(journeys.journey(ana, left).members()).extracting(JourneyView.Member::displayName).containsExactly("Ana");
            assertThatThrownBy(() -> journeys.rename(ana, " ")).isInstanceOf(org.openup.spi.failure.InvalidInputException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void replayRebuildsReadModelsEqualToTheIncrementalOnes(TestStores kind) {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            Journeys journeys = core.get(Journeys.class);
            for (int i = 0; i < 12; i++) {
                MemberId a = MemberId.newId();
                JourneyId journeyId = journeys.start(a, "Member " + i).journeyId();
                var invitation = journeys.invitePartner(a, journeyId);
                if (i % 3 != 0) {
                    invitation = journeys.invitePartner(a, journeyId); // replaces the first
                }
                if (i % 2 == 0) {
                    MemberId b = MemberId.newId();
                    journeys.join(b, invitation.code(), "Partner " + i);
                    if (i % 4 == 0) {
                        journeys.leave(b, journeyId);
                    }
                }
                if (i % 5 == 0) {
                    journeys.rename(a, "Renamed " + i);
                }
            }
            Map<String, List<String>> incremental = core.readModelContents();
            assertThat(incremental.get("journey_member_view")).anyMatch(row -> row.contains("Renamed 5"));
            assertThat(incremental.get("journey_view")).hasSize(12);
            assertThat(incremental.get("journey_member_view")).hasSize(18);

            Replay.Result result = core.get(Replay.class).rebuildAll(line -> { });

            assertThat(result.events()).isEqualTo(core.store().eventCount());
            assertThat(core.readModelContents()).isEqualTo(incremental);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void aReplayWhileAnotherProcessWritesLosesNothingOfEither(TestStores kind) throws Exception {
        StoreSettings settings = kind.newStore(home);
        try (RunningCore node = new RunningCore(settings)) {
            Journeys journeys = node.get(Journeys.class);
            for (int i = 0; i < 20; i++) {
                journeys.start(MemberId.newId(), "Before " + i);
            }
            try (RunningCore operator = new RunningCore(settings)) {
                var written = new java.util.concurrent.atomic.AtomicInteger();
                Thread writer = new Thread(() -> {
                    for (int i = 0; i < 20; i++) {
                        journeys.start(MemberId.newId(), "During " + i);
                        written.incrementAndGet();
                    }
                });
                writer.start();
                operator.get(Replay.class).rebuildAll(line -> { });
                writer.join();
                assertThat(written).hasValue(20);
                // both see every journey, whichever side of the replay its command fell on
                assertThat(node.rows("journey_view")).hasSize(40);
                Map<String, List<String>> now = operator.readModelContents();
                operator.get(Replay.class).rebuildAll(line -> { });
                assertThat(operator.readModelContents()).isEqualTo(now);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void concurrentCommandsOnOneJourneyAreRetriedNotCorrupted(TestStores kind) throws Exception {
        StoreSettings settings = kind.newStore(home);
        // Two engines on one store stand in for two nodes (or the web adapter and the CLI).
        try (RunningCore first = new RunningCore(settings); RunningCore second = new RunningCore(settings)) {
            MemberId ana = MemberId.newId();
            JourneyId journeyId = first.get(Journeys.class).start(ana, "Ana").journeyId();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<String>> invites = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    Journeys via = (i % 2 == 0 ? first : second).get(Journeys.class);
                    invites.add(() -> via.invitePartner(ana, journeyId).code());
                }
                List<String> codes = new ArrayList<>();
                for (Future<String> f : pool.invokeAll(invites)) {
                    codes.add(f.get());
                }
                assertThat(codes).doesNotHaveDuplicates().hasSize(40);
                assertThat(first.count("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = '" + journeyId + "'"))
                        .isEqualTo(41);
                assertThat(first.count("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = '" + journeyId + "'"))
                        .isEqualTo(40);

                // Many people racing to join with the one valid code: exactly one gets in.
                String code = first.get(Journeys.class).invitePartner(ana, journeyId).code();
                AtomicInteger refused = new AtomicInteger();
                List<Callable<Boolean>> joins = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    Journeys via = (i % 2 == 0 ? first : second).get(Journeys.class);
                    MemberId member = MemberId.newId();
                    joins.add(() -> {
                        try {
                            via.join(member, code, "Racer");
                            return true;
                        } catch (RefusedException e) {
                            refused.incrementAndGet();
                            return false;
                        }
                    });
                }
                int joined = 0;
                for (Future<Boolean> f : pool.invokeAll(joins)) {
                    joined += f.get() ? 1 : 0;
                }
                assertThat(joined).isEqualTo(1);
                assertThat(refused).hasValue(9);
                assertThat(first.get(Journeys.class).journey(ana, journeyId).members()).hasSize(2);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void longJourneysAreSnapshottedAndStillLoad(TestStores kind) {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            Journeys journeys = core.get(Journeys.class);
            MemberId ana = MemberId.newId();
            JourneyId journeyId = journeys.start(ana, "Ana").journeyId();
            String code = null;
            for (int i = 0; i < Engine.SNAPSHOT_EVERY + 5; i++) {
                code = journeys.invitePartner(ana, journeyId).code();
            }
            // snapshots are stored on a thread of their own after the command's commit: wait for it, however busy the machine
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(core.count("SELECT COUNT(*) FROM snapshot_event_entry WHERE aggregate_identifier = '" + journeyId + "'"))
                            .isGreaterThanOrEqualTo(1));
            // The aggregate rebuilt from the snapshot still knows the latest code and its rules.
            journeys.join(MemberId.newId(), code, "Ben");
            String used = code;
            assertThatThrownBy(() -> journeys.join(MemberId.newId(), used, "Cam"))
                    .isInstanceOf(RefusedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void theCheckBeforeAWriteSeesAnotherProcesssChangeToTheJourneyAtOnce(TestStores kind) {
        StoreSettings settings = kind.newStore(home);
        MemberId ana = MemberId.newId();
        MemberId ben = MemberId.newId();
        try (RunningCore web = new RunningCore(settings); RunningCore cli = new RunningCore(settings)) {
            Journeys journeys = web.get(Journeys.class);
            JourneyAccess access = web.get(JourneyAccess.class);
            JourneyId j = journeys.start(ana, "Ana").journeyId();
            journeys.join(ben, journeys.invitePartner(ana, j).code(), "Ben");
            // given: the web side has checked Ben's writes, and kept the journey's rows
            assertThat(access.toWrite(ben, j).viewerActive()).isTrue();
            assertThat(access.toWrite(ben, j).viewer().displayName()).isEqualTo("Ben");
            web.get(org.openup.reflection.Reflections.class).noteMoment(ben, j, "A slow breakfast together"); // another aggregate's event

            // when: another process renames Ben, then he leaves there
            cli.get(Journeys.class).rename(ben, "Benjamin");
            // then: the very next check here shows it, with no stamp to wait for
            assertThat(access.toWrite(ben, j).viewer().displayName()).isEqualTo("Benjamin");
            assertThat(access.toWrite(ana, j).partner()).get().extracting(JourneyView.Member::displayName).isEqualTo("Benjamin");
            cli.get(Journeys.class).leave(ben, j);
            assertThatThrownBy(() -> access.toWrite(ben, j)).isInstanceOf(RefusedException.class).hasMessageContaining("You left");
            assertThat(access.toWrite(ana, j).activePartner()).isEmpty();
            // and someone who was never in it finds nothing, kept rows or not
            assertThatThrownBy(() -> access.toWrite(MemberId.newId(), j)).isInstanceOf(NotFoundException.class);
        }
    }
}
