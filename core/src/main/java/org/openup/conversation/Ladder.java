package org.openup.conversation;

import java.util.List;
import java.util.Objects;

/**
 * The short-and-sweet ladder: how long the next talk with the partner should be.
 *
 * <p>Why a ladder at all: a partner who finds opening up hard learns from every talk whether
 * talking is safe. Five minutes that end warmly teach "this is bearable, even good"; an hour that
 * ends in blame teaches "avoid this". So the ladder starts small, climbs one rung only after the
 * talks on the current rung have connected several times in a row, and steps back one rung as
 * soon as a talk goes off the rails. It never jumps: a talk that happened to run long still counts
 * as one good talk at the current rung, because one long good talk is luck, not yet a habit.
 *
 * <p>Rules, applied to the history from oldest to newest:
 * <ul>
 *   <li>CONNECTED adds one to the streak; when the streak reaches {@code connectedTalksToLengthen}
 *       the ladder moves up one rung and the streak starts again at zero. On the top rung it
 *       stays and the streak simply keeps counting.</li>
 *   <li>NEUTRAL keeps the rung and resets the streak.</li>
 *   <li>OFF_THE_RAILS moves down one rung, never below the lowest rung, and resets the streak.</li>
 * </ul>
 * The minutes a talk actually lasted are ignored. The class is pure: same history, same answer.
 */
public final class Ladder {

    /** Talk lengths in minutes, lowest first. Each step is small next to the talk: 5 to 10 doubles, 45 to 60 adds a third. */
    public static final List<Integer> RUNGS = List.of(5, 10, 15, 20, 30, 45, 60);

    private static final int TOP = RUNGS.size() - 1;

    private final int startRung;
    private final int connectedTalksToLengthen;

    /** Starts at 5 minutes and climbs after two connecting talks in a row: one could be luck, two is a start. */
    public Ladder() {
        this(5, 2);
    }

    public Ladder(int startMinutes, int connectedTalksToLengthen) {
        int rung = RUNGS.indexOf(startMinutes);
        if (rung < 0) {
            throw new IllegalArgumentException(
                    "The start must be one of the rungs " + RUNGS + " minutes, but got " + startMinutes + ".");
        }
        if (connectedTalksToLengthen < 1) {
            throw new IllegalArgumentException(
                    "Lengthening needs at least one connecting talk, but got " + connectedTalksToLengthen + ".");
        }
        this.startRung = rung;
        this.connectedTalksToLengthen = connectedTalksToLengthen;
    }

    /** The suggestion for the next talk, given every earlier talk, oldest first. */
    public Suggestion next(List<TalkOutcome> history) {
        Objects.requireNonNull(history, "history");
        int rung = startRung;
        int streak = 0;
        Reason reason = Reason.FIRST_TALK;
        for (TalkOutcome talk : history) {
            Objects.requireNonNull(talk, "a talk in the history");
            switch (talk.outcome()) {
                case CONNECTED -> {
                    streak++;
                    if (rung < TOP && streak >= connectedTalksToLengthen) {
                        rung++;
                        streak = 0;
                        reason = Reason.LENGTHEN_AFTER_CONNECTING_TALKS;
                    } else {
                        reason = keptRung(rung);
                    }
                }
                case NEUTRAL -> {
                    streak = 0;
                    reason = keptRung(rung);
                }
                case OFF_THE_RAILS -> {
                    rung = Math.max(0, rung - 1);
                    streak = 0;
                    reason = Reason.STEP_BACK_AFTER_OFF_THE_RAILS;
                }
            }
        }
        return new Suggestion(RUNGS.get(rung), reason, streak);
    }

    private static Reason keptRung(int rung) {
        return rung == TOP ? Reason.AT_THE_TOP : Reason.STAY;
    }
}
