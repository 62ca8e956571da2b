package org.openup.spi;

import java.time.Instant;
import java.util.List;

/**
 * What a plugin may read of journeys: each question is asked on behalf of a member and answers
 * only what that member may see in the app, or refuses with
 * {@link org.openup.spi.failure.NotFoundException} for a journey they may not read.
 */
public interface MemberJourneys {

    /** A journey as a plugin sees it: whether the member asking is still in it, and who is or was. */
    record Journey(String journeyId, Instant startedAt, boolean memberActive, List<Member> members) {
    }

    /** Someone in a journey, by the name they gave. */
    record Member(String memberId, String displayName, boolean active) {
    }

    /** A fresh one-time code for the partner to join with, and when it stops working. */
    record PartnerCode(String code, Instant expiresAt) {
    }

    /** A talk whose time the partner chose: when, for how long, when the reminder goes, and when it was chosen. */
    record ChosenTalk(String invitationId, Instant at, int minutes, Instant remindAt, Instant chosenAt) {
    }

    /** The member's journeys, the ones they left included. */
    List<Journey> journeysOf(String memberId);

    /** The journey, or NotFoundException when the member may not read it. */
    Journey journey(String memberId, String journeyId);

    /** The member's talks with a chosen time in the journey, earliest first. */
    List<ChosenTalk> chosenTalks(String memberId, String journeyId);

    /** Makes a new join code for the member's journey (earlier ones stop working), or refuses as the app would. */
    PartnerCode newPartnerCode(String askerId, String journeyId);
}
