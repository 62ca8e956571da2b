package org.openup.email;

import org.openup.spi.MemberAccounts;
import org.openup.spi.notification.Notification;
import org.openup.spi.notification.NotificationChannel;
import org.openup.spi.notification.NotificationKind;
import org.openup.spi.PublicAddress;

import java.util.List;
import java.util.Optional;

/**
 * Mails a member the notifications they turned on, and the recovery links they ask for. The
 * target is always "account": the address is looked up at delivery, so the outbox holds none, and
 * a recovery link is made at delivery, so no secret waits in it either.
 */
final class EmailChannel implements NotificationChannel {

    static final String TARGET = "account";

    private final Optional<Mailer> mailer;
    private final EmailPreferences preferences;
    private final MemberAccounts accounts;
    private final PublicAddress address;

    EmailChannel(Optional<Mailer> mailer, EmailPreferences preferences, MemberAccounts accounts, PublicAddress address) {
        this.mailer = mailer;
        this.preferences = preferences;
        this.accounts = accounts;
        this.address = address;
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public boolean carriesAccountMail() {
        return mailer.isPresent();
    }

    @Override
    public List<String> targets(String memberId, NotificationKind kind) {
        boolean wanted = kind.accountMail() || preferences.wants(memberId, kind);
        return mailer.isPresent() && wanted && preferences.addressOf(memberId).isPresent() ? List.of(TARGET) : List.of();
    }

    @Override
    public void deliver(Notification n, String target) throws Exception {
        Mailer sender = mailer.orElseThrow(() -> new TargetGone("mail is not set up here"));
        String to = preferences.addressOf(n.memberId()).orElseThrow(() -> new TargetGone("the member has no address any more"));
        if (!n.kind().accountMail() && !preferences.wants(n.memberId(), n.kind())) {
            throw new TargetGone("the member turned this mail off");
        }
        String link = address.of(switch (n.kind()) {
            case ACCOUNT_RECOVERY -> accounts.recoveryLink(n.memberId());
            case ACCOUNT_CONFIRMATION -> accounts.confirmationLink(n.memberId());
            default -> n.link();
        });
        String stop = address.of("/#/unsubscribe/email/" + preferences.stopToken(n.memberId()));
        sender.send(to, Letters.of(n, link, stop, accounts.linkLifetime()), n.deliveryId() + "." + target, stop);
    }
}
