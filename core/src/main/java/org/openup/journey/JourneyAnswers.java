package org.openup.journey;

import java.time.Instant;

/** What the journey operations hand back to the member who asked. */
public final class JourneyAnswers {

    private JourneyAnswers() {
    }

    public record Started(String journeyId, String memberId) {
    }

    /** The code is shown once, to the inviter, and then exists only as a hash. */
    public record PartnerInvitation(String journeyId, String code, Instant expiresAt) {
    }

    public record Joined(String journeyId, String memberId) {
    }
}
