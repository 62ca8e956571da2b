package org.openup.spi.notification;

import java.util.List;

/**
 * Somewhere notifications go (a webhook, a chat, an e-mail). Plugins contribute channels; the core
 * keeps a durable outbox and calls {@link #deliver} until it succeeds, with backoff between tries.
 * A delivery may be repeated after a crash, always with the same {@link Notification#deliveryId()},
 * so a channel passes that id on for the receiver to drop duplicates.
 */
public interface NotificationChannel {

    /** A short, stable name, stored with every delivery. */
    String name();

    /**
     * Where on this channel the member wants notifications of this kind (e.g. their endpoint ids);
     * empty when they have not enabled it. Asked once per notification, when it becomes due.
     */
    List<String> targets(String memberId, NotificationKind kind);

    /**
     * Whether this channel carries the account's own mail ({@link NotificationKind#accountMail()}:
     * recovery and confirmation links, a warning that someone used the address), which leads to
     * secret links: only a channel that reaches the member alone (their own mailbox) should, never
     * one that may post into a shared room or a file others can read.
     */
    default boolean carriesAccountMail() {
        return false;
    }

    /** Delivers or throws; a throw is retried later. Throw {@link TargetGone} when retrying is pointless. */
    void deliver(Notification notification, String target) throws Exception;

    /** The target no longer exists (e.g. the member removed the endpoint): the delivery is dropped. */
    final class TargetGone extends Exception {
        public TargetGone(String message) {
            super(message);
        }
    }
}
