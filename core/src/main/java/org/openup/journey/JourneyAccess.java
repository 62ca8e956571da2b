package org.openup.journey;

import org.openup.member.MemberId;
import org.openup.spi.failure.RefusedException;

/**
 * The gate every feature passes before it reads or writes on behalf of a member: the journey must
 * be theirs (otherwise it does not exist for them), and to change anything they must still be in it.
 */
public final class JourneyAccess {

    private final Journeys journeys;
    /** Checks made by this process: a read that authorises more than once shows here. */
    private final java.util.concurrent.atomic.LongAdder checks = new java.util.concurrent.atomic.LongAdder();

    public JourneyAccess(Journeys journeys) {
        this.journeys = journeys;
    }

    /** For reading: members who left may still read their own entries. */
    public JourneyView toRead(MemberId memberId, JourneyId journeyId) {
        checks.increment();
        return journeys.journey(memberId, journeyId);
    }

    /** For writing: only members who are still in the journey. */
    public JourneyView toWrite(MemberId memberId, JourneyId journeyId) {
        checks.increment();
        JourneyView journey = journeys.journey(memberId, journeyId);
        if (!journey.viewerActive()) {
            throw new RefusedException("You left this journey, so you can no longer add to it. Your own entries are still yours to read.");
        }
        return journey;
    }

    /** How many checks this process has made (each one a query): for seeing that a read authorises once. */
    public long checks() {
        return checks.sum();
    }
}
