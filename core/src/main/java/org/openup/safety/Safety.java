package org.openup.safety;

import org.openup.content.Content;
import org.openup.engine.axon.Commands;
import org.openup.engine.readmodel.Jdbc;
import org.openup.journey.JourneyAccess;
import org.openup.journey.JourneyId;
import org.openup.journey.JourneyView;
import org.openup.member.MemberId;
import org.openup.safety.LadderPauseCommands.PauseTalkLadder;
import org.openup.safety.LadderPauseCommands.ResumeTalkLadder;

import java.time.Instant;
import java.util.Optional;

/**
 * Safety before coaching, for every text a member writes: a text that signals fear or harm is
 * not kept, the member's talk ladder pauses, and the caller gets the safety note instead of an
 * answer. Each feature screens its texts here before it sends a command.
 */
public final class Safety {

    private final Commands commands;
    private final JourneyAccess access;
    private final Jdbc jdbc;
    private final Content content;

    public Safety(Commands commands, JourneyAccess access, Jdbc jdbc, Content content) {
        this.commands = commands;
        this.access = access;
        this.jdbc = jdbc;
        this.content = content;
    }

    /**
     * Throws {@link SafetyFirstException} (after pausing the writer's ladder) when any of the
     * texts signals danger; absent texts are skipped.
     */
    public void screen(JourneyView journey, String... texts) {
        if (content.safetyCheck().anyConcerning(texts)) {
            String member = journey.viewerId().value();
            commands.send(new PauseTalkLadder(LadderPause.idFor(journey.journeyId().value(), member), journey.journeyId().value(), member));
            throw new SafetyFirstException(note());
        }
    }

    public SafetyNote note() {
        return content.safetyNote(Content.BASE);
    }

    /** Since when the member's ladder is paused, if it is. */
    public Optional<Instant> pausedSince(MemberId memberId, JourneyId journeyId) {
        return pausedSince(access.toRead(memberId, journeyId));
    }

    /** The same for the viewer of a journey already read on their behalf (its view proves access). */
    public Optional<Instant> pausedSince(JourneyView journey) {
        return jdbc.one("SELECT paused_at FROM ladder_pause_view WHERE journey_id = ? AND member_id = ?",
                rs -> Jdbc.instant(rs, "paused_at"), journey.journeyId().value(), journey.viewerId().value());
    }

    /** The member says they are ready to go on: the ladder suggests talks again. A ladder that runs stays as it is. */
    public void resumeLadder(MemberId memberId, JourneyId journeyId) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        if (pausedSince(journey).isEmpty()) {
            return;
        }
        String member = memberId.value();
        commands.send(new ResumeTalkLadder(LadderPause.idFor(journey.journeyId().value(), member), journey.journeyId().value(), member));
    }
}
