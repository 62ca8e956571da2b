package org.openup.spi.notification;

/** What a notification is about, and where in the web app the member can see it. */
public enum NotificationKind {
    /** The partner invited the member to a talk; the member chooses a time, defers or declines. */
    INVITATION_RECEIVED("/#/invitations"),
    /** The partner chose a time for the member's invitation. */
    TIME_CHOSEN("/#/invitations"),
    /** The partner said "not now" to the member's invitation. */
    INVITATION_DEFERRED("/#/invitations"),
    /** The partner declined the member's invitation. */
    INVITATION_DECLINED("/#/invitations"),
    /** A chosen talk time is coming up. */
    TALK_REMINDER("/#/invitations"),
    /** The partner thanked the member for opening up. */
    GRATITUDE_RECEIVED("/#/moments"),
    /**
     * The member asked for a link to set a new password. It belongs to no journey, and only a channel
     * that reaches the member's own mailbox carries it: the channel asks
     * the core for the link at delivery, so no secret waits in the outbox.
     */
    ACCOUNT_RECOVERY("/#/reset"),
    /** A new account waits for its address to be confirmed; the link is made at delivery, as for recovery. */
    ACCOUNT_CONFIRMATION("/#/confirm"),
    /** Someone tried to make a new account with the member's address: told to the owner, never to the one who tried. */
    ACCOUNT_EXISTS("/#/signin");

    private final String link;

    NotificationKind(String link) {
        this.link = link;
    }

    /** About the account rather than a journey: only a channel that reaches the member alone carries it. */
    public boolean accountMail() {
        return this == ACCOUNT_RECOVERY || this == ACCOUNT_CONFIRMATION || this == ACCOUNT_EXISTS;
    }

    /** A path in the web app, relative to wherever the operator serves it. */
    public String link() {
        return link;
    }
}
