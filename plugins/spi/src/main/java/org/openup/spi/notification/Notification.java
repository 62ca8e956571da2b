package org.openup.spi.notification;

import java.time.Instant;

/**
 * One notification for one member. It carries structure only (kind, ids, times, minutes, a link),
 * never personal text, so a channel can show it anywhere and forgetting a member leaves no copy of
 * their words behind. Every field is something the addressed member may see.
 *
 * @param deliveryId   stable across retries and channels: receivers use it to drop duplicates
 * @param invitationId the invitation it is about, or null (gratitude)
 * @param talkAt       the chosen talk time, or null
 * @param talkZone     the zone the time was chosen in, or null
 * @param minutes      the suggested length of the talk, or null
 * @param occurredAt   when the thing happened (for a reminder: when it became due)
 */
public record Notification(String deliveryId, String memberId, String journeyId, NotificationKind kind, String invitationId,
                           Instant talkAt, String talkZone, Integer minutes, Instant occurredAt) {

    public String link() {
        return kind.link();
    }
}
