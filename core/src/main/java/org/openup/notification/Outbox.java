package org.openup.notification;

import org.openup.spi.notification.Notification;
import org.openup.spi.notification.NotificationKind;
import org.openup.spi.notification.NotificationChannel;

import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.store.JdbcTransactions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The outbox's moves. Routing turns a due notification into one delivery per channel target, in
 * one transaction; claiming takes a lease on a delivery so that of several nodes only one tries it.
 */
final class Outbox {

    record Delivery(Notification notification, String channel, String target, int attempts) {
    }

    private static final int BATCH = 100;

    private final Jdbc jdbc;
    private final JdbcTransactions tx;

    Outbox(Jdbc jdbc, JdbcTransactions tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Fans every due notification out to the channels its member enabled; returns how many were routed. */
    int route(Set<NotificationChannel> channels, Instant now) {
        record Due(String deliveryId, String memberId, NotificationKind kind) {
        }
        List<Due> due = jdbc.query("SELECT delivery_id, member_id, kind FROM notification_outbox WHERE state = 'waiting' AND due_at <= ? "
                + "ORDER BY due_at, delivery_id LIMIT " + BATCH,
                rs -> new Due(rs.getString(1), rs.getString(2), NotificationKind.valueOf(rs.getString(3))), now);
        int routed = 0;
        for (Due d : due) {
            routed += tx.fetchInTransaction(() -> routeOne(d.deliveryId(), d.memberId(), d.kind(), channels, now));
        }
        return routed;
    }

    private int routeOne(String deliveryId, String member, NotificationKind kind, Set<NotificationChannel> channels, Instant now) {
        // the state check makes a second node that raced for the same row route nothing
        if (jdbc.update("UPDATE notification_outbox SET state = 'routed', routed_at = ? WHERE delivery_id = ? AND state = 'waiting'",
                now, deliveryId) == 0) {
            return 0;
        }
        for (NotificationChannel channel : channels) {
            if (kind.accountMail() && !channel.carriesAccountMail()) {
                continue;
            }
            for (String target : channel.targets(member, kind)) {
                jdbc.update("INSERT INTO notification_delivery (delivery_id, channel, target, state, attempts, next_attempt_at) "
                        + "VALUES (?, ?, ?, 'pending', 0, ?)", deliveryId, channel.name(), target, now);
            }
        }
        return 1;
    }

    /** Deliveries whose turn has come and whose lease (if any) ran out, leased to {@code node} until {@code until}. */
    List<Delivery> claim(Instant now, Instant until, String node) {
        List<Delivery> candidates = jdbc.query("SELECT o.*, d.channel, d.target, d.attempts FROM notification_delivery d "
                + "JOIN notification_outbox o ON o.delivery_id = d.delivery_id WHERE d.state = 'pending' AND d.next_attempt_at <= ? "
                + "AND (d.claimed_until IS NULL OR d.claimed_until < ?) ORDER BY d.next_attempt_at, d.delivery_id LIMIT " + BATCH,
                Outbox::delivery, now, now);
        List<Delivery> claimed = new ArrayList<>();
        for (Delivery d : candidates) {
            int won = jdbc.update("UPDATE notification_delivery SET claimed_until = ?, claimed_by = ? WHERE delivery_id = ? AND channel = ? "
                            + "AND target = ? AND state = 'pending' AND (claimed_until IS NULL OR claimed_until < ?)",
                    until, node, d.notification().deliveryId(), d.channel(), d.target(), now);
            if (won == 1) {
                claimed.add(d);
            }
        }
        return claimed;
    }

    void delivered(Delivery d, Instant now) {
        finish(d, "delivered", d.attempts() + 1, now, null, now);
    }

    void dropped(Delivery d, Instant now, String why) {
        finish(d, "dropped", d.attempts() + 1, now, why, null);
    }

    /** A failed try: again at {@code retryAt}, or given up ({@code retryAt} null). */
    void failed(Delivery d, Instant retryAt, Instant now, String why) {
        finish(d, retryAt == null ? "failed" : "pending", d.attempts() + 1, retryAt == null ? now : retryAt, why, null);
    }

    private void finish(Delivery d, String state, int attempts, Instant next, String error, Instant deliveredAt) {
        jdbc.update("UPDATE notification_delivery SET state = ?, attempts = ?, next_attempt_at = ?, last_error = ?, delivered_at = ?, "
                        + "claimed_until = NULL, claimed_by = NULL WHERE delivery_id = ? AND channel = ? AND target = ?",
                state, attempts, next, error == null ? null : error.substring(0, Math.min(error.length(), 400)), deliveredAt,
                d.notification().deliveryId(), d.channel(), d.target());
    }

    static Notification notification(ResultSet rs) throws SQLException {
        return new Notification(rs.getString("delivery_id"), rs.getString("member_id"), rs.getString("journey_id"),
                NotificationKind.valueOf(rs.getString("kind")), rs.getString("invitation_id"), Jdbc.instant(rs, "talk_at"),
                rs.getString("talk_zone"), Jdbc.integer(rs, "minutes"), Jdbc.instant(rs, "occurred_at"));
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(notification(rs), rs.getString("channel"), rs.getString("target"), rs.getInt("attempts"));
    }
}
