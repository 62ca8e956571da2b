package org.openup.journey;

import org.openup.engine.readmodel.ReadCache;
import org.openup.member.MemberId;
import org.openup.spi.failure.RefusedException;

import java.util.List;
import java.util.function.Supplier;

/**
 * The gate every feature passes before it reads or writes on behalf of a member: the journey must
 * be theirs (otherwise it does not exist for them), and to change anything they must still be in it.
 */
public final class JourneyAccess {

    private final Journeys journeys;
    private final Supplier<ReadCache> reads;
    /** Checks asked for in this process: a read that authorises more than once shows here. */
    private final java.util.concurrent.atomic.LongAdder checks = new java.util.concurrent.atomic.LongAdder();

    /** {@code reads}: made on the first read, so a CLI run that only writes never builds it. */
    public JourneyAccess(Journeys journeys, Supplier<ReadCache> reads) {
        this.journeys = journeys;
        this.reads = reads;
    }

    /**
     * For reading: members who left may still read their own entries. The journey as the member
     * sees it is kept like the heaviest reads' answers ({@link ReadCache}): any change to who is in
     * a journey is an event, which changes the store's stamp, so a kept view is never one that
     * membership has moved past; a refusal is never kept. Writes ask the store each time.
     */
    public JourneyView toRead(MemberId memberId, JourneyId journeyId) {
        checks.increment();
        return reads.get().get(List.of("journey-view", memberId, journeyId), () -> journeys.journey(memberId, journeyId));
    }

    /**
     * As {@link #toRead}, asking the store: for a computation the {@link ReadCache} keeps itself
     * (the insights page, the timeline), which must not read through that cache and has just seen
     * the stamp change anyway.
     */
    public JourneyView toReadNow(MemberId memberId, JourneyId journeyId) {
        checks.increment();
        return journeys.journey(memberId, journeyId);
    }

    /**
     * For writing: only members who are still in the journey, as the store says at this moment (the
     * journey's own newest event decides, see {@link Journeys#current}), on every node at once.
     */
    public JourneyView toWrite(MemberId memberId, JourneyId journeyId) {
        checks.increment();
        JourneyView journey = journeys.current(memberId, journeyId);
        if (!journey.viewerActive()) {
            throw new RefusedException("You left this journey, so you can no longer add to it. Your own entries are still yours to read.");
        }
        return journey;
    }

    /** How many checks this process asked for: for seeing that a read authorises once. */
    public long checks() {
        return checks.sum();
    }
}
