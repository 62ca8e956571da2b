package org.openup.notification;

import org.openup.spi.notification.NotificationKind;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.openup.conversation.InvitationEvents.InvitationDeclined;
import org.openup.conversation.InvitationEvents.InvitationDeferred;
import org.openup.conversation.InvitationEvents.InvitationSent;
import org.openup.conversation.InvitationEvents.TimeChosen;
import org.openup.conversation.TalkEvents.TalkHeld;
import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.readmodel.ReadModel;
import org.openup.journey.JourneyEvents.MemberLeft;
import org.openup.reflection.ReflectionEvents.GratitudeExpressed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Turns journey events into notifications for the member they concern, written to the outbox in
 * the command's own transaction: a notification is recorded exactly when its event is, never lost
 * in a crash in between. A reminder is a row due at the reminder time,
 * which is its durable schedule. Only ids, times and minutes are copied, never personal text.
 */
@ProcessingGroup(ReadModel.PROCESSOR)
public class NotificationProjection implements ReadModel {

    /** Events older than this when processed (a rebuild from old events) would only be noise. */
    static final Duration STALE_AFTER = Duration.ofDays(1);

    private final Jdbc jdbc;
    private final Clock clock;

    public NotificationProjection(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * None to clear: the outbox is a record of what was sent, not a view to rebuild. A replay
     * reprocesses events, finds each notification's id already there and adds nothing.
     */
    @Override
    public List<String> tables() {
        return List.of();
    }

    @EventHandler
    void on(InvitationSent e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        if (jdbc.one("SELECT 1 FROM notification_invitation WHERE invitation_id = ?", rs -> 1, e.invitationId()).isEmpty()) {
            jdbc.update("INSERT INTO notification_invitation (invitation_id, journey_id, asker_id, invitee_id, minutes) "
                    + "VALUES (?, ?, ?, ?, ?)", e.invitationId(), e.journeyId(), e.asker(), e.invitee(), e.suggestedMinutes());
        }
        if (!e.solo() && fresh(at)) {
            add(eventId, e.invitee(), e.journeyId(), NotificationKind.INVITATION_RECEIVED, e.invitationId(), null, null,
                    e.suggestedMinutes(), at, clock.instant(), at);
        }
    }

    @EventHandler
    void on(TimeChosen e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        Asked asked = asked(e.invitationId());
        cancelReminders(e.invitationId(), at);
        if (asked == null) {
            return;
        }
        if (!Objects.equals(e.chosenBy(), asked.asker()) && fresh(at)) {
            add(eventId, asked.asker(), e.journeyId(), NotificationKind.TIME_CHOSEN, e.invitationId(), e.at(), e.zone(),
                    asked.minutes(), at, clock.instant(), at);
        }
        Instant now = clock.instant();
        if (e.remindAt() != null && e.at().isAfter(now)) {
            // a reminder time already passed (chosen at short notice) is due at once
            Instant due = e.remindAt().isBefore(now) ? now : e.remindAt();
            for (String member : asked.members()) {
                add(eventId, member, e.journeyId(), NotificationKind.TALK_REMINDER, e.invitationId(), e.at(), e.zone(),
                        asked.minutes(), due, due, at);
            }
        }
    }

    @EventHandler
    void on(InvitationDeferred e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        answered(eventId, e.invitationId(), e.journeyId(), e.by(), NotificationKind.INVITATION_DEFERRED, at);
    }

    @EventHandler
    void on(InvitationDeclined e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        answered(eventId, e.invitationId(), e.journeyId(), e.by(), NotificationKind.INVITATION_DECLINED, at);
    }

    @EventHandler
    void on(TalkHeld e, @Timestamp Instant at) {
        if (e.invitationId() != null) {
            cancelReminders(e.invitationId(), at); // it happened: no reminder for it any more
        }
    }

    @EventHandler
    void on(GratitudeExpressed e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        if (e.partnerId() != null && !e.partnerId().equals(e.memberId()) && fresh(at)) {
            add(eventId, e.partnerId(), e.journeyId(), NotificationKind.GRATITUDE_RECEIVED, null, null, null, null, at, clock.instant(), at);
        }
    }

    @EventHandler
    void on(MemberLeft e, @Timestamp Instant at) {
        // after a leave nothing more is sent about this journey, to either member
        jdbc.update("UPDATE notification_outbox SET state = 'cancelled' WHERE journey_id = ? AND state = 'waiting' AND caused_at < ?",
                e.journeyId(), at);
    }

    private void answered(String eventId, String invitationId, String journeyId, String by, NotificationKind kind, Instant at) {
        cancelReminders(invitationId, at);
        Asked asked = asked(invitationId);
        if (asked != null && !asked.asker().equals(by) && fresh(at)) {
            add(eventId, asked.asker(), journeyId, kind, invitationId, null, null, asked.minutes(), at, clock.instant(), at);
        }
    }

    private record Asked(String asker, String invitee, int minutes) {
        List<String> members() {
            return invitee == null ? List.of(asker) : List.of(asker, invitee);
        }
    }

    private Asked asked(String invitationId) {
        return jdbc.one("SELECT asker_id, invitee_id, minutes FROM notification_invitation WHERE invitation_id = ?",
                rs -> new Asked(rs.getString(1), rs.getString(2), rs.getInt(3)), invitationId).orElse(null);
    }

    /** Only reminders caused earlier: in a replay an old event must not cancel what a newer one scheduled. */
    private void cancelReminders(String invitationId, Instant at) {
        jdbc.update("UPDATE notification_outbox SET state = 'cancelled' WHERE invitation_id = ? AND kind = ? AND state = 'waiting' "
                + "AND caused_at < ?", invitationId, NotificationKind.TALK_REMINDER, at);
    }

    private boolean fresh(Instant at) {
        return at.isAfter(clock.instant().minus(STALE_AFTER));
    }

    private void add(String eventId, String member, String journeyId, NotificationKind kind, String invitationId, Instant talkAt,
                     String zone, Integer minutes, Instant occurredAt, Instant dueAt, Instant causedAt) {
        String deliveryId = DeliveryIds.of(eventId, member, kind);
        if (jdbc.one("SELECT 1 FROM notification_outbox WHERE delivery_id = ?", rs -> 1, deliveryId).isPresent()) {
            return; // this event was processed before (a replay or a retried batch)
        }
        jdbc.update("INSERT INTO notification_outbox (delivery_id, member_id, journey_id, kind, invitation_id, talk_at, talk_zone, "
                        + "minutes, occurred_at, due_at, caused_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'waiting')",
                deliveryId, member, journeyId, kind, invitationId, talkAt, zone, minutes, occurredAt, dueAt, causedAt);
    }
}
