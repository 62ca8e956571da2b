package org.openup.journey;

import org.openup.member.MemberId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A journey as one member sees it. {@code invitationExpiresAt} is set while a partner invitation
 * is open (the code itself is never readable again).
 */
public record JourneyView(JourneyId journeyId, Instant startedAt, MemberId viewerId, List<Member> members,
                          Optional<Instant> invitationExpiresAt) {

    public record Member(MemberId memberId, String displayName, String role, Instant joinedAt, Optional<Instant> leftAt,
                         String timeZone) {
        public boolean active() {
            return leftAt.isEmpty();
        }
    }

    public Member viewer() {
        return members.stream().filter(m -> m.memberId().equals(viewerId)).findFirst().orElseThrow();
    }

    public Optional<Member> partner() {
        return members.stream().filter(m -> !m.memberId().equals(viewerId)).findFirst();
    }

    /**
     * Shared entries flow between the two only while nobody has left: after a leave, each
     * sees their own entries and nothing of the other's.
     */
    public boolean sharingOpen() {
        return members.stream().allMatch(Member::active);
    }

    /** The partner who is in the journey now, if any. */
    public Optional<Member> activePartner() {
        return partner().filter(Member::active);
    }

    /** The viewer is still in the journey (has not left it). */
    public boolean viewerActive() {
        return viewer().active();
    }
}
