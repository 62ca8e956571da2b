package org.openup.conversation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.openup.conversation.TalkCommands.RateTalk;
import org.openup.conversation.TalkCommands.RecordTalk;
import org.openup.conversation.TalkEvents.TalkHeld;
import org.openup.conversation.TalkEvents.TalkRated;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.RefusedException;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One talk that happened, and each member's private rating of it (one each). */
public class Talk {

    @AggregateIdentifier
    private String talkId;
    private String journeyId;
    private Set<String> rated = new HashSet<>();

    protected Talk() {
        // for Axon
    }

    @CommandHandler
    public Talk(RecordTalk c) {
        if (c.minutes() < 1 || c.minutes() > 600) {
            throw new InvalidInputException("minutes", "A talk lasts from 1 to 600 minutes.");
        }
        apply(new TalkHeld(c.talkId(), c.journeyId(), c.invitationId(), c.recordedBy(), c.startedBy(), c.heldAt(),
                c.minutes(), c.sceneId()));
    }

    @CommandHandler
    public void handle(RateTalk c) {
        if (c.feltOpen() < 1 || c.feltOpen() > 5) {
            throw new InvalidInputException("feltOpen", "How open it felt is a number from 1 (not at all) to 5 (very).");
        }
        if (c.outcome() == null) {
            throw new InvalidInputException("outcome", "Say whether the talk felt connected, neutral or off the rails.");
        }
        if (rated.contains(c.member())) {
            throw new RefusedException("You have already rated this talk.");
        }
        apply(new TalkRated(talkId, journeyId, c.member(), c.feltOpen(), c.outcome(), c.gotInTheWay()));
    }

    @EventSourcingHandler
    void on(TalkHeld e) {
        talkId = e.talkId();
        journeyId = e.journeyId();
    }

    @EventSourcingHandler
    void on(TalkRated e) {
        rated.add(e.member());
    }
}
