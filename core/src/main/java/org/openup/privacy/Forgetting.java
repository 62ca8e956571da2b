package org.openup.privacy;

import org.openup.spi.MemberData;

import org.openup.account.Accounts;
import org.openup.engine.crypto.Keyring;
import org.openup.journey.JourneyView;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;

import java.util.Set;

/**
 * Forgetting a member: they leave every journey they are still in, their credentials and what
 * plugins keep about them ({@link MemberData}) are deleted, and their data key is destroyed. Their events stay (the log is append-only), so dates and counts
 * still add up for the partner, but every text they wrote, in the events and in the read models
 * alike, was sealed under that key and from now on reads as {@link PersonalText#FORGOTTEN}.
 * Running it again finishes a forget that was interrupted.
 */
public final class Forgetting {

    /** What was done. */
    public record Forgotten(MemberId memberId, int journeysLeft, boolean accountDeleted) {
    }

    private final Journeys journeys;
    private final Accounts accounts;
    private final Keyring keyring;
    private final Set<MemberData> elsewhere;

    public Forgetting(Journeys journeys, Accounts accounts, Keyring keyring, Set<MemberData> elsewhere) {
        this.journeys = journeys;
        this.accounts = accounts;
        this.keyring = keyring;
        this.elsewhere = elsewhere;
    }

    public Forgotten forget(MemberId member) {
        int left = 0;
        for (JourneyView journey : journeys.journeysOf(member)) {
            if (journey.viewer().active()) {
                journeys.leave(member, journey.journeyId());
                left++;
            }
        }
        boolean hadAccount = accounts.byMember(member).isPresent();
        accounts.delete(member);
        elsewhere.forEach(data -> data.erase(member.value()));
        // Last, so that an interrupted forget can be run again: the steps above still see the member.
        keyring.forget(member.value());
        return new Forgotten(member, left, hadAccount);
    }
}
