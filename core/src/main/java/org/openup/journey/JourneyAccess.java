package org.openup.journey;

import org.openup.failure.RefusedException;

/**
 * The gate every feature passes before it reads or writes on behalf of a member: the journey must
 * be theirs (otherwise it does not exist for them), and to change anything they must still be in it.
 */
public final class JourneyAccess {

    private final Journeys journeys;

    public JourneyAccess(Journeys journeys) {
        this.journeys = journeys;
    }

    /** For reading: members who left may still read their own entries. */
    public JourneyView toRead(String memberId, String journeyId) {
        return journeys.journey(memberId, journeyId);
    }

    /** For writing: only members who are still in the journey. */
    public JourneyView toWrite(String memberId, String journeyId) {
        JourneyView journey = journeys.journey(memberId, journeyId);
        if (!journey.viewerActive()) {
            throw new RefusedException("You left this journey, so you can no longer add to it. Your own entries are still yours to read.");
        }
        return journey;
    }
}
