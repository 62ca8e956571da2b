package org.openup.journey;

import org.openup.member.MemberId;

import java.time.Instant;

/** What the journey operations hand back to the member who asked. */
public final class JourneyAnswers {

    private JourneyAnswers() {
    }

    public record Started(JourneyId journeyId, MemberId memberId) {
    }

    /** The code is shown once, to the inviter, and then exists only as a hash. */
    public record PartnerInvitation(JourneyId journeyId, String code, Instant expiresAt) {
    }

    public record Joined(JourneyId journeyId, MemberId memberId) {
    }
}
