package org.openup.journey;

import org.axonframework.serialization.Revision;
import org.openup.privacy.PersonalText;

import java.time.Instant;

/** What happened to a journey. The time of each event is its Axon timestamp. */
public final class JourneyEvents {

    private JourneyEvents() {
    }

    @Revision("2")
    public record JourneyStarted(String journeyId, String memberId, PersonalText displayName) {
    }

    /** A new invitation replaces any earlier one that was not used. */
    @Revision("1")
    public record PartnerInvitationCreated(String journeyId, String invitedBy, String codeHash, Instant expiresAt) {
    }

    @Revision("2")
    public record PartnerJoined(String journeyId, String memberId, PersonalText displayName, String codeHash) {
    }

    @Revision("1")
    public record TimeZoneSet(String journeyId, String memberId, String zone) {
    }

    @Revision("2") // like every event with sealed text: revision 1 is the plain-text era the upcaster knows
    public record MemberRenamed(String journeyId, String memberId, PersonalText displayName) {
    }

    @Revision("1")
    public record MemberLeft(String journeyId, String memberId) {
    }
}
