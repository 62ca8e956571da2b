package org.openup.safety;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.openup.safety.LadderPauseCommands.PauseTalkLadder;
import org.openup.safety.LadderPauseCommands.ResumeTalkLadder;
import org.openup.safety.LadderPauseEvents.TalkLadderPaused;
import org.openup.safety.LadderPauseEvents.TalkLadderResumed;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One member's talk ladder in one journey, paused after a safety note and resumed only by the
 * member. Pausing twice or resuming what runs records nothing, so repeating either is harmless;
 * a ladder never paused has nothing to resume (the caller checks before it asks).
 */
public class LadderPause {

    @AggregateIdentifier
    private String pauseId;
    private boolean paused;

    protected LadderPause() {
        // for Axon
    }

    public static String idFor(String journeyId, String memberId) {
        return "ladder-pause:" + journeyId + ":" + memberId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PauseTalkLadder c) {
        if (!paused) {
            apply(new TalkLadderPaused(c.pauseId(), c.journeyId(), c.memberId()));
        }
    }

    @CommandHandler
    public void handle(ResumeTalkLadder c) {
        if (paused) {
            apply(new TalkLadderResumed(c.pauseId(), c.journeyId(), c.memberId()));
        }
    }

    @EventSourcingHandler
    void on(TalkLadderPaused e) {
        pauseId = e.pauseId();
        paused = true;
    }

    @EventSourcingHandler
    void on(TalkLadderResumed e) {
        pauseId = e.pauseId();
        paused = false;
    }
}
