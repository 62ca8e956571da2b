package org.openup.journey;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.openup.spi.failure.RefusedException;
import org.openup.journey.JourneyCommands.CreatePartnerInvitation;
import org.openup.journey.JourneyCommands.JoinJourney;
import org.openup.journey.JourneyCommands.LeaveJourney;
import org.openup.journey.JourneyCommands.RenameMember;
import org.openup.journey.JourneyCommands.SetTimeZone;
import org.openup.journey.JourneyCommands.StartJourney;
import org.openup.journey.JourneyEvents.JourneyStarted;
import org.openup.journey.JourneyEvents.MemberLeft;
import org.openup.journey.JourneyEvents.MemberRenamed;
import org.openup.journey.JourneyEvents.PartnerInvitationCreated;
import org.openup.journey.JourneyEvents.PartnerJoined;
import org.openup.journey.JourneyEvents.TimeZoneSet;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The couple. A journey has at most two members over its whole life: the one who started it and
 * the partner who joined with a single-use, expiring code. Either may leave; whoever stays goes on
 * alone (a new partner means a new journey, so nobody inherits another person's history).
 */
public class Journey {

    static final int MAX_MEMBERS = 2;

    @AggregateIdentifier
    private String journeyId;
    private Set<String> active = new HashSet<>();
    private Set<String> departed = new HashSet<>();
    private Set<String> spentCodes = new HashSet<>();
    private String openCodeHash;
    private Instant openCodeExpiresAt;

    protected Journey() {
        // for Axon
    }

    @CommandHandler
    public Journey(StartJourney command) {
        apply(new JourneyStarted(command.journeyId(), command.memberId(), command.displayName()));
    }

    @CommandHandler
    public void handle(CreatePartnerInvitation command) {
        requireActiveMember(command.memberId());
        if (!departed.isEmpty()) {
            throw new RefusedException("Your partner left this journey, and a journey is for one couple. To invite someone, "
                    + "start a new journey; what you wrote here stays yours.");
        }
        if (memberCount() >= MAX_MEMBERS) {
            throw new RefusedException("This journey already has two members, so there is nobody left to invite.");
        }
        apply(new PartnerInvitationCreated(journeyId, command.memberId(), command.codeHash(), command.expiresAt()));
    }

    @CommandHandler
    public void handle(JoinJourney command) {
        if (active.contains(command.memberId())) {
            throw new RefusedException("You are already a member of this journey.");
        }
        if (departed.contains(command.memberId())) {
            throw new RefusedException("You left this journey, so you cannot join it again.");
        }
        if (spentCodes.contains(command.codeHash())) {
            throw new RefusedException("This invitation code has already been used. Ask your partner for a new one.");
        }
        if (memberCount() >= MAX_MEMBERS) {
            throw new RefusedException("This journey already has two members.");
        }
        if (openCodeHash == null || !openCodeHash.equals(command.codeHash())) {
            throw new RefusedException("This invitation code is not valid any more. Ask your partner for a new one.");
        }
        if (!GenericEventMessage.clock.instant().isBefore(openCodeExpiresAt)) {
            throw new RefusedException("This invitation code has expired. Ask your partner for a new one.");
        }
        apply(new PartnerJoined(journeyId, command.memberId(), command.displayName(), command.codeHash()));
    }

    @CommandHandler
    public void handle(SetTimeZone command) {
        requireActiveMember(command.memberId());
        apply(new TimeZoneSet(journeyId, command.memberId(), command.zone()));
    }

    @CommandHandler
    public void handle(RenameMember command) {
        requireActiveMember(command.memberId());
        apply(new MemberRenamed(journeyId, command.memberId(), command.displayName()));
    }

    @CommandHandler
    public void handle(LeaveJourney command) {
        requireActiveMember(command.memberId());
        apply(new MemberLeft(journeyId, command.memberId()));
    }

    private void requireActiveMember(String memberId) {
        if (departed.contains(memberId)) {
            throw new RefusedException("You left this journey, so you can no longer change it.");
        }
        if (!active.contains(memberId)) {
            throw new RefusedException("You are not a member of this journey.");
        }
    }

    private int memberCount() {
        return active.size() + departed.size();
    }

    @EventSourcingHandler
    void on(JourneyStarted event) {
        journeyId = event.journeyId();
        active.add(event.memberId());
    }

    @EventSourcingHandler
    void on(PartnerInvitationCreated event) {
        openCodeHash = event.codeHash();
        openCodeExpiresAt = event.expiresAt();
    }

    @EventSourcingHandler
    void on(PartnerJoined event) {
        active.add(event.memberId());
        spentCodes.add(event.codeHash());
        openCodeHash = null;
        openCodeExpiresAt = null;
    }

    @EventSourcingHandler
    void on(MemberLeft event) {
        active.remove(event.memberId());
        departed.add(event.memberId());
        // a pending invitation dies with the journey's membership changing
        openCodeHash = null;
        openCodeExpiresAt = null;
    }
}
