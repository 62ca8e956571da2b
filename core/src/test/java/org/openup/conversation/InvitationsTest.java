package org.openup.conversation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openup.conversation.InvitationCommands.ChooseTime;
import org.openup.conversation.InvitationCommands.DeclineInvitation;
import org.openup.conversation.InvitationCommands.DeferInvitation;
import org.openup.conversation.InvitationCommands.SendInvitation;
import org.openup.conversation.InvitationCommands.WithdrawInvitation;
import org.openup.conversation.InvitationEvents.InvitationDeclined;
import org.openup.conversation.InvitationEvents.InvitationDeferred;
import org.openup.conversation.InvitationEvents.InvitationExpired;
import org.openup.conversation.InvitationEvents.InvitationSent;
import org.openup.conversation.InvitationEvents.InvitationWithdrawn;
import org.openup.conversation.InvitationEvents.TimeChosen;
import org.openup.spi.failure.NotFoundException;
import org.openup.spi.failure.RefusedException;
import org.openup.privacy.PersonalText;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

class InvitationsTest {

    private static final String J = "j1";
    private static final String ID = Invitations.idFor(J);
    private static final String ANA = "ana";
    private static final String BEN = "ben";
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final Instant TONIGHT = Instant.parse("2026-11-26T19:30:00Z");
    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final PersonalText HINT = new PersonalText(ANA, "how work has been");

