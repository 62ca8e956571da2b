package org.openup.email;

import org.openup.spi.MemberAccounts;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.RefusedException;
import org.openup.spi.MemberJourneys;
import org.openup.spi.PartnerInviteSender;
import org.openup.spi.PluginTables;
import org.openup.spi.PublicAddress;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The partner's join link by mail, when the asker gives an address. Sent at once, while the asker
 * waits, so a mail server that refuses is reported to them (the code still works, to share by
 * hand); the address is not kept. At most {@link #PER_DAY} a day per member, so nobody can use
 * OpenUp to mail strangers at will.
 */
final class InviteByMail implements PartnerInviteSender {

    static final int PER_DAY = 5;

    private final Optional<Mailer> mailer;
    private final MemberJourneys journeys;
    private final MemberAccounts accounts;
    private final PluginTables tables;
    private final PublicAddress address;
    private final Clock clock;

    InviteByMail(Optional<Mailer> mailer, MemberJourneys journeys, MemberAccounts accounts, PluginTables tables, PublicAddress address,
                 Clock clock) {
        this.mailer = mailer;
        this.journeys = journeys;
        this.accounts = accounts;
        this.tables = tables;
        this.address = address;
        this.clock = clock;
    }

    @Override
    public String label() {
        return "Email it to them";
    }

    @Override
    public String fieldLabel() {
        return "Their email address";
    }

    @Override
    public boolean available() {
        return mailer.isPresent();
    }

    @Override
    public void send(String askerId, String journeyId, String to) throws Exception {
        Mailer sender = mailer.orElseThrow(() -> new RefusedException("This OpenUp does not send mail. Share the code yourself."));
        String recipient = accounts.requireAddress(to);
        Instant now = clock.instant();
        tables.update("DELETE FROM email_invite_sent WHERE sent_at < ?", now.minus(Duration.ofDays(1)));
        long today = tables.one("SELECT COUNT(*) FROM email_invite_sent WHERE member_id = ?", rs -> rs.getLong(1), askerId).orElse(0L);
        if (today >= PER_DAY) {
            throw new RefusedException("You have sent " + PER_DAY + " invitations by mail today. Share the code yourself, or try again tomorrow.");
        }
        MemberJourneys.PartnerCode code = journeys.newPartnerCode(askerId, journeyId);
        String name = journeys.journey(askerId, journeyId).members().stream().filter(m -> m.memberId().equals(askerId))
                .map(MemberJourneys.Member::displayName).findFirst().orElse("Your partner");
        String link = address.of("/#/join/" + encode(code.code()) + "/" + encode(name));
        tables.update("INSERT INTO email_invite_sent (member_id, sent_at) VALUES (?, ?)", askerId, now);
        try {
            sender.send(recipient, Letters.invitation(name, link, code.expiresAt()), "join." + java.util.UUID.randomUUID(),
                    address.of("/#/welcome"));
        } catch (Exception e) {
            throw new RefusedException("The mail could not be sent just now. The code below still works: share it yourself.");
        }
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
