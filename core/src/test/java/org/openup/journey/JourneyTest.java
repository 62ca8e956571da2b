package org.openup.journey;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openup.spi.failure.RefusedException;
import org.openup.journey.JourneyCommands.CreatePartnerInvitation;
import org.openup.journey.JourneyCommands.JoinJourney;
import org.openup.journey.JourneyCommands.LeaveJourney;
import org.openup.journey.JourneyCommands.StartJourney;
import org.openup.journey.JourneyEvents.JourneyStarted;
import org.openup.journey.JourneyEvents.MemberLeft;
import org.openup.journey.JourneyEvents.PartnerInvitationCreated;
import org.openup.journey.JourneyEvents.PartnerJoined;
import org.openup.privacy.PersonalText;

import java.time.Duration;
import java.time.Instant;

class JourneyTest {

    private static final String JOURNEY = "j-1";
    private static final String ANA = "ana";
    private static final String BEN = "ben";
    private static final String CAM = "cam";
    private static final PersonalText ANA_NAME = new PersonalText(ANA, "Ana");
    private static final PersonalText BEN_NAME = new PersonalText(BEN, "Ben");
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final Instant EXPIRES = NOW.plus(Duration.ofDays(7));

    private AggregateTestFixture<Journey> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Journey.class);
    }

    private JourneyStarted started() {
        return new JourneyStarted(JOURNEY, ANA, ANA_NAME);
    }

    private PartnerInvitationCreated invited(String hash) {
        return new PartnerInvitationCreated(JOURNEY, ANA, hash, EXPIRES);
    }

    @Test
    void startingAJourneyMakesTheStarterItsFirstMember() {
        fixture.givenNoPriorActivity()
                .when(new StartJourney(JOURNEY, ANA, ANA_NAME))
                .expectSuccessfulHandlerExecution()
                .expectEvents(started());
    }

    @Test
    void aMemberInvitesTheirPartner() {
        fixture.given(started())
                .when(new CreatePartnerInvitation(JOURNEY, ANA, "h1", EXPIRES))
                .expectEvents(invited("h1"));
    }

    @Test
    void thePartnerJoinsWithAValidCode() {
        fixture.given(started(), invited("h1"))
                .andGivenCurrentTime(NOW)
                .when(new JoinJourney(JOURNEY, BEN, BEN_NAME, "h1"))
                .expectEvents(new PartnerJoined(JOURNEY, BEN, BEN_NAME, "h1"));
    }

    @Test
    void aMemberChangesTheNameTheyAreShownBy() {
        PersonalText newName = new PersonalText(ANA, "Ana B.");
        fixture.given(started())
                .when(new JourneyCommands.RenameMember(JOURNEY, ANA, newName))
                .expectEvents(new JourneyEvents.MemberRenamed(JOURNEY, ANA, newName));
    }

    @Test
    void aMemberWhoLeftKeepsTheNameTheyHadThere() {
        fixture.given(started(), invited("h1"), new PartnerJoined(JOURNEY, BEN, BEN_NAME, "h1"), new MemberLeft(JOURNEY, BEN))
                .when(new JourneyCommands.RenameMember(JOURNEY, BEN, new PersonalText(BEN, "Benjamin")))
                .expectException(RefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aUsedCodeIsRefused() {
        fixture.given(started(), invited("h1"), new PartnerJoined(JOURNEY, BEN, BEN_NAME, "h1"), new MemberLeft(JOURNEY, BEN))
                .when(new JoinJourney(JOURNEY, CAM, new PersonalText(CAM, "Cam"), "h1"))
                .expectException(RefusedException.class)
                .expectExceptionMessage("This invitation code has already been used. Ask your partner for a new one.")
                .expectNoEvents();
    }

    @Test
    void anExpiredCodeIsRefused() {
        fixture.given(started(), invited("h1"))
                .andGivenCurrentTime(EXPIRES)
                .when(new JoinJourney(JOURNEY, BEN, BEN_NAME, "h1"))
                .expectException(RefusedException.class)
                .expectExceptionMessage("This invitation code has expired. Ask your partner for a new one.")
                .expectNoEvents();
    }

    @Test
    void aReplacedCodeIsRefused() {
        fixture.given(started(), invited("h1"), invited("h2"))
                .andGivenCurrentTime(NOW)
                .when(new JoinJourney(JOURNEY, BEN, BEN_NAME, "h1"))
                .expectException(RefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aThirdMemberIsRefused() {
        fixture.given(started(), invited("h1"), new PartnerJoined(JOURNEY, BEN, BEN_NAME, "h1"))
                .when(new JoinJourney(JOURNEY, CAM, new PersonalText(CAM, "Cam"), "h2"))
                .expectException(RefusedException.class)
                .expectExceptionMessage("This journey already has two members.")
                .expectNoEvents();
    }

    @Test
    void aFullJourneyCannotInviteAnyone() {
        fixture.given(started(), invited("h1"), new PartnerJoined(JOURNEY, BEN, BEN_NAME, "h1"))
                .when(new CreatePartnerInvitation(JOURNEY, BEN, "h2", EXPIRES))
                .expectException(RefusedException.class)
                .expectNoEvents();
    }

    @Test
    void afterAPartnerLeftTheOneWhoStaysIsToldToBeginANewJourney() {
        fixture.given(started(), invited("h1"), new PartnerJoined(JOURNEY, BEN, BEN_NAME, "h1"), new MemberLeft(JOURNEY, BEN))
                .when(new CreatePartnerInvitation(JOURNEY, ANA, "h2", EXPIRES))
                .expectException(RefusedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("start a new journey"))
                .expectNoEvents();
    }

    @Test
    void joiningTwiceIsRefused() {
        fixture.given(started(), invited("h1"), new PartnerJoined(JOURNEY, BEN, BEN_NAME, "h1"))
                .when(new JoinJourney(JOURNEY, BEN, BEN_NAME, "h1"))
                .expectException(RefusedException.class)
                .expectExceptionMessage("You are already a member of this journey.")
                .expectNoEvents();
    }

    @Test
    void theStarterCannotJoinTheirOwnJourney() {
        fixture.given(started(), invited("h1"))
                .andGivenCurrentTime(NOW)
                .when(new JoinJourney(JOURNEY, ANA, ANA_NAME, "h1"))
                .expectException(RefusedException.class)
                .expectNoEvents();
    }

    @Test
    void eitherMemberMayLeave() {
        fixture.given(started(), invited("h1"), new PartnerJoined(JOURNEY, BEN, BEN_NAME, "h1"))
                .when(new LeaveJourney(JOURNEY, ANA))
                .expectEvents(new MemberLeft(JOURNEY, ANA));
    }

    @Test
    void aMemberWhoLeftCannotAct() {
        fixture.given(started(), new MemberLeft(JOURNEY, ANA))
                .when(new CreatePartnerInvitation(JOURNEY, ANA, "h1", EXPIRES))
                .expectException(RefusedException.class)
                .expectExceptionMessage("You left this journey, so you can no longer change it.")
                .expectNoEvents();
    }

    @Test
    void aMemberWhoLeftCannotLeaveAgainOrRejoin() {
        fixture.given(started(), invited("h1"), new PartnerJoined(JOURNEY, BEN, BEN_NAME, "h1"), new MemberLeft(JOURNEY, BEN))
                .when(new LeaveJourney(JOURNEY, BEN))
                .expectException(RefusedException.class)
                .expectNoEvents();
        fixture.given(started(), invited("h1"), new MemberLeft(JOURNEY, ANA))
                .andGivenCurrentTime(NOW)
                .when(new JoinJourney(JOURNEY, ANA, ANA_NAME, "h1"))
                .expectException(RefusedException.class)
                .expectNoEvents();
    }

    @Test
    void leavingCancelsAPendingInvitation() {
        fixture.given(started(), invited("h1"), new MemberLeft(JOURNEY, ANA))
                .andGivenCurrentTime(NOW)
                .when(new JoinJourney(JOURNEY, BEN, BEN_NAME, "h1"))
                .expectException(RefusedException.class)
                .expectExceptionMessage("This invitation code is not valid any more. Ask your partner for a new one.")
                .expectNoEvents();
    }

    @Test
    void membersSetTheirOwnTimeZoneOnlyWhileInTheJourney() {
        fixture.given(started())
                .when(new JourneyCommands.SetTimeZone(JOURNEY, ANA, "Europe/Berlin"))
                .expectEvents(new JourneyEvents.TimeZoneSet(JOURNEY, ANA, "Europe/Berlin"));
        fixture.given(started(), new MemberLeft(JOURNEY, ANA))
                .when(new JourneyCommands.SetTimeZone(JOURNEY, ANA, "Europe/Berlin"))
                .expectException(RefusedException.class);
    }

    @Test
    void aStrangerCannotInviteOrLeave() {
        fixture.given(started())
                .when(new CreatePartnerInvitation(JOURNEY, CAM, "h1", EXPIRES))
                .expectException(RefusedException.class)
                .expectExceptionMessage("You are not a member of this journey.");
        fixture.given(started())
                .when(new LeaveJourney(JOURNEY, CAM))
                .expectException(RefusedException.class)
                .expectNoEvents();
    }
}
