package org.openup.notification;

import org.openup.member.MemberId;
import org.openup.spi.notification.Notification;
import org.openup.spi.notification.NotificationKind;

import org.openup.engine.readmodel.Jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reading the outbox: a member's own notifications, and delivery counts for operators. */
public final class Notifications {

    private final Jdbc jdbc;

    public Notifications(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The member's notifications that are due (sent or being sent), newest first. Only their own. */
    public List<Notification> of(MemberId memberId, int limit) {
        return jdbc.query("SELECT * FROM notification_outbox WHERE member_id = ? AND state = 'routed' "
                + "ORDER BY occurred_at DESC, delivery_id LIMIT ?", Outbox::notification, memberId.value(), Math.max(limit, 0));
    }

    /**
     * Queues a mail about the member's account ({@link NotificationKind#accountMail()}), due now,
     * unless one of that kind was queued since {@code notBefore}. It comes from no event: accounts
     * live outside the events.
     */
    public void queueAccountMail(MemberId memberId, NotificationKind kind, Instant now, Instant notBefore) {
        if (!kind.accountMail()) {
            throw new IllegalArgumentException(kind + " is not about an account");
        }
        if (jdbc.one("SELECT 1 FROM notification_outbox WHERE member_id = ? AND kind = ? AND occurred_at > ?", rs -> 1,
                memberId.value(), kind.name(), notBefore).isPresent()) {
            return;
        }
        jdbc.update("INSERT INTO notification_outbox (delivery_id, member_id, journey_id, kind, occurred_at, due_at, caused_at, state) "
                + "VALUES (?, ?, NULL, ?, ?, ?, ?, 'waiting')", DeliveryIds.random(), memberId.value(), kind.name(), now, now, now);
    }

    /** How many deliveries are in each state, by channel, e.g. {@code {webhook={delivered=3, pending=1}}}. */
    public Map<String, Map<String, Long>> deliveryCounts() {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        jdbc.query("SELECT channel, state, COUNT(*) FROM notification_delivery GROUP BY channel, state", rs -> {
            out.computeIfAbsent(rs.getString(1), c -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
            return null;
        });
        return out;
    }

    /** Notifications not yet due (reminders waiting for their time). */
    public long waiting() {
        return jdbc.one("SELECT COUNT(*) FROM notification_outbox WHERE state = 'waiting'", rs -> rs.getLong(1)).orElse(0L);
    }
}
