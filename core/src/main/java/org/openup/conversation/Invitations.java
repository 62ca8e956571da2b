package org.openup.conversation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.openup.conversation.InvitationCommands.ChooseTime;
import org.openup.conversation.InvitationCommands.DeclineInvitation;
import org.openup.conversation.InvitationCommands.DeferInvitation;
import org.openup.conversation.InvitationCommands.SayReadyForDeeperTopics;
import org.openup.conversation.InvitationCommands.SendInvitation;
import org.openup.conversation.InvitationEvents.InvitationDeclined;
import org.openup.conversation.InvitationEvents.InvitationDeferred;
import org.openup.conversation.InvitationEvents.InvitationSent;
import org.openup.conversation.InvitationEvents.ReadyForDeeperTopics;
import org.openup.conversation.InvitationEvents.TimeChosen;
import org.openup.failure.NotFoundException;
import org.openup.failure.RefusedException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A journey's invitations to talk. The rules of going meta live here: one open invitation at a
 * time, only the invitee answers it, and after "not now" or a decline the asker waits out a
 * cooling-off period before asking again. No nagging is a rule, not a setting.
 */
public class Invitations {

    @AggregateIdentifier
    private String invitationsId;
    private String journeyId;
    private String openInvitation;
    private String openAsker;
    private String openInvitee;
    private Instant askAgainFrom;
    private Set<String> answered = new HashSet<>();

    protected Invitations() {
        // for Axon
    }

    public static String idFor(String journeyId) {
        return "invitations:" + journeyId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SendInvitation c) {
        Instant now = GenericEventMessage.clock.instant();
        if (openInvitation != null) {
            throw new RefusedException("There is already an open invitation. Your partner chooses when; a second one would only add pressure.");
        }
        if (askAgainFrom != null && now.isBefore(askAgainFrom)) {
            throw new RefusedException("Your partner said not now. Give it some room: you can invite again from "
                    + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(askAgainFrom.atZone(ZoneId.of("UTC"))) + " UTC.");
        }
        apply(new InvitationSent(c.invitationsId(), c.journeyId(), c.invitationId(), c.asker(), c.invitee(),
                c.topicHint(), c.suggestedMinutes(), c.sceneIds()));
    }

    @CommandHandler
    public void handle(ChooseTime c) {
        requireAnswerer(c.invitationId(), c.member());
        if (!c.at().isAfter(GenericEventMessage.clock.instant())) {
            throw new RefusedException("Please choose a time in the future.");
        }
        Instant remindAt = c.at().minus(c.remindBefore());
        apply(new TimeChosen(invitationsId, journeyId, c.invitationId(), c.member(), c.at(), c.zone(), c.sceneId(), remindAt));
    }

    @CommandHandler
    public void handle(DeferInvitation c) {
        requireAnswerer(c.invitationId(), c.member());
        apply(new InvitationDeferred(invitationsId, journeyId, c.invitationId(), c.member(),
                GenericEventMessage.clock.instant().plus(c.coolingOff())));
    }

    @CommandHandler
    public void handle(DeclineInvitation c) {
        requireAnswerer(c.invitationId(), c.member());
        apply(new InvitationDeclined(invitationsId, journeyId, c.invitationId(), c.member(),
                GenericEventMessage.clock.instant().plus(c.coolingOff())));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SayReadyForDeeperTopics c) {
        apply(new ReadyForDeeperTopics(c.invitationsId(), c.journeyId(), c.member()));
    }

    /** Only the invitee answers; in solo mode the asker records the partner's answer. */
    private void requireAnswerer(String invitationId, String member) {
        if (answered.contains(invitationId)) {
            throw new RefusedException("This invitation has already been answered.");
        }
        if (!invitationId.equals(openInvitation)) {
            throw new NotFoundException("There is no open invitation with id " + invitationId + ".");
        }
        boolean solo = openInvitee == null;
        if (solo ? !member.equals(openAsker) : !member.equals(openInvitee)) {
            throw new RefusedException(member.equals(openAsker)
                    ? "Only your partner can answer this invitation: the choice of time is theirs."
                    : "This invitation is not addressed to you.");
        }
    }

    private void close(String invitationId) {
        answered.add(invitationId);
        openInvitation = null;
        openAsker = null;
        openInvitee = null;
    }

    @EventSourcingHandler
    void on(InvitationSent e) {
        invitationsId = e.invitationsId();
        journeyId = e.journeyId();
        openInvitation = e.invitationId();
        openAsker = e.asker();
        openInvitee = e.invitee();
    }

    @EventSourcingHandler
    void on(TimeChosen e) {
        close(e.invitationId());
    }

    @EventSourcingHandler
    void on(InvitationDeferred e) {
        close(e.invitationId());
        askAgainFrom = e.askAgainFrom();
    }

    @EventSourcingHandler
    void on(InvitationDeclined e) {
        close(e.invitationId());
        askAgainFrom = e.askAgainFrom();
    }

    @EventSourcingHandler
    void on(ReadyForDeeperTopics e) {
        invitationsId = e.invitationsId();
        journeyId = e.journeyId();
    }
}