    private AggregateTestFixture<Invitations> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invitations.class);
    }

    private static InvitationSent sent(String id) {
        return new InvitationSent(ID, J, id, ANA, BEN, HINT, 5, List.of("s1"));
    }

    private static SendInvitation send(String id) {
        return new SendInvitation(ID, J, id, ANA, BEN, HINT, 5, List.of("s1"));
    }

    @Test
    void theAskerInvitesWithAHintMinutesAndScenes() {
        fixture.givenNoPriorActivity()
                .when(send("i1"))
                .expectEvents(sent("i1"));
    }

    @Test
    void onlyOneInvitationIsOpenAtATime() {
        fixture.given(sent("i1"))
                .when(send("i2"))
                .expectException(RefusedException.class)
                .expectNoEvents();
    }

    @Test
    void theInviteeChoosesTimeAndSceneAndAReminderIsScheduled() {
        fixture.given(sent("i1"))
                .andGivenCurrentTime(NOW)
                .when(new ChooseTime(ID, "i1", BEN, TONIGHT, "Europe/Berlin", "s1", HALF_HOUR))
                .expectEvents(new TimeChosen(ID, J, "i1", BEN, TONIGHT, "Europe/Berlin", "s1", TONIGHT.minus(HALF_HOUR)));
    }

    @Test
    void theAskerCannotChooseTheTime() {
        fixture.given(sent("i1"))
                .andGivenCurrentTime(NOW)
                .when(new ChooseTime(ID, "i1", ANA, TONIGHT, "UTC", null, HALF_HOUR))
                .expectException(RefusedException.class)
                .expectExceptionMessage("Only your partner can answer this invitation: the choice of time is theirs.")
                .expectNoEvents();
    }

    @Test
    void aTimeInThePastIsRefused() {
        fixture.given(sent("i1"))
                .andGivenCurrentTime(TONIGHT)
                .when(new ChooseTime(ID, "i1", BEN, NOW, "UTC", null, HALF_HOUR))
                .expectException(RefusedException.class)
                .expectNoEvents();
    }

    @Test
    void notNowNeedsNoReasonAndStartsTheCoolingOff() {
        fixture.given(sent("i1"))
                .andGivenCurrentTime(NOW)
                .when(new DeferInvitation(ID, "i1", BEN, DAY))
                .expectEvents(new InvitationDeferred(ID, J, "i1", BEN, NOW.plus(DAY)));
    }

    @Test
    void theAskerCannotReInviteInsideTheCoolingOff() {
        fixture.given(sent("i1"), new InvitationDeclined(ID, J, "i1", BEN, NOW.plus(DAY)))
                .andGivenCurrentTime(NOW.plus(Duration.ofHours(23)))
                .when(send("i2"))
                .expectException(RefusedException.class)
                .expectNoEvents();
    }

    @Test
    void afterTheCoolingOffTheAskerMayInviteAgain() {
        fixture.given(sent("i1"), new InvitationDeferred(ID, J, "i1", BEN, NOW.plus(DAY)))
                .andGivenCurrentTime(NOW.plus(DAY))
                .when(send("i2"))
                .expectEvents(sent("i2"));
    }

    @Test
    void onlyTheInviteeDeclinesAndOnlyOnce() {
        fixture.given(sent("i1"))
                .andGivenCurrentTime(NOW)
                .when(new DeclineInvitation(ID, "i1", ANA, DAY))
                .expectException(RefusedException.class);
        fixture.given(sent("i1"), new InvitationDeclined(ID, J, "i1", BEN, NOW.plus(DAY)))
                .andGivenCurrentTime(NOW)
                .when(new DeclineInvitation(ID, "i1", BEN, DAY))
                .expectException(RefusedException.class)
                .expectExceptionMessage("This invitation has already been answered or withdrawn.");
        fixture.given(sent("i1"))
                .when(new DeclineInvitation(ID, "other", BEN, DAY))
                .expectException(NotFoundException.class);
    }

    @Test
    void theCoolingOffBindsOnlyTheMemberWhoAsked() {
        fixture.given(sent("i1"), new InvitationDeclined(ID, J, "i1", BEN, NOW.plus(DAY)))
                .andGivenCurrentTime(NOW)
                .when(new SendInvitation(ID, J, "i2", BEN, ANA, null, 5, List.of()))
                .expectEvents(new InvitationSent(ID, J, "i2", BEN, ANA, null, 5, List.of()));
    }

    @Test
    void aSoloNoteOfAnInvitationNeverBlocksAPartnerWhoJoinsLater() {
        fixture.given(new InvitationSent(ID, J, "i1", ANA, null, null, 5, List.of()))
                .when(new SendInvitation(ID, J, "i2", BEN, ANA, null, 5, List.of()))
                .expectEvents(new InvitationSent(ID, J, "i2", BEN, ANA, null, 5, List.of()));
    }

    @Test
    void theAskerWithdrawsAWaitingInvitationAndMayAskAgainAtOnce() {
        fixture.given(sent("i1"))
                .when(new WithdrawInvitation(ID, "i1", BEN))
                .expectException(RefusedException.class)
                .expectNoEvents();
        fixture.given(sent("i1"))
                .when(new WithdrawInvitation(ID, "i1", ANA))
                .expectEvents(new InvitationWithdrawn(ID, J, "i1", ANA));
        fixture.given(sent("i1"), new InvitationWithdrawn(ID, J, "i1", ANA))
                .when(send("i2"))
                .expectEvents(sent("i2"));
        fixture.given(sent("i1"), new InvitationWithdrawn(ID, J, "i1", ANA))
                .when(new DeferInvitation(ID, "i1", BEN, DAY))
                .expectException(RefusedException.class);
    }

    @Test
    void anInvitationUnansweredForFourteenDaysExpiresAndFreesTheAsker() {
        fixture.givenCurrentTime(NOW)
                .andGiven(sent("i1"))
                .andGivenCurrentTime(NOW.plus(Invitations.EXPIRES_AFTER))
                .when(new ChooseTime(ID, "i1", BEN, NOW.plus(Duration.ofDays(15)), "UTC", null, HALF_HOUR))
                .expectException(RefusedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("expired"));
        fixture.givenCurrentTime(NOW)
                .andGiven(sent("i1"))
                .andGivenCurrentTime(NOW.plus(Invitations.EXPIRES_AFTER).minusSeconds(1))
                .when(send("i2"))
                .expectException(RefusedException.class);
        fixture.givenCurrentTime(NOW)
                .andGiven(sent("i1"))
                .andGivenCurrentTime(NOW.plus(Invitations.EXPIRES_AFTER))
                .when(send("i2"))
                .expectEvents(new InvitationExpired(ID, J, "i1"), sent("i2"));
    }

    @Test
    void inSoloModeTheAskerRecordsWhatThePartnerChoseInPerson() {
        InvitationSent solo = new InvitationSent(ID, J, "i1", ANA, null, null, 5, List.of());
        fixture.givenNoPriorActivity()
                .when(new SendInvitation(ID, J, "i1", ANA, null, null, 5, List.of()))
                .expectEvents(solo);
        fixture.given(solo)
                .andGivenCurrentTime(NOW)
                .when(new ChooseTime(ID, "i1", ANA, TONIGHT, "UTC", null, HALF_HOUR))
                .expectEvents(new TimeChosen(ID, J, "i1", ANA, TONIGHT, "UTC", null, TONIGHT.minus(HALF_HOUR)));
    }
}
