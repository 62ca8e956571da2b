package org.openup.conversation;

import com.google.inject.Module;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.export.Exports;
import org.openup.spi.failure.RefusedException;
import org.openup.journey.JourneyId;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.testing.RunningCore;
import org.openup.testing.TestClock;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of going meta through the real engine, as the member who is refused reads them. */
class InvitationRulesStoreTest {

    @TempDir
    Path home;

    /** Ana, who started the journey, and Ben, who joined it. */
    private record Couple(MemberId ana, MemberId ben, JourneyId journeyId) {
        static Couple in(Journeys journeys) {
            MemberId ana = MemberId.newId();
            MemberId ben = MemberId.newId();
            JourneyId journey = journeys.start(ana, "Ana").journeyId();
            journeys.join(ben, journeys.invitePartner(ana, journey).code(), "Ben");
            return new Couple(ana, ben, journey);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void aPauseBindsOnlyTheAskerIsSaidWithTheRightNameAndTimeAndUnansweredInvitationsExpire(TestStores kind) {
        TestClock clock = new TestClock();
        Module withClock = binder -> binder.bind(Clock.class).toInstance(clock);
        try (RunningCore core = new RunningCore(kind.newStore(home), withClock)) {
            Journeys journeys = core.get(Journeys.class);
            Conversations conversations = core.get(Conversations.class);
            Couple couple = Couple.in(journeys);
            MemberId ana = couple.ana();
            MemberId ben = couple.ben();
            JourneyId j = couple.journeyId();
            journeys.setTimeZone(ana, j, "Europe/Berlin");

            var first = conversations.invite(ana, j, "the holidays", null, List.of());
            conversations.notNow(ben, j, first.invitationId());
            // Ana waits, told by whom and until when, in her own zone; Ben, who said not now, is free to ask
            assertThatThrownBy(() -> conversations.invite(ana, j, null, null, List.of()))
                    .isInstanceOf(RefusedException.class)
                    .hasMessageStartingWith("Ben said not now. Give it some room: you can invite again from ")
                    .hasMessageContaining("(Europe/Berlin)")
                    .hasMessageNotContaining("T0").hasMessageNotContaining("UTC");
            var bens = conversations.invite(ben, j, "a walk", null, List.of());
            assertThat(bens.inviteeId()).isEqualTo(ana.value());

            // unanswered for two weeks, it reads as expired and no longer blocks its asker
            clock.advance(Invitations.EXPIRES_AFTER.plusMinutes(1));
            assertThat(conversations.invitation(ana, j, bens.invitationId()).status()).isEqualTo("expired");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void afterALeaveNeitherSeesTheOthersTopicHintsAnyMore(TestStores kind) {
        try (RunningCore core = new RunningCore(kind.newStore(home), binder -> { })) {
            Journeys journeys = core.get(Journeys.class);
            Conversations conversations = core.get(Conversations.class);
            Couple couple = Couple.in(journeys);
            MemberId ana = couple.ana();
            MemberId ben = couple.ben();
            JourneyId j = couple.journeyId();
            // Given each invited the other, each with a topic the other could read
            var anas = conversations.invite(ana, j, "the move to Leeds", null, List.of());
            conversations.decline(ben, j, anas.invitationId());
            var bens = conversations.invite(ben, j, "my brother's visit", null, List.of());
            assertThat(conversations.invitation(ana, j, bens.invitationId()).topicHint()).isEqualTo("my brother's visit");

            // When Ben leaves
            journeys.leave(ben, j);

            // Then Ana no longer reads his topic, he no longer reads hers, and neither export carries the other's
            assertThat(conversations.invitation(ana, j, bens.invitationId()).topicHint()).isNull();
            assertThat(conversations.invitation(ben, j, anas.invitationId()).topicHint()).isNull();
            assertThat(conversations.invitation(ana, j, anas.invitationId()).topicHint()).isEqualTo("the move to Leeds");
            assertThat(core.get(Exports.class).export(ana, j).invitations().toString()).doesNotContain("brother");
            assertThat(core.get(Exports.class).export(ben, j).invitations().toString()).doesNotContain("Leeds");
        }
    }
}
