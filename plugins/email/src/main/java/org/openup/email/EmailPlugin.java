package org.openup.email;

import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.openup.account.Accounts;
import org.openup.account.Recovery;
import org.openup.journey.Journeys;
import org.openup.plugin.PluginModule;
import org.openup.spi.PluginStore;
import org.openup.spi.PluginTables;
import org.openup.spi.PublicAddress;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Email: the notifications each member turns on (an invitation, a chosen time and the reminder
 * before it, a "not now", thanks waiting) and account-recovery links, over SMTP from the core's
 * durable outbox with its retries. Set up by {@code OPENUP_SMTP_URL} and {@code OPENUP_MAIL_FROM}
 * (see {@link MailSettings}); without them it is loaded but sends nothing.
 */
public final class EmailPlugin extends PluginModule {

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
    protected void configure() {
        notificationChannel().to(EmailChannel.class);
        memberData().to(EmailPreferences.class);
        memberSettings().to(EmailPreferences.class);
        webRoutes(EmailRoutes.class);
        partnerInviteSender().to(InviteByMail.class);
    }

    @Provides
    @Singleton
    PluginTables tables(PluginStore store) {
        return store.tables(EmailPlugin.class, "org/openup/email/migration", 2); // when the plugin starts
    }

    @Provides
    @Singleton
    Optional<Mailer> mailer(Clock clock) {
        return settings.map(s -> new Mailer(s, clock));
    }

    @Provides
    @Singleton
    EmailPreferences preferences(PluginTables tables, Accounts accounts) {
        return new EmailPreferences(tables, accounts, settings.isPresent());
    }

    @Provides
    @Singleton
    InviteByMail inviteByMail(Optional<Mailer> mailer, Journeys journeys, PluginTables tables, PublicAddress address, Clock clock) {
        return new InviteByMail(mailer, journeys, tables, address, clock);
    }

    @Provides
    @Singleton
    EmailChannel channel(Optional<Mailer> mailer, EmailPreferences preferences, Provider<Recovery> recovery, PublicAddress address) {
        return new EmailChannel(mailer, preferences, recovery, address);
    }
}
