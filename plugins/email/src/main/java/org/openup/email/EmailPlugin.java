package org.openup.email;

import org.openup.spi.OpenUpPlugin;
import org.openup.spi.PluginContext;
import org.openup.spi.PluginTables;

import java.util.Map;
import java.util.Optional;

/**
 * Email: the notifications each member turns on (an invitation, a chosen time and the reminder
 * before it, a "not now", thanks waiting) and account-recovery links, over SMTP from the core's
 * durable outbox with its retries. Set up by {@code OPENUP_SMTP_URL} and {@code OPENUP_MAIL_FROM}
 * (see {@link MailSettings}); without them it is loaded but sends nothing.
 */
public final class EmailPlugin implements OpenUpPlugin {

    private final Optional<MailSettings> settings;

    /** As the class path loads it: set up from the environment. */
    public EmailPlugin() {
        this(System.getenv());
    }

    /** Set up from these variables instead of the process's environment (tests, embedding). */
    public EmailPlugin(Map<String, String> env) {
        this.settings = MailSettings.from(env);
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public void register(PluginContext context) {
        PluginTables tables = context.store().tables(EmailPlugin.class, "org/openup/email/migration", 2);
        Optional<Mailer> mailer = settings.map(s -> new Mailer(s, context.clock()));
        EmailPreferences preferences = new EmailPreferences(tables, context.accounts(), settings.isPresent());
        context.notificationChannel(new EmailChannel(mailer, preferences, context.accounts(), context.publicAddress()));
        context.memberData(preferences);
        context.memberSettings(preferences);
        context.webRoutes(new EmailRoutes(preferences));
        context.partnerInviteSender(new InviteByMail(mailer, context.journeys(), context.accounts(), tables, context.publicAddress(),
                context.clock()));
    }
}
