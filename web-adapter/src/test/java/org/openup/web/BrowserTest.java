package org.openup.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openup.testing.TestStores;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front end in a real headless Chromium: two people in two separate browsers (own profile,
 * own time zone) go from registering to a chosen time for their first talk. The invitee's page
 * picks up the invitation, and the asker's page the chosen time, by polling, without a reload.
 */
class BrowserTest {

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final ZoneId ANA_ZONE = ZoneId.of("America/New_York");
    private static final ZoneId BEN_ZONE = ZoneId.of("Europe/Berlin");
    /** The polls run every 10 s; this leaves room for a slow, shared machine. */
    private static final Duration POLLED = Duration.ofSeconds(30);

    @TempDir
    Path home;

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        for (WebDriver browser : browsers) {
            try {
                browser.quit();
            } catch (RuntimeException e) {
                // the other browser still gets closed
            }
        }
    }

    @Test
    void twoPartnersFromRegisteringToAChosenTimeInTwoBrowsers() throws Exception {
        try (WebApp app = WebApp.start(TestStores.H2.newStore(home), "127.0.0.1", 0)) {
            String site = "http://127.0.0.1:" + app.port() + "/";
            WebDriver ana = browser("ana", ANA_ZONE);
            WebDriver ben = browser("ben", BEN_ZONE);

            // Ana registers, starts a journey and makes a code for Ben
            ana.get(site + "#/register");
            assertEveryInputLabelled(ana, "#register-form");
            register(ana, "Ana", "ana@example.org");
            click(ana, By.cssSelector("#start-form button"));
            click(ana, By.id("make-code"));
            String code = waitFor(ana).until(ExpectedConditions.visibilityOfElementLocated(By.id("partner-code"))).getText();
            String joinLink = ana.findElement(By.id("join-link")).getDomProperty("href");
            assertThat(joinLink).endsWith("#/join/" + code);

            // Ben follows the join link in his own browser, registers, and finds the code filled in
            ben.get(joinLink);
            register(ben, "Ben", "ben@example.org");
            WebElement codeField = waitFor(ben).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#join-form [name=code]")));
            assertThat(codeField.getDomProperty("value")).isEqualTo(code);
            click(ben, By.cssSelector("#join-form button[type=submit]"));
            waitFor(ben).until(ExpectedConditions.visibilityOfElementLocated(By.id("waiting")));
            markPage(ben);

            // Ana asks her question and accepts the constraint question she gets back
            click(ana, By.linkText("Ask & reframe"));
            type(ana, By.cssSelector("#ask-form [name=question]"), "how do I get him to open up");
            click(ana, By.cssSelector("#ask-form button[type=submit]"));
            waitFor(ana).until(ExpectedConditions.textToBe(By.id("proposal"), "What is keeping him from opening up to me?"));
            assertEveryInputLabelled(ana, "main");
            click(ana, By.id("accept-proposal"));
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision"), "What is keeping him from opening up to me?"));

            // Ana invites Ben to talk; her page says she waits for him to choose
            click(ana, By.linkText("Invitations"));
            type(ana, By.cssSelector("#invite-form [name=topicHint]"), "how our week went");
            assertEveryInputLabelled(ana, "main");
            click(ana, By.cssSelector("#invite-form button[type=submit]"));
            waitFor(ana).until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-invitation"), "Waiting for Ben to choose"));
            markPage(ana);

            // Ben's home page, never reloaded, shows the invitation; he picks tomorrow evening, his time
            WebElement card = new WebDriverWait(ben, POLLED).until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#waiting .waiting-invitation")));
            assertThat(card.getText()).contains("Ana would like to talk").contains("how our week went");
            assertSamePage(ben);
            assertEveryInputLabelled(ben, "main");
            LocalDateTime evening = LocalDate.now(BEN_ZONE).plusDays(1).atTime(19, 30);
            Instant chosen = evening.atZone(BEN_ZONE).toInstant();
            // typed as a person would, in the en-US order of the datetime-local field
            card.findElement(By.name("at")).sendKeys(evening.format(DateTimeFormatter.ofPattern("MMddyyyy")) + Keys.TAB + "0730PM");
            card.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor(ben).until(ExpectedConditions.textToBePresentInElementLocated(By.id("waiting"), "The time is yours"));

            // Ana's invitations page, never reloaded, shows that time in her own zone
            WebElement time = new WebDriverWait(ana, POLLED).until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#current-invitation .chosen time")));
            assertThat(Instant.parse(time.getDomAttribute("datetime"))).isEqualTo(chosen);
            String anasClock = chosen.atZone(ANA_ZONE).format(DateTimeFormatter.ofPattern("h:mm a", Locale.US));
            assertThat(time.getText().replace('\u202f', ' ').replace('\u00a0', ' ')).contains(anasClock);
            assertThat(ana.findElement(By.id("current-invitation")).getText()).contains("Ben chose");
            assertSamePage(ana);

            // the timeline offers her data to take away, as she may see it
            ana.get(site + "#/timeline");
            WebElement report = waitFor(ana).until(ExpectedConditions.visibilityOfElementLocated(By.id("export-markdown")));
            Object markdown = ((org.openqa.selenium.JavascriptExecutor) ana).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
                    report.getDomProperty("href"));
            assertThat(String.valueOf(markdown)).startsWith("# My OpenUp journey").contains("What is keeping him from opening up to me?");
        }
    }

    /** A headless Chromium with a fresh profile and its own time zone; what it writes stays under target/. */
    private WebDriver browser(String name, ZoneId zone) throws IOException {
        Path root = Path.of("target", "bt", name).toAbsolutePath();
        deleteRecursively(root);
        Files.createDirectories(root);
        // Chromium puts a socket in TMPDIR, and a socket path must stay under 108 bytes
        String tmp = root.toString().length() <= 50 ? dir(root, "t") : Files.createTempDirectory("openup-bt").toString();
        Map<String, String> env = Map.of(
                "HOME", dir(root, "home"),
                "XDG_CONFIG_HOME", dir(root, "config"),
                "XDG_CACHE_HOME", dir(root, "cache"),
                "TMPDIR", tmp,
                "TZ", zone.getId(),
                "LANG", "en_US.UTF-8");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withEnvironment(env)
                .withLogFile(root.resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=en-US", "--user-data-dir=" + dir(root, "profile"));
        WebDriver driver = new ChromeDriver(service, options);
        browsers.add(driver);
        return driver;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String dir(Path root, String name) throws IOException {
        return Files.createDirectories(root.resolve(name)).toString();
    }

    private static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private static void register(WebDriver driver, String name, String email) {
        type(driver, By.cssSelector("#register-form [name=displayName]"), name);
        type(driver, By.cssSelector("#register-form [name=email]"), email);
        type(driver, By.cssSelector("#register-form [name=password]"), "a long enough secret");
        click(driver, By.cssSelector("#register-form button[type=submit]"));
    }

    private static void type(WebDriver driver, By field, String text) {
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(field)).sendKeys(text);
    }

    private static void click(WebDriver driver, By target) {
        waitFor(driver).until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    /** A mark on the live page: a reload would wipe it, so finding it again proves there was none. */
    private static void markPage(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("window.openupTestMark = 'not reloaded';");
    }

    private static void assertSamePage(WebDriver driver) {
        assertThat(((JavascriptExecutor) driver).executeScript("return window.openupTestMark;")).isEqualTo("not reloaded");
    }

    /** Accessibility basics: every visible input, select and text area has a label that says something. */
    @SuppressWarnings("unchecked")
    private static void assertEveryInputLabelled(WebDriver driver, String within) {
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(within + " input, " + within + " textarea")));
        List<String> unlabelled = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll(arguments[0])]
                  .filter(e => e.type !== 'hidden' && e.getClientRects().length > 0)
                  .filter(e => ![...e.labels].some(l => l.textContent.trim().length > 0))
                  .map(e => e.outerHTML);
                """, within + " input, " + within + " select, " + within + " textarea");
        assertThat(unlabelled).as("inputs without a label").isEmpty();
    }
}
