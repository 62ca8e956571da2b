package org.openup.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openup.testing.Folders;
import org.openup.testing.TestStores;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openup.web.Chromium.*;

/**
 * The front end in a real headless Chromium: two people in two separate browsers (own profile,
 * own time zone) walk the whole method through the pages, from registering to the insights. The
 * invitee's page picks up the invitation and the thanks, and the asker's page the chosen time, by
 * polling, without a reload. What is private (a rating's "what got in the way", a moment's note)
 * never reaches the other browser's pages, and what a person typed is shown as text, never run.
 * Every main page is saved as a screenshot at a phone's and a desktop's width, under
 * target/screenshots, to look at.
 */
class BrowserTest {

    private static final ZoneId ANA_ZONE = ZoneId.of("America/New_York");
    private static final ZoneId BEN_ZONE = ZoneId.of("Europe/Berlin");
    /** The polls run every 10 s; this leaves room for a slow, shared machine. */
    private static final Duration POLLED = Duration.ofSeconds(30);

    /** A note that would run, and make text bold, if anything put it in the page as HTML. */
    private static final String MARKUP = "<script>window.pwned=1</script><b>bold</b>";
    /** Ben's private "what got in the way": his alone. */
    private static final String BENS_PRIVATE_NOTE = "I was worn out after the late shift";
    /** Ana's private note about the moment; Ben gets her thanks, never this. */
    private static final String ANAS_PRIVATE_NOTE = "He mentioned the hospital visit in passing";
    private static final String THANKS = "Thank you for telling me about your week.";

    @TempDir
    Path home;

    @RegisterExtension
    final Chromium chromium = new Chromium();

    @Test
    void twoPartnersWalkTheWholeMethodInTwoBrowsers() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            String site = "http://127.0.0.1:" + app.port() + "/";
            WebDriver ana = chromium.open("ana", ANA_ZONE);
            WebDriver ben = chromium.open("ben", BEN_ZONE);

            // Ana registers, starts a journey and makes a code for Ben
            ana.get(site + "#/register");
            assertEveryInputLabelled(ana, "#register-form");
            screenshots(ana, "register");
            register(ana, "Ana", "ana@example.org");
            waitFor(ana).until(ExpectedConditions.visibilityOfElementLocated(By.id("start-form")));
            screenshots(ana, "start");
            click(ana, By.cssSelector("#start-form button"));
            click(ana, By.id("make-code"));
            String code = waitFor(ana).until(ExpectedConditions.visibilityOfElementLocated(By.id("partner-code"))).getText();
            String joinLink = ana.findElement(By.id("join-link")).getDomProperty("href");
            assertThat(joinLink).endsWith("#/join/" + code + "/Ana");

            // Ben follows the link in his own browser: a page for him, naming who invited him and what stays
            // his to decide, where making his account and joining are one step
            ben.get(joinLink);
            waitFor(ben).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Ana invited you to OpenUp"));
            assertThat(ben.findElement(By.tagName("main")).getText()).contains("not now").contains("What stays in your hands");
            assertEveryInputLabelled(ben, "#invited-form");
            screenshots(ben, "invited");
            type(ben, By.cssSelector("#invited-form [name=displayName]"), "Ben");
            type(ben, By.cssSelector("#invited-form [name=email]"), "ben@example.org");
            type(ben, By.cssSelector("#invited-form [name=password]"), "a long enough secret");
            click(ben, By.cssSelector("#invited-form button[type=submit]"));
            waitFor(ben).until(ExpectedConditions.visibilityOfElementLocated(By.id("waiting")));
            // from here on Ben only follows links in the app: the page is never loaded again
            markPage(ben);

