package org.openup.example.inbox;

import org.openup.spi.notification.Notification;
import org.openup.spi.notification.NotificationChannel;
import org.openup.spi.notification.NotificationKind;

import java.util.List;

/** The channel: a member who switched the inbox on has one target, their file. A failed write is retried by the core. */
final class InboxChannel implements NotificationChannel {

    private final Inbox inbox;

    InboxChannel(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public String name() {
        return "inbox";
    }

    @Override
    public List<String> targets(String memberId, NotificationKind kind) {
        return inbox.isOn(memberId) ? List.of("file") : List.of();
    }

    @Override
    public void deliver(Notification notification, String target) throws Exception {
        inbox.add(notification);
    }
}
