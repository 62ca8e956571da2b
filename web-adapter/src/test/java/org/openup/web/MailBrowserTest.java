package org.openup.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openup.conversation.Conversations;
import org.openup.email.EmailPlugin;
import org.openup.journey.JourneyId;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openup.web.Chromium.*;

/**
 * Mail, seen from the browser, against a real SMTP server (GreenMail over SMTPS): a member turns a
 * mail on in Settings and gets it, stops all mail from the link in it, and gets back into the
 * account through a mailed reset link.
 */
class MailBrowserTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Dublin");

    @TempDir
    Path home;

    @RegisterExtension
    final Chromium chromium = new Chromium();

    private final GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort());

    @AfterEach
    void stopMail() {
        mail.stop();
    }

    private WebApp start() {
        mail.start();
        EmailPlugin email = new EmailPlugin(Map.of("OPENUP_SMTP_URL", "smtps://127.0.0.1:" + mail.getSmtps().getPort(),
                "OPENUP_MAIL_FROM", "openup@example.org", "OPENUP_SMTP_TRUST", "127.0.0.1"));
        return WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0, List.of(email));
    }

    /** The text of the mail to {@code address} with {@code subject}, once it has come (the web adapter sends in the background). */
    private String awaitMail(String address, String subject) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            var found = Arrays.stream(mail.getReceivedMessages())
                    .filter(m -> recipient(m).equals(address) && subject.equals(subject(m))).findFirst();
            if (found.isPresent()) {
                return text(found.get());
            }
            mail.waitForIncomingEmail(500, mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail \"" + subject + "\" to " + address + " within 30 s");
    }

    /** Registers in the browser, answers "look in your mailbox", and finishes with the mailed link. */
    private void registerAndConfirm(WebDriver browser, String site, String name, String address) throws Exception {
        browser.get(site + "#/register");
        register(browser, name, address);
        waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .note"), "Almost there"));
        Matcher link = Pattern.compile("Confirm my address: (\\S+)").matcher(awaitMail(address, "Confirm your address for OpenUp"));
        assertThat(link.find()).isTrue();
        browser.get(link.group(1));
        click(browser, By.cssSelector("#confirm-form button[type=submit]"));
        waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), name));
    }

    @Test
    void aMailTurnedOnInSettingsArrivesAndItsLinkStopsAllMail() throws Exception {
        try (WebApp app = start()) {
            String site = "http://127.0.0.1:" + app.port() + "/";
            WebDriver eve = chromium.open("eve", ZONE);
            registerAndConfirm(eve, site, "Eve", "eve@example.org");
            click(eve, By.cssSelector("#start-form button"));
            waitFor(eve).until(ExpectedConditions.visibilityOfElementLocated(By.id("make-code")));

            click(eve, By.id("settings-link"));
            waitFor(eve).until(ExpectedConditions.textToBePresentInElementLocated(By.id("settings-email"), "Mail goes to eve@example.org"));
            assertEveryInputLabelled(eve, "#settings-email");
            screenshots(eve, "settings");
            click(eve, By.cssSelector("label[for='setting-email-invitation-received']"));
            waitFor(eve).until(ExpectedConditions.textToBePresentInElementLocated(By.id("settings-email-status"),
                    "On: when my partner invites me to a talk"));

            // her partner joins and invites her; the web adapter's own dispatcher mails it
            MemberId eveId = memberOf(eve);
            Journeys journeys = app.service(Journeys.class);
            JourneyId journey = journeys.journeysOf(eveId).get(0).journeyId();
            MemberId finn = MemberId.newId();
            journeys.join(finn, journeys.invitePartner(eveId, journey).code(), "Finn");
            app.service(Conversations.class).invite(finn, journey, null, 10, List.of());
            String letter = awaitMail("eve@example.org", "An invitation to talk, whenever suits you");
            assertThat(letter).contains("Your partner would like a talk, of about 10 minutes.");

            // the link at the bottom of the mail, opened in the browser, stops all mail
            Matcher stop = Pattern.compile("Stop all mail from OpenUp: (\\S+)").matcher(letter);
            assertThat(stop.find()).isTrue();
            eve.get(stop.group(1));
            click(eve, By.id("stop-mail"));
            waitFor(eve).until(ExpectedConditions.textToBePresentInElementLocated(By.id("stop-result"), "OpenUp sends you no more mail"));
            screenshots(eve, "stop-mail");
            click(eve, By.id("settings-link"));
            waitFor(eve).until(ExpectedConditions.visibilityOfElementLocated(By.id("setting-email-invitation-received")));
            assertThat(eve.findElement(By.id("setting-email-invitation-received")).isSelected()).isFalse();
        }
    }

    @Test
    void signingUpAndAskingForALinkAnswerAlikeForEveryAddressAndTheMailedLinksLetTheOwnerIn() throws Exception {
        try (WebApp app = start()) {
            String site = "http://127.0.0.1:" + app.port() + "/";
            WebDriver gil = chromium.open("gil", ZONE);
            registerAndConfirm(gil, site, "Gil", "gil@example.org");
            screenshots(gil, "confirmed");
            click(gil, By.id("sign-out"));
            waitFor(gil).until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));

            // signing up again with his address reads exactly like a new one; he is told by mail, not the one who tried
            String fresh = signUpAnswer(gil, site, "hal@example.org");
            assertThat(signUpAnswer(gil, site, "gil@example.org")).isEqualTo(fresh);
            assertThat(awaitMail("gil@example.org", "Someone tried to sign up with your address")).contains("nothing was changed");
            gil.get(site + "#/signin");
            gil.navigate().refresh();
            waitFor(gil).until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));

            String known = askForLink(gil, site, "gil@example.org");
            assertThat(known).contains("a link to set a new password is on its way");
            assertThat(askForLink(gil, site, "nobody@example.org")).isEqualTo(known);

            Matcher link = Pattern.compile("Set a new password: (\\S+)").matcher(awaitMail("gil@example.org", "A link to set a new password"));
            assertThat(link.find()).isTrue();
            gil.get(link.group(1));
            type(gil, By.cssSelector("#reset-form [name=newPassword]"), "violet kettle under the stairs");
            click(gil, By.cssSelector("#reset-form button[type=submit]"));
            waitFor(gil).until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Gil"));
            assertThat(Arrays.stream(mail.getReceivedMessages()).filter(m -> recipient(m).equals("nobody@example.org"))).isEmpty();
        }
    }

    private static String signUpAnswer(WebDriver browser, String site, String address) {
        browser.get(site + "#/signin");
        browser.navigate().refresh();
        click(browser, By.linkText("Create an account"));
        register(browser, "Someone", address);
        return waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .note"))).getText();
    }

    @Test
    void theJoinLinkGoesToThePartnerByMailAndOpensThePageWrittenForThem() throws Exception {
        try (WebApp app = start()) {
            String site = "http://127.0.0.1:" + app.port() + "/";
            WebDriver ivy = chromium.open("ivy", ZONE);
            registerAndConfirm(ivy, site, "Ivy", "ivy@example.org");
            click(ivy, By.cssSelector("#start-form button"));
            type(ivy, By.cssSelector("#send-link-email [name=address]"), "jon@example.org");
            click(ivy, By.cssSelector("#send-link-email button[type=submit]"));
            waitFor(ivy).until(ExpectedConditions.textToBePresentInElementLocated(By.id("send-link-email-status"),
                    "Sent to jon@example.org"));
            screenshots(ivy, "home-invite-by-mail");

            Matcher link = Pattern.compile("See the invitation: (\\S+)").matcher(awaitMail("jon@example.org", "Ivy invited you to OpenUp"));
            assertThat(link.find()).isTrue();
            WebDriver jon = chromium.open("jon", ZONE);
            jon.get(link.group(1));
            waitFor(jon).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Ivy invited you to OpenUp"));
            // here OpenUp sends mail, so his account waits for its address; the join waits with it, in this browser
            type(jon, By.cssSelector("#invited-form [name=displayName]"), "Jon");
            type(jon, By.cssSelector("#invited-form [name=email]"), "jon@example.org");
            type(jon, By.cssSelector("#invited-form [name=password]"), "a long enough secret");
            click(jon, By.cssSelector("#invited-form button[type=submit]"));
            waitFor(jon).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .note"), "Almost there"));
            Matcher confirm = Pattern.compile("Confirm my address: (\\S+)").matcher(awaitMail("jon@example.org", "Confirm your address for OpenUp"));
            assertThat(confirm.find()).isTrue();
            jon.get(confirm.group(1));
            click(jon, By.cssSelector("#confirm-form button[type=submit]"));
            click(jon, By.cssSelector("#join-form button[type=submit]"));
            waitFor(jon).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .lead"), "You and Ivy are on this together"));
        }
    }

    private static String askForLink(WebDriver browser, String site, String address) {
        browser.get(site + "#/signin");
        browser.navigate().refresh();
        click(browser, By.linkText("Forgot your password?"));
        type(browser, By.cssSelector("#forgot-form [name=email]"), address);
        click(browser, By.cssSelector("#forgot-form button[type=submit]"));
        return waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .note"))).getText();
    }

    /** The signed-in member's id, as the page itself would ask for it. */
    private static MemberId memberOf(WebDriver browser) {
        Object me = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch('/api/v1/session').then(r => r.json()).then(m => done(m.memberId));");
        return MemberId.of(String.valueOf(me));
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage m) {
        try {
            MimeMultipart parts = (MimeMultipart) m.getContent();
            return (String) parts.getBodyPart(0).getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