            // Step 1: Ana asks her question and accepts the constraint question she gets back
            click(ana, By.linkText("Ask & reframe"));
            type(ana, By.cssSelector("#ask-form [name=question]"), "how do I get him to open up");
            click(ana, By.cssSelector("#ask-form button[type=submit]"));
            waitFor(ana).until(ExpectedConditions.textToBe(By.id("proposal"), "What is keeping him from opening up to me?"));
            // the focus moves to the proposal, in a polite live region
            assertThat(ana.switchTo().activeElement().getDomAttribute("id")).isEqualTo("proposal-title");
            assertThat(ana.findElement(By.id("reframe-result")).getDomAttribute("aria-live")).isEqualTo("polite");
            // the wish to be let in is honoured first, and leads into the question
            String panel = ana.findElement(By.cssSelector(".proposal")).getText();
            assertThat(panel).contains("loving wish");
            assertThat(panel.indexOf("loving wish")).isLessThan(panel.indexOf("What is keeping him from opening up to me?"));
            // a proposal not yet decided waits there after a reload
            ana.navigate().refresh();
            waitFor(ana).until(ExpectedConditions.textToBe(By.id("proposal"), "What is keeping him from opening up to me?"));
            assertEveryInputLabelled(ana, "main");
            click(ana, By.id("accept-proposal"));
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision"), "What is keeping him from opening up to me?"));
            assertThat(ana.switchTo().activeElement().getDomAttribute("id")).isEqualTo("decision");
            screenshots(ana, "reflect");
            // extra credit: the question turned to Ben, for Ana to read and change before it goes
            click(ana, By.id("ask-partner"));
            WebElement draft = waitFor(ana).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#partner-question-form textarea")));
            assertThat(draft.getDomProperty("value")).isEqualTo("What is keeping you from opening up to me?");
            // the field stops where the server does: a question put to the partner is at most 1,000 characters
            assertThat(draft.getDomAttribute("maxlength")).isEqualTo("1000");
            click(ana, By.cssSelector("#partner-question-form button[type=submit]"));
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision"), "Asked. Ben will find it"));

            // Step 2: Ana notes what might be in the way, with markup in her note, and shares it
            navigate(ana, "constraints");
            choose(ana, "#constraint-form [name=kind]", "Stress and overload");
            type(ana, By.cssSelector("#constraint-form [name=note]"), MARKUP);
            assertEveryInputLabelled(ana, "main");
            click(ana, By.cssSelector("#constraint-form button[type=submit]"));
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-constraints"), MARKUP));
            click(ana, By.cssSelector("#my-constraints input[name=shared]"));
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-constraints"), "Shared. Ben can read it now."));
            // and one in her own words, kept to herself
            choose(ana, "#constraint-form [name=kind]", "Something else, in my own words");
            type(ana, By.cssSelector("#constraint-form [name=title]"), "Money worries");
            click(ana, By.cssSelector("#constraint-form button[type=submit]"));
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-constraints"), "Money worries"));

