package org.openup.notification;

import org.openup.spi.notification.NotificationKind;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Delivery ids derived from the event, the member and the kind, so the same event always yields the same id. */
final class DeliveryIds {

    private DeliveryIds() {
    }

    static String of(String eventId, String memberId, NotificationKind kind) {
        return "msg_" + UUID.nameUUIDFromBytes((eventId + "/" + memberId + "/" + kind.name()).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
    }

    /** For a notification that comes from no event (account recovery): asked for once, queued once. */
    static String random() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }
}
