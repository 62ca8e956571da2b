package org.openup.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openup.account.Recovery;
import org.openup.spi.PublicAddress;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openup.web.Chromium.*;

/**
 * Coming to OpenUp and coming back, in a real headless Chromium: what a newcomer sees before any
 * account, and the way back in after a lost password (here without mail: the operator makes the
 * link). Every page on the way passes axe-core at a phone's and a desktop's width.
 */
class ComingBackBrowserTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Lisbon");
    private static final String PASSWORD = "a long enough secret";

    @TempDir
    Path home;

    @RegisterExtension
    final Chromium chromium = new Chromium();

    @Test
    void aMemberWhoLostTheirPasswordGetsBackInWithALinkAndIsSignedOutEverywhereElse() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            String site = "http://127.0.0.1:" + app.port() + "/";
            WebDriver laptop = chromium.open("dan-laptop", ZONE);
            laptop.get(site + "#/register");
            register(laptop, "Dan", "dan@example.org");
            click(laptop, By.cssSelector("#start-form button"));
            waitFor(laptop).until(ExpectedConditions.visibilityOfElementLocated(By.id("make-code")));

            // on his phone he cannot remember the password, and asks for a link
            WebDriver phone = chromium.open("dan-phone", ZONE);
            phone.get(site + "#/signin");
            click(phone, By.linkText("Forgot your password?"));
            type(phone, By.cssSelector("#forgot-form [name=email]"), "dan@example.org");
            click(phone, By.cssSelector("#forgot-form button[type=submit]"));
            String known = waitFor(phone).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .note"))).getText();
            assertThat(known).contains("does not send mail").contains("openup admin reset-link");
            assertThat(phone.switchTo().activeElement().getText()).isEqualTo(known);
            screenshots(phone, "forgot-password");
            // an address without an account gets word for word the same answer
            phone.get(site + "#/forgot");
            phone.navigate().refresh();
            type(phone, By.cssSelector("#forgot-form [name=email]"), "nobody@example.org");
            click(phone, By.cssSelector("#forgot-form button[type=submit]"));
            assertThat(waitFor(phone).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .note"))).getText())
                    .isEqualTo(known);

            // the operator makes the link on the server; it starts where people reach this OpenUp
            String link = app.service(PublicAddress.class).of(app.service(Recovery.class).linkForAddress("dan@example.org").orElseThrow());
            assertThat(link).startsWith(site + "#/reset/");
            phone.get(link);
            type(phone, By.cssSelector("#reset-form [name=newPassword]"), "password12");
            click(phone, By.cssSelector("#reset-form button[type=submit]"));
            waitFor(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("reset-form"), "easy to guess"));
            assertThat(phone.switchTo().activeElement().getDomAttribute("name")).isEqualTo("newPassword");
            screenshots(phone, "reset-password");
            phone.findElement(By.cssSelector("#reset-form [name=newPassword]")).clear();
            type(phone, By.cssSelector("#reset-form [name=newPassword]"), "violet kettle under the stairs");
            click(phone, By.cssSelector("#reset-form button[type=submit]"));
            waitFor(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Dan"));
            // the used link is gone from the address bar, and cannot be used again
            assertThat(phone.getCurrentUrl()).doesNotContain("reset");
            assertThatThrownBy(() -> app.service(Recovery.class).reset(link.substring(link.lastIndexOf('/') + 1), "another fine sentence"))
                    .hasMessageContaining("expired or was already used");

            // the laptop's session ended with the reset
            laptop.navigate().refresh();
            waitFor(laptop).until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
            type(laptop, By.cssSelector("#signin-form [name=email]"), "dan@example.org");
            type(laptop, By.cssSelector("#signin-form [name=password]"), PASSWORD);
            click(laptop, By.cssSelector("#signin-form button[type=submit]"));
            waitFor(laptop).until(ExpectedConditions.textToBePresentInElementLocated(By.id("signin-form"), "do not match"));
        }
    }

    @Test
    void aNewcomerReadsWhatOpenUpIsThenTakesTheFirstStepsWithTheKeyboardAlone() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            WebDriver hana = chromium.open("hana", ZONE);
            hana.get("http://127.0.0.1:" + app.port() + "/");
            waitFor(hana).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Make it easier for your partner to open up"));
            assertThat(hana.findElement(By.tagName("main")).getText()).contains("Yours, and private").contains("On your own or together");
            screenshots(hana, "welcome");

            tabToAndPress(hana, "#welcome-register", Keys.ENTER);
            tabTo(hana, "#register-form [name=displayName]");
            press(hana, "Hana", Keys.TAB, "hana@example.org", Keys.TAB, PASSWORD, Keys.ENTER);
            waitFor(hana).until(ExpectedConditions.visibilityOfElementLocated(By.id("start-form")));
            tabToAndPress(hana, "#start-form button", Keys.ENTER);

            // home: nothing done yet, the first step marked as the next
            waitFor(hana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("steps-progress"), "0 of 6 steps taken"));
            assertThat(hana.findElement(By.cssSelector("a.step.next")).getText()).contains("ASK & REFRAME").contains("Ask a kinder question");
            screenshots(hana, "home-first-run");
            tabToAndPress(hana, "a.step.next", Keys.ENTER);
            tabTo(hana, "#ask-form [name=question]");
            // near the limit a counter shows how much is left; the field takes no more than the server keeps
            press(hana, "a".repeat(1700));
            assertThat(hana.findElement(By.cssSelector("#ask-form .counter")).getText()).isEqualTo("1700 of 2000 characters");
            press(hana, "b".repeat(400));
            assertThat(hana.findElement(By.cssSelector("#ask-form [name=question]")).getDomProperty("value")).hasSize(2000);
            press(hana, Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            assertThat(hana.findElement(By.cssSelector("#ask-form .counter")).isDisplayed()).isFalse();
            press(hana, "how do I get her to talk to me");
            tabToAndPress(hana, "#ask-form button[type=submit]", Keys.ENTER);
            tabToAndPress(hana, "#accept-proposal", Keys.ENTER);
            waitFor(hana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision"), "What is keeping her"));

            // the page ends with the natural next step, and home counts the one taken
            assertThat(hana.findElement(By.cssSelector(".next-step")).getText()).contains("Next: Understand what is in the way");
            tabToAndPress(hana, ".next-step a", Keys.ENTER);
            waitFor(hana).until(ExpectedConditions.attributeToBe(By.cssSelector("#nav a[href='#/constraints']"), "aria-current", "page"));
            // alone, marking a constraint to share says what will happen, not that someone can read it now
            tabToAndPress(hana, "#constraint-form [name=kind]", Keys.ARROW_DOWN);
            tabToAndPress(hana, "#constraint-form button[type=submit]", Keys.ENTER);
            waitFor(hana).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#my-constraints input[name=shared]")));
            tabToAndPress(hana, "#my-constraints input[name=shared]", Keys.SPACE);
            waitFor(hana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-constraints"),
                    "Marked to share. If your partner joins you in OpenUp, they will be able to read it."));
            assertThat(hana.findElement(By.id("my-constraints")).getText()).doesNotContain("can read it now");
            tabToAndPress(hana, "#nav a[href='#/journey']", Keys.ENTER);
            waitFor(hana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("steps-progress"), "2 of 6 steps taken"));
            assertThat(hana.findElement(By.cssSelector("a.step[href='#/reflect']")).getText()).contains("· done");
            assertThat(hana.findElement(By.cssSelector("a.step[href='#/constraints']")).getText()).contains("· done");
            assertThat(hana.findElement(By.cssSelector("a.step.next")).getDomAttribute("href")).isEqualTo("#/scenes");

            // alone, she notes that she asked in person, then takes it back
            tabToAndPress(hana, "#nav a[href='#/invitations']", Keys.ENTER);
            waitFor(hana).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#invite-form button[type=submit]")));
            tabToAndPress(hana, "#invite-form button[type=submit]", Keys.ENTER);
            waitFor(hana).until(ExpectedConditions.visibilityOfElementLocated(By.id("withdraw-invitation")));
            tabToAndPress(hana, "#withdraw-invitation", Keys.ENTER);
            waitFor(hana).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                    "Withdrawn. You can invite again whenever it feels right."));
        }
    }

    @Test
    void theAccessibilityCheckFailsOnAPageWithSeriousProblems() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            WebDriver browser = chromium.open("axe-self-test", ZONE);
            browser.get("http://127.0.0.1:" + app.port() + "/#/signin");
            waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
            assertAccessible(browser, "sign-in");
            // an unlabelled field and light grey on white: what the check exists to catch
            ((JavascriptExecutor) browser).executeScript("""
                    const field = document.createElement('input');
                    document.querySelector('main').append(field);
                    const faint = document.createElement('p');
                    faint.textContent = 'Hard to read';
                    faint.style.color = '#ddd';
                    document.querySelector('main').append(faint);
                    """);
            assertThatThrownBy(() -> assertAccessible(browser, "sign-in, broken on purpose"))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("label").hasMessageContaining("color-contrast");
        }
    }
}