            // Step 3: a scene for the two of them
            navigate(ana, "scenes");
            type(ana, By.cssSelector("#scene-form [name=name]"), "Evening walk");
            choose(ana, "#scene-form [name=timeOfDay]", "evening");
            choose(ana, "#scene-form [name=place]", "outdoors");
            choose(ana, "#scene-form [name=movement]", "walking");
            assertEveryInputLabelled(ana, "main");
            click(ana, By.cssSelector("#scene-form button[type=submit]"));
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("scene-list"), "Evening walk"));
            screenshots(ana, "scenes");

            // Ana invites Ben to talk, suggesting the scene; her page says she waits for him to choose
            navigate(ana, "invitations");
            type(ana, By.cssSelector("#invite-form [name=topicHint]"), "how our week went");
            // asking for longer than the ladder suggests gets a gentle word as she types, and she goes back to it
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("invite-form"), "Leave it empty for the suggested 5 minutes"));
            type(ana, By.cssSelector("#invite-form [name=minutes]"), "60");
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("invite-form"), "The ladder suggests about 5 minutes for now"));
            ana.findElement(By.cssSelector("#invite-form [name=minutes]")).clear();
            type(ana, By.cssSelector("#invite-form [name=minutes]"), "5");
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("invite-form"), "Leave it empty for the suggested 5 minutes"));
            assertThat(ana.findElement(By.cssSelector("#invite-form .checks label")).getText()).isEqualTo("Evening walk");
            click(ana, By.cssSelector("#invite-form input[name=sceneIds]"));
            assertEveryInputLabelled(ana, "main");
            click(ana, By.cssSelector("#invite-form button[type=submit]"));
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-invitation"), "Waiting for Ben to choose"));
            markPage(ana);

            // Ben's home page, never reloaded, shows the invitation; he picks tomorrow evening, his time, and the walk
            WebElement card = new WebDriverWait(ben, POLLED).until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#waiting .waiting-invitation")));
            assertThat(card.getText()).contains("Ana would like to talk").contains("how our week went")
                    .contains("Ideas for the setting: Evening walk");
            assertSamePage(ben);
            assertEveryInputLabelled(ben, "main");
            // the invited partner's home: what waits for him and what is his to choose first, the asker's steps after,
            // folded away, so "how do I get them to open up?" does not lead his page
            int stepsAt = ben.findElement(By.id("steps-title")).getLocation().getY();
            assertThat(card.getLocation().getY()).isLessThan(stepsAt);
            assertThat(ben.findElement(By.id("your-choices")).getLocation().getY()).isLessThan(stepsAt);
            assertThat(ben.findElement(By.id("your-choices")).getText()).contains("not now");
            assertThat(((JavascriptExecutor) ben).executeScript(
                    "return document.querySelector(\"a.step[href='#/reflect']\").checkVisibility();")).isEqualTo(false);
            screenshots(ben, "home-invitation");
            LocalDateTime evening = LocalDate.now(BEN_ZONE).plusDays(1).atTime(19, 30);
            Instant chosen = evening.atZone(BEN_ZONE).toInstant();
            // typed as a person would, in the en-US order of the datetime-local field
            card.findElement(By.name("at")).sendKeys(evening.format(DateTimeFormatter.ofPattern("MMddyyyy")) + Keys.TAB + "0730PM");
            new Select(card.findElement(By.name("sceneId"))).selectByVisibleText("Evening walk");
            card.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor(ben).until(ExpectedConditions.textToBePresentInElementLocated(By.id("waiting"), "The time is yours"));
            // the card he answered is gone; the focus is on what was said, in a polite live region
            assertThat(ben.switchTo().activeElement().getText()).isEqualTo("Thank you. The time is yours, and it is set.");
            assertThat(ben.findElement(By.id("waiting-status")).getDomAttribute("aria-live")).isEqualTo("polite");
            // on his Invitations page the chosen talk is coming up, not among the earlier ones
            navigate(ben, "invitations");
            WebElement comingUp = waitFor(ben).until(ExpectedConditions.visibilityOfElementLocated(By.id("coming-up")));
            assertThat(comingUp.getText()).contains("A talk,").contains("how our week went").contains("Setting: Evening walk.");
            assertThat(ben.findElement(By.id("earlier-invitations")).getText()).doesNotContain("how our week went").contains("None yet.");

            // Ana's invitations page, never reloaded, shows that time in her own zone
            WebElement time = new WebDriverWait(ana, POLLED).until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#current-invitation .chosen time")));
            assertThat(Instant.parse(time.getDomAttribute("datetime"))).isEqualTo(chosen);
            String anasClock = chosen.atZone(ANA_ZONE).format(DateTimeFormatter.ofPattern("h:mm a", Locale.US));
            assertThat(time.getText().replace('\u202f', ' ').replace('\u00a0', ' ')).contains(anasClock);
            assertThat(ana.findElement(By.id("current-invitation")).getText()).contains("Ben chose").contains("Setting: Evening walk.");
            assertSamePage(ana);
            screenshots(ana, "invitations");

            // Ben reads what Ana shared: her markup is shown as text, and nothing of it ran in either browser
            navigate(ben, "constraints");
            WebElement shared = waitFor(ben).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#shared-constraints article")));
            assertThat(shared.getText()).contains("Stress and overload").contains(MARKUP);
            assertThat(ben.findElements(By.cssSelector("#shared-constraints b, #shared-constraints script"))).isEmpty();
            assertNothingRan(ana);
            assertNothingRan(ben);
            screenshots(ben, "constraints");

            // Short and sweet: Ana opens the timer from her invitation, lets it run, and records the talk
            click(ana, By.linkText("Open the talk timer when it is time"));
            waitFor(ana).until(ExpectedConditions.textToBe(By.id("timer-left"), "5:00"));
            click(ana, By.id("start-timer"));
            waitFor(ana).until(ExpectedConditions.textMatches(By.id("timer-left"), Pattern.compile("4:[0-5]\\d")));
            assertThat(ana.findElement(By.id("timer-message")).getText()).isEqualTo("Take your time. The timer will end quietly.");
            screenshots(ana, "talk");
            click(ana, By.id("end-timer"));
            WebElement talkMinutes = waitFor(ana).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#record-form [name=minutes]")));
            talkMinutes.clear();
            talkMinutes.sendKeys("6");
            chooseStartingWith(ana, "#record-form [name=invitationId]", "how our week went");
            choose(ana, "#record-form [name=sceneId]", "Evening walk");
            assertEveryInputLabelled(ana, "main");
            click(ana, By.cssSelector("#record-form button[type=submit]"));
            // each rates it privately, in their own browser
            rate(ana, "4", "connected", null);
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("talk-list"), "You felt it was connected, open 4 of 5."));
            assertThat(ana.findElement(By.id("talk-list")).getText()).contains("6 minutes");

            navigate(ben, "talk");
            click(ben, By.cssSelector("#talk-list [data-test=rate-talk]"));
            rate(ben, "2", "off-the-rails", BENS_PRIVATE_NOTE);
            waitFor(ben).until(ExpectedConditions.textToBePresentInElementLocated(By.id("talk-list"),
                    "You felt it was off the rails, open 2 of 5. In the way: " + BENS_PRIVATE_NOTE));
            assertThat(ben.findElement(By.id("talk-list")).getText()).contains("6 minutes").doesNotContain("open 4 of 5");

            // Step 4: Ben waits on his home page; Ana notes a moment and thanks him
            navigate(ben, "journey");
            // Ana's question waits for Ben, turned to him; he says not now, which needs no reason
            waitFor(ben).until(ExpectedConditions.textToBePresentInElementLocated(By.id("waiting-list"), "What is keeping you from opening up to me?"));
            click(ben, By.xpath("//*[@id='waiting-list']//button[normalize-space()='Not now']"));
            waitFor(ben).until(ExpectedConditions.textToBePresentInElementLocated(By.id("waiting-list"), "Nothing is waiting for you right now"));
            navigate(ana, "moments");
            type(ana, By.cssSelector("#moment-form [name=what]"), ANAS_PRIVATE_NOTE);
            assertEveryInputLabelled(ana, "main");
            click(ana, By.cssSelector("#moment-form button[type=submit]"));
            type(ana, By.cssSelector("#thanks-form [name=thanks]"), THANKS);
            assertEveryInputLabelled(ana, "main");
            click(ana, By.cssSelector("#thanks-form button[type=submit]"));
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("view"), "Sent. What we notice out loud tends to grow."));
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("moments-noticed"), THANKS));
            assertThat(ana.findElement(By.id("moments-noticed")).getText()).contains(ANAS_PRIVATE_NOTE);
            screenshots(ana, "moments");

            // Ben's home page, still the same page, shows the thanks by polling, without the note behind it
            WebElement thanks = new WebDriverWait(ben, POLLED).until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#waiting-list .thanks")));
            assertThat(thanks.getText()).contains(THANKS).contains("From Ana");
            assertSamePage(ben);
            assertNotOnPage(ben, ANAS_PRIVATE_NOTE);
            screenshots(ben, "home");

            // Ana's insights: the next talk's length from her own rating, the weeks as a chart, what helps
            navigate(ana, "insights");
            WebElement ladder = waitFor(ana).until(ExpectedConditions.visibilityOfElementLocated(By.id("ladder")));
            assertThat(ladder.getText()).contains("5 minutes").contains("Stay at this length for now");
            WebElement chart = ana.findElement(By.cssSelector("#progress svg.chart"));
            assertThat(chart.isDisplayed()).isTrue();
            assertThat(chart.findElements(By.cssSelector("rect.bar"))).hasSize(1);
            assertThat(chart.findElements(By.cssSelector("rect.bar-good"))).hasSize(1);
            // the same as a table: one talk, rated once (by her), connecting; how open it felt only if she turns it on
            click(ana, By.cssSelector("#progress summary"));
            WebElement week = waitFor(ana).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#progress tbody tr")));
            assertThat(week.getText()).endsWith("1 1 100%");
            assertThat(ana.findElement(By.id("openness-off")).getText()).contains("Turn it on in Settings");
            // their own scene by name, one talk called a hint; the settings beneath on request
            assertThat(ana.findElement(By.id("named-scenes")).getText())
                    .isEqualTo("Evening walk: One talk here felt connecting. One talk is a hint, not a pattern.");
            click(ana, By.cssSelector("#scene-insights summary"));
            waitFor(ana).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#scene-insights table tbody tr")));
            List<String> sceneRows = ana.findElements(By.cssSelector("#scene-insights table tbody tr")).stream().map(WebElement::getText).toList();
            assertThat(sceneRows).hasSize(3).allSatisfy(row -> assertThat(row).contains("1 60%").contains("(one talk: a hint)"));
            assertThat(String.join("\n", sceneRows)).contains("evening").contains("outdoors").contains("walking");
            // what is in the way, each by its name: her own one by the title she gave it, not "Your own"
            assertThat(ana.findElement(By.id("constraint-map")).getText()).contains("Money worries").contains("Stress and overload")
                    .doesNotContain("Your own");
            // Ben's rating is his: neither his words nor his verdict shapes what Ana sees
            assertNotOnPage(ana, BENS_PRIVATE_NOTE, "off the rails", "off-the-rails", "off_the_rails");
            // on a phone the chart's week labels stay readable: at least 12 CSS pixels, however much the drawing shrinks
            screenshot(ana, "insights-chart-phone", PHONE);
            @SuppressWarnings("unchecked")
            Map<String, Object> label = (Map<String, Object>) ((JavascriptExecutor) ana).executeScript("""
                    const label = document.querySelector('#progress .bar-label');
                    return { size: parseFloat(getComputedStyle(label).fontSize), height: label.getBoundingClientRect().height,
                             shown: label.checkVisibility() };
                    """);
            assertThat(label.get("shown")).isEqualTo(true);
            assertThat(((Number) label.get("size")).doubleValue()).as("week label font size on a phone").isGreaterThanOrEqualTo(12);
            assertThat(((Number) label.get("height")).doubleValue()).as("week label height on a phone").isGreaterThanOrEqualTo(12);
            screenshots(ana, "insights");

            navigate(ana, "talk");
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("talk-list"), "You felt it was connected"));
            assertNotOnPage(ana, BENS_PRIVATE_NOTE, "off the rails", "off-the-rails", "off_the_rails");

            // the timeline shows what she may see, and offers it to take away
            navigate(ana, "timeline");
            WebElement report = waitFor(ana).until(ExpectedConditions.visibilityOfElementLocated(By.id("export-markdown")));
            assertThat(ana.findElement(By.id("view")).getText()).contains("YOUR RATING").contains("THANKS YOU GAVE");
            assertNotOnPage(ana, BENS_PRIVATE_NOTE, "off the rails", "off-the-rails", "off_the_rails");
            screenshots(ana, "timeline");
            Object markdown = ((JavascriptExecutor) ana).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
                    report.getDomProperty("href"));
            assertThat(String.valueOf(markdown)).startsWith("# My OpenUp journey").contains("What is keeping him from opening up to me?")
                    .contains(ANAS_PRIVATE_NOTE).doesNotContain(BENS_PRIVATE_NOTE);

            // Ben's pages: his own words are there, Ana's note about the moment is not
            navigate(ben, "moments");
            waitFor(ben).until(ExpectedConditions.textToBePresentInElementLocated(By.id("thanks-received"), THANKS));
            assertNotOnPage(ben, ANAS_PRIVATE_NOTE);
            navigate(ben, "insights");
            assertThat(waitFor(ben).until(ExpectedConditions.visibilityOfElementLocated(By.id("ladder"))).getText())
                    .contains("The last talk went off the rails");
            assertNotOnPage(ben, ANAS_PRIVATE_NOTE);
            navigate(ben, "timeline");
            waitFor(ben).until(ExpectedConditions.textToBePresentInElementLocated(By.id("view"), BENS_PRIVATE_NOTE));
            assertThat(ben.findElement(By.id("view")).getText()).contains("THANKS YOU RECEIVED");
            assertNotOnPage(ben, ANAS_PRIVATE_NOTE);
            assertSamePage(ben);

            // Ana rests on her home page while Ben goes
            navigate(ana, "journey");
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .lead"), "You and Ben are on this together"));
            markPage(ana);

            // Ben asks to be forgotten, confirming with his password; he is signed out and cannot sign in again
            click(ben, By.cssSelector("a.who-name"));
            type(ben, By.cssSelector("#forget-form [name=password]"), "a long enough secret");
            screenshots(ben, "forget-me");
            click(ben, By.cssSelector("#forget-form button[type=submit]"));
            waitFor(ben).until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
            type(ben, By.cssSelector("#signin-form [name=email]"), "ben@example.org");
            type(ben, By.cssSelector("#signin-form [name=password]"), "a long enough secret");
            click(ben, By.cssSelector("#signin-form button[type=submit]"));
            waitFor(ben).until(ExpectedConditions.textToBePresentInElementLocated(By.id("signin-form"), "do not match"));
            // where Ben's name was, Ana's journey now says he was forgotten
            Object journeys = ((JavascriptExecutor) ana).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; fetch('/api/v1/journeys').then(r => r.text()).then(done);");
            assertThat(String.valueOf(journeys)).contains("[forgotten]").doesNotContain("\"Ben\"");
            // Ana's home, never reloaded, tells her by polling, and she can begin anew: a journey is for one couple
            new WebDriverWait(ana, POLLED).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .lead"), "Your partner left this journey."));
            assertThat(ana.findElement(By.cssSelector("main .lead")).getText()).doesNotContain("You and Ben");
            assertThat(ana.findElement(By.id("waiting-status")).getText()).contains("Your partner left this journey.");
            assertSamePage(ana);
            screenshots(ana, "home-partner-left");
            click(ana, By.id("new-journey"));
            waitFor(ana).until(ExpectedConditions.visibilityOfElementLocated(By.id("make-code")));
            assertNothingRan(ana);
            assertNothingRan(ben);
        }
    }

    @Test
    void anInvitedPartnerWithAnAccountSignsInJoinsAndSaysNotNowAndTheAsksPageFollows() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            String site = "http://127.0.0.1:" + app.port() + "/";
            // Ben has had an account for a while, with no journey yet
            new ApiClient(app.port()).call("POST", "/api/v1/account",
                    "{\"email\":\"ben@example.org\",\"password\":\"a long enough secret\",\"displayName\":\"Ben\"}");
            WebDriver ana = chromium.open("ana-asks", ANA_ZONE);
            WebDriver ben = chromium.open("ben-signs-in", BEN_ZONE);
            ana.get(site + "#/register");
            register(ana, "Ana", "ana@example.org");
            click(ana, By.cssSelector("#start-form button"));
            click(ana, By.id("make-code"));
            String code = waitFor(ana).until(ExpectedConditions.visibilityOfElementLocated(By.id("partner-code"))).getText();
            String joinLink = ana.findElement(By.id("join-link")).getDomProperty("href");

            // alone, Ana's invitations page speaks of asking in person
            navigate(ana, "invitations");
            waitFor(ana).until(ExpectedConditions.textToBe(By.id("invite-form-title"), "Record that you asked"));
            markPage(ana);

            // Ben follows the link, signs in with the account he has, and joins
            ben.get(joinLink);
            waitFor(ben).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Ana invited you to OpenUp"));
            click(ben, By.linkText("Sign in, and you will join right after"));
            waitFor(ben).until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
            screenshots(ben, "signin");
            type(ben, By.cssSelector("#signin-form [name=email]"), "ben@example.org");
            type(ben, By.cssSelector("#signin-form [name=password]"), "a long enough secret");
            click(ben, By.cssSelector("#signin-form button[type=submit]"));
            WebElement join = waitFor(ben).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#join-form button[type=submit]")));
            assertThat(ben.findElement(By.cssSelector("#join-form [name=code]")).getDomProperty("value")).isEqualTo(code);
            // joining is the one primary action here; starting a journey of his own is the quiet second
            assertThat(join.getDomAttribute("class")).isEqualTo("primary");
            assertThat(ben.findElement(By.cssSelector("#start-form button")).getDomAttribute("class")).isEqualTo("secondary");
            assertThat(join.getLocation().getY()).isLessThan(ben.findElement(By.cssSelector("#start-form button")).getLocation().getY());
            screenshots(ben, "join");
            join.click();
            waitFor(ben).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .lead"), "You and Ana are on this together"));
            markPage(ben);

            // Ana's page, never reloaded, now invites Ben instead of noting that she asked
            new WebDriverWait(ana, POLLED).until(ExpectedConditions.textToBe(By.id("invite-form-title"), "Invite Ben to talk"));
            assertThat(ana.findElement(By.cssSelector("#invite-form button[type=submit]")).getText()).isEqualTo("Send the invitation");
            type(ana, By.cssSelector("#invite-form [name=topicHint]"), "the weekend");
            click(ana, By.cssSelector("#invite-form button[type=submit]"));
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitation-status"), "Sent. Ben will see it"));

            // Ben says not now from his home page; no reason is asked
            new WebDriverWait(ben, POLLED).until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#waiting .waiting-invitation")));
            click(ben, By.xpath("//*[@id='waiting-list']//article[contains(@class,'waiting-invitation')]//button[normalize-space()='Not now']"));
            waitFor(ben).until(ExpectedConditions.textToBePresentInElementLocated(By.id("waiting-status"), "Noted. There is no rush."));
            assertThat(ben.switchTo().activeElement().getText()).isEqualTo("Noted. There is no rush.");
            assertSamePage(ben);

            // Ana's page follows: the answer shows, and "Sent" no longer stands above it
            new WebDriverWait(ana, POLLED).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("current-invitation"), "Ben said not now."));
            assertThat(ana.findElement(By.id("invitation-status")).getText()).doesNotContain("Sent.");
            // the form the server would refuse is gone, and the page says until when, in Ana's own time
            assertThat(ana.findElement(By.id("invite-form")).isDisplayed()).isFalse();
            WebElement again = ana.findElement(By.cssSelector("#current-invitation .ask-again time"));
            Instant askAgain = Instant.parse(again.getDomAttribute("datetime"));
            assertThat(askAgain).isAfter(Instant.now());
            String anasClock = askAgain.atZone(ANA_ZONE).format(DateTimeFormatter.ofPattern("h:mm a", Locale.US));
            assertThat(again.getText().replace('\u202f', ' ').replace('\u00a0', ' ')).contains(anasClock);
            assertThat(ana.findElement(By.cssSelector("#current-invitation .ask-again")).getText()).startsWith("You can ask again from ");
            assertSamePage(ana);

            // the pause binds only the one who asked: Ben can invite Ana
            navigate(ben, "invitations");
            waitFor(ben).until(ExpectedConditions.visibilityOfElementLocated(By.id("invite-form")));
            assertThat(ben.findElement(By.id("invite-form-title")).getText()).isEqualTo("Invite Ana to talk");
            assertThat(ben.findElement(By.id("earlier-invitations")).getText()).contains("Not now");
        }
    }

    @Test
    void aMemberWhoWritesOfDangerGetsTheSafetyNoteNotCoachingAndCanLeaveAtOnce() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            String site = "http://127.0.0.1:" + app.port() + "/";
            String danger = "She pushed me against the wall again last night";
            WebDriver cleo = chromium.open("cleo", ANA_ZONE);
            cleo.get(site + "#/register");
            register(cleo, "Cleo", "cleo@example.org");
            click(cleo, By.cssSelector("#start-form button"));

            // a moment about violence: the note with its resources, in focus, and the words gone from the page
            navigate(cleo, "moments");
            type(cleo, By.cssSelector("#moment-form [name=what]"), danger);
            click(cleo, By.cssSelector("#moment-form button[type=submit]"));
            WebElement note = waitFor(cleo).until(ExpectedConditions.visibilityOfElementLocated(By.id("safety-note")));
            assertThat(note.getText()).contains("was not kept").contains("1-800-799-7233");
            assertThat(cleo.switchTo().activeElement().getDomAttribute("id")).isEqualTo("safety-title");
            assertNotOnPage(cleo, danger, org.openup.content.Content.builtIn().prompt("moment.thank", "en"));
            screenshots(cleo, "safety");

            // while her ladder is paused, the Invitations page offers no form the server would refuse, and says why
            navigate(cleo, "invitations");
            WebElement paused = waitFor(cleo).until(ExpectedConditions.visibilityOfElementLocated(By.id("invite-paused")));
            assertThat(paused.getText()).contains("Paused.").contains("Nothing is sent while it is paused");
            assertThat(cleo.findElement(By.id("invite-form")).isDisplayed()).isFalse();

            // her ladder is paused until she says she is ready; then she can invite again
            navigate(cleo, "insights");
            click(cleo, By.id("resume-ladder"));
            waitFor(cleo).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#ladder .big-number")));
            navigate(cleo, "invitations");
            waitFor(cleo).until(ExpectedConditions.visibilityOfElementLocated(By.id("invite-form")));
            assertThat(cleo.findElement(By.id("invite-paused")).isDisplayed()).isFalse();

            // "Leave quickly" goes to another site at once, without a way back in the history
            click(cleo, By.id("quick-exit"));
            waitFor(cleo).until(d -> !d.getCurrentUrl().startsWith(site));
            assertThat(cleo.getCurrentUrl()).contains("wikipedia.org");
        }
    }

    @Test
    void anotherSiteCannotSignAVisitorIntoAnAccountOfItsChoosing() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            String site = "http://127.0.0.1:" + app.port() + "/";
            WebDriver ana = chromium.open("ana-csrf", ANA_ZONE);
            ana.get(site + "#/register");
            register(ana, "Ana", "ana@example.org");
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Ana"));
            // the attacker's account, and a page on another origin that posts to OpenUp as a plain form would
            ApiClient mallory = new ApiClient(app.port());
            mallory.call("POST", "/api/v1/account", "{\"email\":\"mallory@example.org\",\"password\":\"a long enough secret\","
                    + "\"displayName\":\"Mallory\"}");
            String body = "{\"email\":\"mallory@example.org\",\"password\":\"a long enough secret\",\"x\":\"";
            String page = "<!doctype html><form method=post enctype=text/plain action='" + site + "api/v1/session'>"
                    + "<input type=hidden name='" + body + "' value='\"}'></form><script>document.forms[0].submit()</script>";
            io.javalin.Javalin attacker = io.javalin.Javalin.create(c -> {
                c.startup.showJavalinBanner = false;
                c.routes.get("/", ctx -> ctx.html(page));
            }).start("127.0.0.1", 0);
            try {
                ana.get("http://127.0.0.1:" + attacker.port() + "/");
                waitFor(ana).until(d -> d.getCurrentUrl().startsWith(site + "api/v1/session"));
                assertThat(ana.findElement(By.tagName("body")).getText()).contains("cross-site");
            } finally {
                attacker.stop();
            }
            // back in OpenUp, she is still herself
            ana.get(site + "#/journey");
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Ana"));
            assertThat(ana.findElement(By.id("who")).getText()).doesNotContain("Mallory");
        }
    }

    /** Rates a talk in the rating form that is open on the page. */
    private static void rate(WebDriver driver, String feltOpen, String outcome, String gotInTheWay) {
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("rating-form")));
        assertEveryInputLabelled(driver, "#rating-form");
        click(driver, By.cssSelector("#rating-form input[name=feltOpen][value='" + feltOpen + "']"));
        click(driver, By.cssSelector("#rating-form input[name=outcome][value='" + outcome + "']"));
        if (gotInTheWay != null) {
            type(driver, By.cssSelector("#rating-form [name=gotInTheWay]"), gotInTheWay);
        }
        click(driver, By.cssSelector("#rating-form button[type=submit]"));
    }
}
