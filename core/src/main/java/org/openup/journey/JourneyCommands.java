package org.openup.journey;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openup.privacy.PersonalText;

import java.time.Instant;

/** What a member can ask of a journey. */
public final class JourneyCommands {

    private JourneyCommands() {
    }

    public record StartJourney(String journeyId, String memberId, PersonalText displayName) {
    }

    /** Only the code's hash travels; the aggregate never sees the code itself. */
    public record CreatePartnerInvitation(@TargetAggregateIdentifier String journeyId, String memberId,
                                          String codeHash, Instant expiresAt) {
    }

    public record JoinJourney(@TargetAggregateIdentifier String journeyId, String memberId,
                              PersonalText displayName, String codeHash) {
    }

    /** Each member's own time zone, so times they see and choose are in it. */
    public record SetTimeZone(@TargetAggregateIdentifier String journeyId, String memberId, String zone) {
    }

    /** The name a member is shown by, changed by them. */
    public record RenameMember(@TargetAggregateIdentifier String journeyId, String memberId, PersonalText displayName) {
    }

    public record LeaveJourney(@TargetAggregateIdentifier String journeyId, String memberId) {
    }
}
