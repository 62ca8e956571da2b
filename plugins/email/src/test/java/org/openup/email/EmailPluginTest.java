package org.openup.email;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.account.Accounts;
import org.openup.account.Recovery;
import org.openup.notification.NotificationDispatcher;
import org.openup.spi.MemberSettings;
import org.openup.plugin.testkit.Couple;
import org.openup.plugin.testkit.PluginTestKit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail through real SMTP servers started here: GreenMail over SMTPS, and GreenMail behind a
 * STARTTLS front; servers that refuse (a wrong password, no STARTTLS on offer, a certificate
 * nobody vouches for) leave the delivery in the outbox to be tried again.
 */
class EmailPluginTest {

    private static final String USER = "openup";
    private static final String SECRET = "mail-secret";

    @TempDir
    Path home;

    private final GreenMail mail = new GreenMail(new ServerSetup[]{
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort()})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, SECRET));

    private PluginTestKit kit;

    @AfterEach
    void stop() {
        if (kit != null) {
            kit.close();
        }
        mail.stop();
    }

    private Map<String, String> env(String url, String trust) {
        Map<String, String> env = new HashMap<>();
        env.put("OPENUP_SMTP_URL", url);
        env.put("OPENUP_MAIL_FROM", "openup@example.org");
        if (trust != null) {
            env.put("OPENUP_SMTP_TRUST", trust);
        }
        return env;
    }

    private MemberSettings settings() {
        return kit.injector().getInstance(Key.get(new TypeLiteral<Map<String, MemberSettings>>() { })).get("email");
    }

    private List<MimeMessage> to(String address) throws Exception {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart alternatives = (MimeMultipart) message.getContent();
        assertThat(alternatives.getContentType()).startsWith("multipart/alternative");
        for (int i = 0; i < alternatives.getCount(); i++) {
            if (alternatives.getBodyPart(i).isMimeType(type)) {
                return (String) alternatives.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    @Test
    void membersGetOnlyTheMailsTheyTurnedOnWithoutPersonalTextAndCanStopThemFromAnyMail() throws Exception {
        mail.start();
        kit = PluginTestKit.start(home, new EmailPlugin(env("smtps://" + USER + ":" + SECRET + "@127.0.0.1:" + mail.getSmtps().getPort(),
                "127.0.0.1")));
        Couple couple = kit.coupleWithAccounts();
        MemberSettings settings = settings();
        assertThat(settings.description(couple.ben().memberId())).contains("ben@example.org");
        assertThat(settings.switches(couple.ben().memberId())).extracting(MemberSettings.Switch::on).containsOnly(false);
        settings.set(couple.ben().memberId(), "invitation-received", true);
        settings.set(couple.ben().memberId(), "talk-reminder", true);
        settings.set(couple.ana().memberId(), "time-chosen", true);
        settings.set(couple.ana().memberId(), "invitation-deferred", true);

        // Ana invites: Ben, who turned invitations on, is told; nothing else goes out
        String invitation = couple.ana().invite(10);
        assertThat(kit.deliverNotifications().delivered()).isEqualTo(1);
        MimeMessage invited = to("ben@example.org").get(0);
        assertThat(invited.getSubject()).isEqualTo("An invitation to talk, whenever suits you");
        assertThat(part(invited, "text/plain")).contains("of about 10 minutes").contains("You choose when, or say not now")
                .contains("Open OpenUp: http://127.0.0.1:7070/#/invitations");
        assertThat(part(invited, "text/html")).contains("<a href=\"http://127.0.0.1:7070/#/invitations\">");
        assertThat(invited.getHeader("List-Unsubscribe")[0]).startsWith("<http://127.0.0.1:7070/#/unsubscribe/email/");
        assertThat(invited.getMessageID()).startsWith("<msg_").endsWith(".account@openup>");

        // Ben chooses a time: Ana reads it in the zone he chose it in
        var at = couple.ben().chooseTimeIn(invitation, Duration.ofDays(2), "Europe/Berlin");
        kit.deliverNotifications();
        MimeMessage chosen = to("ana@example.org").get(0);
        assertThat(chosen.getSubject()).isEqualTo("Your partner chose a time");
        assertThat(part(chosen, "text/plain")).contains(java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                .format(at.atZone(java.time.ZoneId.of("Europe/Berlin")))).contains("(Europe/Berlin time)");

        // a "not now" puts no pressure on anyone
        String second = couple.ana().invite(5);
        couple.ben().notNow(second);
        kit.deliverNotifications();
        MimeMessage deferred = to("ana@example.org").stream().filter(m -> subject(m).equals("Your partner said not now")).findFirst().orElseThrow();
        assertThat(part(deferred, "text/plain")).contains("not a no to you").contains("nothing you need to do");

        // thanks: Ben did not turn them on, so no mail, and the words never travel by mail anyway
        couple.ana().thankPartner("Ben told me about the move", "Thank you for telling me about the move to Leeds");
        kit.deliverNotifications();
        assertThat(to("ben@example.org")).extracting(EmailPluginTest::subject).hasSize(2).doesNotContain("Your partner thanked you");

        // the reminder before the talk (last: events carry the real time, and the kit's clock moves on)
        kit.advance(Duration.ofDays(2).minusMinutes(30));
        assertThat(to("ben@example.org")).extracting(MimeMessage::getSubject).contains("Your talk is coming up");

        String everything = Arrays.stream(mail.getReceivedMessages()).map(m -> {
            try {
                return part(m, "text/plain") + part(m, "text/html");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).reduce("", String::concat);
        assertThat(everything).doesNotContain("Leeds").doesNotContain("Ben told me");

        // Ben follows "stop all mail" in one of his mails: no more mail to him, thanks included
        settings.set(couple.ben().memberId(), "gratitude-received", true);
        Matcher stop = Pattern.compile("#/unsubscribe/email/([A-Za-z0-9_-]+)").matcher(part(invited, "text/plain"));
        assertThat(stop.find()).isTrue();
        var done = kit.web("email").call("POST", "/unsubscribe", "{\"token\":\"" + stop.group(1) + "\"}");
        assertThat(done.status()).isEqualTo(200);
        assertThat(settings.switches(couple.ben().memberId())).extracting(MemberSettings.Switch::on).containsOnly(false);
        int before = to("ben@example.org").size();
        couple.ana().thankPartner("Ben spoke about his father", "Thank you for trusting me with that");
        kit.deliverNotifications();
        assertThat(to("ben@example.org")).hasSize(before);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kit.web("email").call("POST", "/unsubscribe", "{\"token\":\"made-up\"}"))
                .isInstanceOf(org.openup.spi.failure.NotFoundException.class);
    }

    @Test
    void aRecoveryLinkIsMailedWhenAskedForAndNothingSecretWaitsInTheOutbox() throws Exception {
        mail.start();
        kit = PluginTestKit.start(home, new EmailPlugin(env("smtps://" + USER + ":" + SECRET + "@127.0.0.1:" + mail.getSmtps().getPort(),
                "127.0.0.1")));
        Couple couple = kit.coupleWithAccounts();
        Recovery recovery = kit.get(Recovery.class);
        assertThat(recovery.byMail()).isTrue();
        recovery.request("ana@example.org");
        recovery.request("nobody@example.org");
        assertThat(kit.deliverNotifications().delivered()).isEqualTo(1);
        assertThat(mail.getReceivedMessages()).hasSize(1);
        MimeMessage letter = to("ana@example.org").get(0);
        assertThat(letter.getSubject()).isEqualTo("A link to set a new password");
        Matcher link = Pattern.compile("http://127\\.0\\.0\\.1:7070/#/reset/([A-Za-z0-9_-]{43})").matcher(part(letter, "text/plain"));
        assertThat(link.find()).isTrue();
        assertThat(part(letter, "text/plain")).contains("If it was not you, ignore this mail");
        recovery.reset(link.group(1), "violet kettle under the stairs");
        assertThat(kit.get(Accounts.class).authenticate("ana@example.org", "violet kettle under the stairs", "127.0.0.1").memberId())
                .isEqualTo(couple.ana().memberId());
    }

    @Test
    void aJoinLinkIsMailedToThePartnersAddressAFewTimesADayAtMost() throws Exception {
        mail.start();
        kit = PluginTestKit.start(home, new EmailPlugin(env("smtps://" + USER + ":" + SECRET + "@127.0.0.1:" + mail.getSmtps().getPort(),
                "127.0.0.1")));
        var ana = kit.solo("Ana");
        org.openup.spi.PartnerInviteSender sender = kit.injector()
                .getInstance(Key.get(new TypeLiteral<Map<String, org.openup.spi.PartnerInviteSender>>() { })).get("email");
        assertThat(sender.available()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sender.send(ana.memberId(), ana.journeyId(), "not an address"))
                .isInstanceOf(org.openup.spi.failure.InvalidInputException.class);
        for (int i = 0; i < InviteByMail.PER_DAY; i++) {
            sender.send(ana.memberId(), ana.journeyId(), " Ben@Example.org ");
        }
        List<MimeMessage> sent = to("ben@example.org");
        assertThat(sent).hasSize(InviteByMail.PER_DAY);
        assertThat(sent.get(0).getSubject()).isEqualTo("Ana invited you to OpenUp");
        assertThat(part(sent.get(0), "text/plain")).contains("http://127.0.0.1:7070/#/join/").contains("/Ana")
                .contains("If you do not know Ana, ignore this mail");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sender.send(ana.memberId(), ana.journeyId(), "ben@example.org"))
                .isInstanceOf(org.openup.spi.failure.RefusedException.class).hasMessageContaining("try again tomorrow");
        // a day later she may send again; the address itself was never kept
        kit.clock().advance(Duration.ofDays(1).plusMinutes(1));
        sender.send(ana.memberId(), ana.journeyId(), "ben@example.org");
        assertThat(to("ben@example.org")).hasSize(InviteByMail.PER_DAY + 1);
        assertThat(kit.get(org.openup.engine.readmodel.Jdbc.class).query("SELECT * FROM email_invite_sent", rs -> rs.getString(1)).toString())
                .doesNotContain("ben@");
    }

    @Test
    void startTlsIsRequiredAndTheCertificateChecked() throws Exception {
        mail.start();
        int smtp = mail.getSmtp().getPort();
        try (StartTlsFront front = new StartTlsFront(home, smtp, true);
             StartTlsFront plain = new StartTlsFront(java.nio.file.Files.createDirectories(home.resolve("plain")), smtp, false)) {
            String url = "smtp://" + USER + ":" + SECRET + "@127.0.0.1:";
            // a certificate nobody vouches for is refused, and the mail waits in the outbox
            assertThat(recoveryMailOver(url + front.port(), null).retrying()).isEqualTo(1);
            assertThat(mail.getReceivedMessages()).isEmpty();
            // a server that offers no STARTTLS is refused: the password never travels in the clear
            assertThat(recoveryMailOver(url + plain.port(), "127.0.0.1").retrying()).isEqualTo(1);
            assertThat(mail.getReceivedMessages()).isEmpty();
            // the relay trusted by name takes it, over TLS
            assertThat(recoveryMailOver(url + front.port(), "127.0.0.1").delivered()).isEqualTo(1);
            assertThat(mail.getReceivedMessages()).hasSize(1);
        }
    }

    @Test
    void aServerThatRefusesTheLoginLeavesTheMailToBeTriedAgain() throws Exception {
        mail.start();
        NotificationDispatcher.Pass refused = recoveryMailOver("smtps://" + USER + ":wrong-secret@127.0.0.1:" + mail.getSmtps().getPort(),
                "127.0.0.1");
        assertThat(refused.retrying()).isEqualTo(1);
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(kit.get(org.openup.notification.Notifications.class).deliveryCounts().get("email")).containsEntry("pending", 1L);
    }

    /** A fresh store and a recovery mail for Ana, delivered once over {@code url}. */
    private NotificationDispatcher.Pass recoveryMailOver(String url, String trust) throws Exception {
        if (kit != null) {
            kit.close();
        }
        Path store = java.nio.file.Files.createTempDirectory(home, "store");
        kit = PluginTestKit.start(store, new EmailPlugin(env(url, trust)));
        kit.coupleWithAccounts();
        kit.get(Recovery.class).request("ana@example.org");
        return kit.deliverNotifications();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
