package org.openup.reflection;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.openup.spi.failure.NotFoundException;
import org.openup.spi.failure.RefusedException;
import org.openup.reflection.PartnerQuestionCommands.AnswerPartnerQuestion;
import org.openup.reflection.PartnerQuestionCommands.PutQuestionToPartner;
import org.openup.reflection.PartnerQuestionCommands.SayNotNowToQuestion;
import org.openup.reflection.PartnerQuestionEvents.PartnerAnswered;
import org.openup.reflection.PartnerQuestionEvents.PartnerSaidNotNow;
import org.openup.reflection.PartnerQuestionEvents.QuestionPutToPartner;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The constraint questions a journey's members put to each other. Same spirit as invitations:
 * one open question per asker, only the partner answers, and "not now" is respected with a pause.
 */
public class PartnerQuestionBook {

    @AggregateIdentifier
    private String bookId;
    private String journeyId;
    /** open ask id -> the partner it is addressed to */
    private Map<String, String> open = new HashMap<>();
    private Map<String, String> openByAsker = new HashMap<>();
    private Map<String, Instant> askAgainFrom = new HashMap<>();
    private Set<String> closed = new HashSet<>();

    protected PartnerQuestionBook() {
        // for Axon
    }

    public static String idFor(String journeyId) {
        return "partner-questions:" + journeyId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PutQuestionToPartner c) {
        if (openByAsker.containsKey(c.asker())) {
            throw new RefusedException("Your partner has not answered your last question yet. One at a time leaves them room.");
        }
        Instant pause = askAgainFrom.get(c.asker());
        if (pause != null && GenericEventMessage.clock.instant().isBefore(pause)) {
            throw new RefusedException("Your partner said not now. You can ask again after a pause.");
        }
        apply(new QuestionPutToPartner(c.bookId(), c.journeyId(), c.askId(), c.asker(), c.partner(), c.question()));
    }

    @CommandHandler
    public void handle(AnswerPartnerQuestion c) {
        requirePartner(c.askId(), c.member());
        apply(new PartnerAnswered(bookId, journeyId, c.askId(), c.member(), c.answer(), c.shareWithAsker()));
    }

    @CommandHandler
    public void handle(SayNotNowToQuestion c) {
        requirePartner(c.askId(), c.member());
        apply(new PartnerSaidNotNow(bookId, journeyId, c.askId(), c.member(), GenericEventMessage.clock.instant().plus(c.coolingOff())));
    }

    private void requirePartner(String askId, String member) {
        if (closed.contains(askId)) {
            throw new RefusedException("This question has already been answered.");
        }
        String partner = open.get(askId);
        if (partner == null) {
            throw new NotFoundException("There is no open question with id " + askId + ".");
        }
        if (!partner.equals(member)) {
            throw new RefusedException("Only the partner it was asked of can answer this question.");
        }
    }

    @EventSourcingHandler
    void on(QuestionPutToPartner e) {
        bookId = e.bookId();
        journeyId = e.journeyId();
        open.put(e.askId(), e.partner());
        openByAsker.put(e.asker(), e.askId());
    }

    @EventSourcingHandler
    void on(PartnerAnswered e) {
        close(e.askId());
    }

    @EventSourcingHandler
    void on(PartnerSaidNotNow e) {
        String asker = close(e.askId());
        askAgainFrom.put(asker, e.askAgainFrom());
    }

    private String close(String askId) {
        open.remove(askId);
        closed.add(askId);
        String asker = openByAsker.entrySet().stream().filter(x -> x.getValue().equals(askId)).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
        openByAsker.remove(asker);
        return asker;
    }
}
