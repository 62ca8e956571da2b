package org.openup.account;

import org.openup.spi.notification.NotificationKind;
import org.openup.notification.Notifications;

import java.time.Clock;
import java.time.Instant;

/**
 * Making an account. Without mail the member is signed in at once, and an address already taken
 * is refused as such (the only way to tell them). With mail the answer is the same for every
 * address, "look in your mailbox": a new address gets a link that confirms it, and the owner of a
 * taken one gets a note that someone tried, with the way back in. So registering tells nobody
 * whether an address has an account.
 */
public final class Signup {

    /** What registering answers. */
    public sealed interface Outcome {
    }

    /** Signed up and in (no mail here). */
    public record SignedUp(Accounts.Account account) implements Outcome {
    }

    /** Look in the mailbox; the same words for every address. */
    public record CheckMail(String message) implements Outcome {
    }

    static final String CHECK_MAIL = "Almost there: we sent a mail to that address. Open the link in it to finish, within an hour. "
            + "Nothing after a few minutes? Look in the spam folder.";

    private final Accounts accounts;
    private final Recovery recovery;
    private final Notifications notifications;
    private final Clock clock;

    public Signup(Accounts accounts, Recovery recovery, Notifications notifications, Clock clock) {
        this.accounts = accounts;
        this.recovery = recovery;
        this.notifications = notifications;
        this.clock = clock;
    }

    public Outcome register(String email, String password, String displayName) {
        if (!recovery.byMail()) {
            return new SignedUp(accounts.register(email, password, displayName));
        }
        Instant now = clock.instant();
        Instant notBefore = now.minus(Recovery.MAIL_EVERY);
        accounts.registerPending(email, password, displayName).ifPresentOrElse(
                created -> notifications.queueAccountMail(created.member(), NotificationKind.ACCOUNT_CONFIRMATION, now, notBefore),
                () -> accounts.memberWithEmail(email).ifPresent(owner ->
                        notifications.queueAccountMail(owner, NotificationKind.ACCOUNT_EXISTS, now, notBefore)));
        return new CheckMail(CHECK_MAIL);
    }
}
