package org.openup.reflection;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.openup.spi.failure.NotFoundException;
import org.openup.spi.failure.RefusedException;
import org.openup.reflection.ReflectionCommands.AskQuestion;
import org.openup.reflection.ReflectionCommands.NoteConstraint;
import org.openup.reflection.ReflectionCommands.NoteMoment;
import org.openup.reflection.ReflectionCommands.ReviseConstraintNote;
import org.openup.reflection.ReflectionCommands.SetConstraintSharing;
import org.openup.reflection.ReflectionCommands.SettleQuestion;
import org.openup.reflection.ReflectionCommands.ThankPartner;
import org.openup.reflection.ReflectionEvents.ConstraintNoteRevised;
import org.openup.reflection.ReflectionEvents.ConstraintNoted;
import org.openup.reflection.ReflectionEvents.ConstraintSharingChanged;
import org.openup.reflection.ReflectionEvents.GratitudeExpressed;
import org.openup.reflection.ReflectionEvents.MomentNoted;
import org.openup.reflection.ReflectionEvents.QuestionAsked;
import org.openup.reflection.ReflectionEvents.QuestionReplaced;
import org.openup.reflection.ReflectionEvents.QuestionSettled;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One member's reflection within a journey: the questions they asked and how they were
 * reframed, the constraints they see, the moments they noticed and the thanks they gave. Who may
 * act here is checked before a command is sent (only the member themselves); this decides what
 * the member may do with their own entries.
 */
public class Reflection {

    @AggregateIdentifier
    private String reflectionId;
    private String journeyId;
    private String memberId;
    private Set<String> openQuestions = new HashSet<>();
    private Set<String> settledQuestions = new HashSet<>();
    private Map<String, Boolean> constraintShared = new HashMap<>();
    private Set<String> moments = new HashSet<>();
    private Set<String> thanked = new HashSet<>();

    protected Reflection() {
        // for Axon
    }

    /** The reflection of a member in a journey has a fixed id, so it is found without a lookup. */
    public static String idFor(String journeyId, String memberId) {
        return "reflection:" + journeyId + ":" + memberId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AskQuestion c) {
        for (String undecided : java.util.List.copyOf(openQuestions)) {
            apply(new QuestionReplaced(c.reflectionId(), c.journeyId(), c.memberId(), undecided));
        }
        apply(new QuestionAsked(c.reflectionId(), c.journeyId(), c.memberId(), c.questionId(), c.original(), c.proposal(), c.kind()));
    }

    @CommandHandler
    public void handle(SettleQuestion c) {
        if (settledQuestions.contains(c.questionId())) {
            throw new RefusedException("You have already decided on this question. Ask a new one to start again.");
        }
        if (!openQuestions.contains(c.questionId())) {
            throw new NotFoundException("You have no question with id " + c.questionId() + ".");
        }
        apply(new QuestionSettled(reflectionId, journeyId, memberId, c.questionId(), c.decision(), c.finalText()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(NoteConstraint c) {
        apply(new ConstraintNoted(c.reflectionId(), c.journeyId(), c.memberId(), c.constraintId(), c.kind(), c.ownTitle(), c.note()));
    }

    @CommandHandler
    public void handle(ReviseConstraintNote c) {
        requireConstraint(c.constraintId());
        apply(new ConstraintNoteRevised(reflectionId, journeyId, memberId, c.constraintId(), c.note()));
    }

    @CommandHandler
    public void handle(SetConstraintSharing c) {
        requireConstraint(c.constraintId());
        if (constraintShared.get(c.constraintId()) != c.shared()) {
            apply(new ConstraintSharingChanged(reflectionId, journeyId, memberId, c.constraintId(), c.shared()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(NoteMoment c) {
        apply(new MomentNoted(c.reflectionId(), c.journeyId(), c.memberId(), c.momentId(), c.what()));
    }

    @CommandHandler
    public void handle(ThankPartner c) {
        if (!moments.contains(c.momentId())) {
            throw new NotFoundException("You have no moment with id " + c.momentId() + ".");
        }
        if (thanked.contains(c.momentId())) {
            throw new RefusedException("You have already said thank you for this moment.");
        }
        apply(new GratitudeExpressed(reflectionId, journeyId, memberId, c.momentId(), c.partnerId(), c.thanks()));
    }

    private void requireConstraint(String constraintId) {
        if (!constraintShared.containsKey(constraintId)) {
            throw new NotFoundException("You have no constraint with id " + constraintId + ".");
        }
    }

    private void identify(String reflectionId, String journeyId, String memberId) {
        this.reflectionId = reflectionId;
        this.journeyId = journeyId;
        this.memberId = memberId;
    }

    @EventSourcingHandler
    void on(QuestionAsked e) {
        identify(e.reflectionId(), e.journeyId(), e.memberId());
        openQuestions.add(e.questionId());
    }

    @EventSourcingHandler
    void on(QuestionReplaced e) {
        openQuestions.remove(e.questionId());
    }

    @EventSourcingHandler
    void on(QuestionSettled e) {
        openQuestions.remove(e.questionId());
        settledQuestions.add(e.questionId());
    }

    @EventSourcingHandler
    void on(ConstraintNoted e) {
        identify(e.reflectionId(), e.journeyId(), e.memberId());
        constraintShared.put(e.constraintId(), false);
    }

    @EventSourcingHandler
    void on(ConstraintSharingChanged e) {
        constraintShared.put(e.constraintId(), e.shared());
    }

    @EventSourcingHandler
    void on(MomentNoted e) {
        identify(e.reflectionId(), e.journeyId(), e.memberId());
        moments.add(e.momentId());
    }

    @EventSourcingHandler
    void on(GratitudeExpressed e) {
        thanked.add(e.momentId());
    }
}
