package org.openup.account;

import org.openup.engine.readmodel.Jdbc;
import org.openup.member.MemberId;
import org.openup.spi.SecretToken;
import org.openup.spi.failure.RefusedException;
import org.openup.spi.notification.NotificationChannel;
import org.openup.spi.notification.NotificationKind;
import org.openup.notification.Notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The way back into an account: a link that sets a new password. A member asks for it with their
 * address and is mailed it when a channel carries recovery (the email plugin); otherwise whoever
 * runs OpenUp makes one with {@code openup admin reset-link}. The answer to asking never says
 * whether the address has an account. The link's token exists only in the link (the table keeps its
 * hash); it works for {@link #LINK_LIFETIME}, once; using it ends every session of the member and
 * forgives the wrong passwords counted against the account, so a lock-out always has a way back.
 */
public final class Recovery {

    public static final Duration LINK_LIFETIME = Duration.ofHours(1);
    /** At most one recovery mail per account in this while, so nobody can flood a mailbox by asking. */
    static final Duration MAIL_EVERY = Duration.ofMinutes(5);
    private static final String RESET = "reset";
    private static final String CONFIRM = "confirm";

    private final Jdbc jdbc;
    private final Accounts accounts;
    private final Sessions sessions;
    private final Notifications notifications;
    private final boolean byMail;
    private final Clock clock;

    public Recovery(Jdbc jdbc, Accounts accounts, Sessions sessions, Notifications notifications, Set<NotificationChannel> channels,
                    Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.sessions = sessions;
        this.notifications = notifications;
        this.byMail = channels.stream().anyMatch(NotificationChannel::carriesAccountMail);
        this.clock = clock;
    }

    /** Whether a request is answered by mail here; without, an operator makes the link. */
    public boolean byMail() {
        return byMail;
    }

    /**
     * Someone asks for a link for this address. When it has an account and mail is set up, a
     * recovery notification is queued for its member (at most one per {@link #MAIL_EVERY}). Returns
     * nothing either way: the caller answers the same for known and unknown addresses.
     */
    public void request(String email) {
        Optional<MemberId> member = accounts.memberWithEmail(email);
        if (member.isEmpty() || !byMail) {
            return;
        }
        Instant now = clock.instant();
        notifications.queueAccountMail(member.get(), NotificationKind.ACCOUNT_RECOVERY, now, now.minus(MAIL_EVERY));
    }

    /**
     * A new link for the member, as a path in the web app ({@code /#/reset/<token>}): asked by the
     * channel that mails it, at delivery, so no secret waits in the outbox.
     */
    public String link(MemberId memberId) {
        return "/#/reset/" + mint(memberId, RESET);
    }

    /** A link that confirms a new account's address, made like {@link #link} at delivery ({@code /#/confirm/<token>}). */
    public String confirmationLink(MemberId memberId) {
        return "/#/confirm/" + mint(memberId, CONFIRM);
    }

    private String mint(MemberId memberId, String purpose) {
        String token = SecretToken.random(32).value();
        Instant now = clock.instant();
        jdbc.update("DELETE FROM password_reset WHERE expires_at <= ?", now);
        jdbc.update("INSERT INTO password_reset (token_hash, member_id, created_at, expires_at, purpose) VALUES (?, ?, ?, ?, ?)",
                Sessions.hash(token), memberId.value(), now, now.plus(LINK_LIFETIME), purpose);
        return token;
    }

    /** A link for whoever owns this address, made by an operator on the server; empty when no account has it. */
    public Optional<String> linkForAddress(String email) {
        return accounts.memberWithEmail(email).map(this::link);
    }

    /**
     * Sets a new password with the link's token. The password is checked first, so a weak one does
     * not use the link up; of two uses at once only one succeeds. Ends every session of the member.
     */
    public Accounts.Account reset(String token, String newPassword) {
        Accounts.Account account = holder(token, RESET);
        Accounts.checkPassword("newPassword", newPassword, account.email(), account.displayName());
        use(token, RESET, account.member());
        // the link came through the mailbox, so it confirms the address as well
        accounts.setPassword(account, newPassword);
        sessions.endAll(account.member());
        return account;
    }

    /** Confirms a new account's address with the mailed link; the account can sign in from now on. */
    public Accounts.Account confirm(String token) {
        Accounts.Account account = holder(token, CONFIRM);
        use(token, CONFIRM, account.member());
        accounts.confirm(account.member());
        return account;
    }

    private Accounts.Account holder(String token, String purpose) {
        MemberId member = jdbc.one("SELECT member_id FROM password_reset WHERE token_hash = ? AND purpose = ? AND expires_at > ?",
                rs -> MemberId.of(rs.getString(1)), hash(token), purpose, clock.instant()).orElseThrow(Recovery::linkGone);
        return accounts.byMember(member).orElseThrow(Recovery::linkGone);
    }

    /** Uses the link up, with every other link of the member for the same purpose; of two uses at once only one succeeds. */
    private void use(String token, String purpose, MemberId member) {
        if (jdbc.update("DELETE FROM password_reset WHERE token_hash = ? AND expires_at > ?", hash(token), clock.instant()) != 1) {
            throw linkGone();
        }
        jdbc.update("DELETE FROM password_reset WHERE member_id = ? AND purpose = ?", member.value(), purpose);
    }

    private static String hash(String token) {
        return token == null || token.isBlank() || token.length() > 100 ? "" : Sessions.hash(token);
    }

    private static RefusedException linkGone() {
        return new RefusedException("This link has expired or was already used. Ask for a new one: \"Forgot your password?\" "
                + "on the sign-in page sends a link that works for a new account too.");
    }
}
