package org.openup.conversation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.openup.conversation.InvitationCommands.ChooseTime;
import org.openup.conversation.InvitationCommands.DeclineInvitation;
import org.openup.conversation.InvitationCommands.DeferInvitation;
import org.openup.conversation.InvitationCommands.SayReadyForDeeperTopics;
import org.openup.conversation.InvitationCommands.SendInvitation;
import org.openup.conversation.InvitationCommands.WithdrawInvitation;
import org.openup.conversation.InvitationEvents.InvitationDeclined;
import org.openup.conversation.InvitationEvents.InvitationDeferred;
import org.openup.conversation.InvitationEvents.InvitationExpired;
import org.openup.conversation.InvitationEvents.InvitationSent;
import org.openup.conversation.InvitationEvents.InvitationWithdrawn;
import org.openup.conversation.InvitationEvents.ReadyForDeeperTopics;
import org.openup.conversation.InvitationEvents.TimeChosen;
import org.openup.spi.failure.NotFoundException;
import org.openup.spi.failure.RefusedException;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A journey's invitations to talk: one open invitation per asker, answered only by the invitee,
 * withdrawn by the asker or expired after {@link #EXPIRES_AFTER}; after "not now" or a decline only
 * the member who asked waits out the cooling-off. No nagging is a rule, not a setting.
 */
@Revision("2")
public class Invitations {

    /** Unanswered this long, an invitation stops waiting: it neither hangs over the invitee nor blocks the asker. */
    public static final Duration EXPIRES_AFTER = Duration.ofDays(14);

    private record Open(String asker, String invitee, Instant sentAt) {
    }

    @AggregateIdentifier
    private String invitationsId;
    private String journeyId;
    private Map<String, Open> open = new HashMap<>();
    private Map<String, Instant> askAgainFrom = new HashMap<>();
    private Set<String> closed = new HashSet<>();

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
        for (Map.Entry<String, Open> o : List.copyOf(open.entrySet())) {
            if (expired(o.getValue(), now)) {
                apply(new InvitationExpired(c.invitationsId(), c.journeyId(), o.getKey()));
            }
        }
        if (open.values().stream().anyMatch(o -> o.asker().equals(c.asker()))) {
            throw new RefusedException("You already have an open invitation. Your partner chooses when; a second one would only "
                    + "add pressure. You can withdraw it if you want to ask differently.");
        }
        Instant pause = askAgainFrom.get(c.asker());
        if (pause != null && now.isBefore(pause)) {
            throw new RefusedException("Your partner said not now. Give it some room before you invite again.");
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

    /** Only the asker withdraws, and only while it waits; no cooling-off follows. */
    @CommandHandler
    public void handle(WithdrawInvitation c) {
        Open o = waiting(c.invitationId());
        if (!o.asker().equals(c.member())) {
            throw new RefusedException("Only the one who sent an invitation can withdraw it.");
        }
        apply(new InvitationWithdrawn(invitationsId, journeyId, c.invitationId(), c.member()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SayReadyForDeeperTopics c) {
        apply(new ReadyForDeeperTopics(c.invitationsId(), c.journeyId(), c.member()));
    }

    /** Only the invitee answers; in solo mode the asker records the partner's answer. */
    private void requireAnswerer(String invitationId, String member) {
        Open o = waiting(invitationId);
        boolean solo = o.invitee() == null;
        if (solo ? !member.equals(o.asker()) : !member.equals(o.invitee())) {
            throw new RefusedException(member.equals(o.asker())
                    ? "Only your partner can answer this invitation: the choice of time is theirs."
                    : "This invitation is not addressed to you.");
        }
    }

    private Open waiting(String invitationId) {
        if (closed.contains(invitationId)) {
            throw new RefusedException("This invitation has already been answered or withdrawn.");
        }
        Open o = open.get(invitationId);
        if (o == null) {
            throw new NotFoundException("There is no open invitation with id " + org.openup.member.MemberIds.abbreviate(invitationId) + ".");
        }
        if (expired(o, GenericEventMessage.clock.instant())) {
            throw new RefusedException("This invitation expired: it waited " + EXPIRES_AFTER.toDays()
                    + " days without an answer, and that is an answer too. Nothing more is needed.");
        }
        return o;
    }

    private static boolean expired(Open o, Instant now) {
        return !now.isBefore(o.sentAt().plus(EXPIRES_AFTER));
    }

    private Open close(String invitationId) {
        closed.add(invitationId);
        return open.remove(invitationId);
    }

    @EventSourcingHandler
    void on(InvitationSent e, @Timestamp Instant at) {
        invitationsId = e.invitationsId();
        journeyId = e.journeyId();
        open.put(e.invitationId(), new Open(e.asker(), e.invitee(), at));
    }

    @EventSourcingHandler
    void on(TimeChosen e) {
        close(e.invitationId());
    }

    @EventSourcingHandler
    void on(InvitationDeferred e) {
        askAgainFrom.put(close(e.invitationId()).asker(), e.askAgainFrom());
    }

    @EventSourcingHandler
    void on(InvitationDeclined e) {
        askAgainFrom.put(close(e.invitationId()).asker(), e.askAgainFrom());
    }

    @EventSourcingHandler
    void on(InvitationWithdrawn e) {
        close(e.invitationId());
    }

    @EventSourcingHandler
    void on(InvitationExpired e) {
        close(e.invitationId());
    }

    @EventSourcingHandler
    void on(ReadyForDeeperTopics e) {
        invitationsId = e.invitationsId();
        journeyId = e.journeyId();
    }
}
