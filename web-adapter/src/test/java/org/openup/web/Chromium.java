package org.openup.web;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium for the browser tests, as a JUnit extension: {@link #open} starts a browser with
 * a profile and time zone of its own; when a test fails, every open browser's page is saved under
 * target/screenshots/failed/ before the browsers close. The static helpers wait for what a person
 * would wait for, and {@link #assertAccessible} runs axe-core (bundled by the build from the npm
 * registry, see src/test/axe) on the page as it is.
 */
final class Chromium implements AfterTestExecutionCallback, AfterEachCallback {

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Path AXE = Path.of("src", "test", "axe", "node_modules", "axe-core", "axe.min.js");
    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static String axe;

    private final Map<String, WebDriver> browsers = new LinkedHashMap<>();

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Path failed = SCREENSHOTS.resolve("failed");
        browsers.forEach((name, browser) -> {
            try {
                Files.createDirectories(failed);
                File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), failed.resolve(context.getRequiredTestMethod().getName() + "-" + name + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                // a browser that died takes no picture; the failure itself is what gets reported
            }
        });
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (WebDriver browser : browsers.values()) {
            try {
                browser.quit();
            } catch (RuntimeException e) {
                // the other browsers still get closed
            }
        }
        browsers.clear();
    }

    /** A headless Chromium with a fresh profile and its own time zone; what it writes stays under target/. */
    public WebDriver open(String name, ZoneId zone) throws IOException {
        Path root = Path.of("target", "bt", name).toAbsolutePath();
        Folders.deleteTree(root);
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
        browsers.put(name, driver);
        return driver;
    }

    static String dir(Path root, String name) throws IOException {
        return Files.createDirectories(root.resolve(name)).toString();
    }

    /** Polling re-renders parts of a page, so an element found a moment ago may be replaced: look again. */
    static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    static void register(WebDriver driver, String name, String email) {
        type(driver, By.cssSelector("#register-form [name=displayName]"), name);
        type(driver, By.cssSelector("#register-form [name=email]"), email);
        type(driver, By.cssSelector("#register-form [name=password]"), "a long enough secret");
        click(driver, By.cssSelector("#register-form button[type=submit]"));
    }

    static void type(WebDriver driver, By field, String text) {
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(field)).sendKeys(text);
    }

    static void click(WebDriver driver, By target) {
        waitFor(driver).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(target).apply(d);
            if (element == null) {
                return false;
            }
            element.click(); // a stale element throws, and the wait looks for it again
            return true;
        });
    }

    /** Follows a link in the navigation and waits until the page it leads to has rendered. */
    static void navigate(WebDriver driver, String route) {
        By link = By.cssSelector("#nav a[href='#/" + route + "']");
        click(driver, link);
        waitFor(driver).until(ExpectedConditions.attributeToBe(link, "aria-current", "page"));
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main#view:not([aria-busy])")));
    }

    static void choose(WebDriver driver, String select, String option) {
        new Select(waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(select)))).selectByVisibleText(option);
    }

    static void chooseStartingWith(WebDriver driver, String select, String start) {
        Select control = new Select(waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(select))));
        WebElement option = control.getOptions().stream().filter(o -> o.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no option starting with " + start + " in " + select));
        control.selectByVisibleText(option.getText());
    }

    /** Not in the page at all: neither in its text nor in any attribute or hidden element. */
    static void assertNotOnPage(WebDriver driver, String... texts) {
        String page = String.valueOf(((JavascriptExecutor) driver).executeScript("return document.documentElement.outerHTML;"));
        for (String text : texts) {
            assertThat(page.toLowerCase(Locale.ROOT)).as("the page at " + driver.getCurrentUrl()).doesNotContain(text.toLowerCase(Locale.ROOT));
        }
    }

    static void assertNothingRan(WebDriver driver) {
        assertThat(((JavascriptExecutor) driver).executeScript("return window.pwned === undefined;")).isEqualTo(true);
    }

    /**
     * The page as it is now, at a phone's width and at a desktop's, into target/screenshots: what
     * fits on the screen (NAME-phone.png, NAME-desktop.png) and the whole page (…-full.png); at
     * each width the page must pass axe-core's WCAG checks.
     */
    static void screenshots(WebDriver driver, String page) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        screenshot(driver, page + "-phone", PHONE);
        assertAccessible(driver, page + " on a phone");
        screenshot(driver, page + "-desktop", DESKTOP);
        assertAccessible(driver, page + " on a desktop");
    }

    @SuppressWarnings("unchecked")
    static void screenshot(WebDriver driver, String name, Dimension viewport) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // a window's size includes its frame, even headless: grow it by that, so the page gets the viewport
        driver.manage().window().setSize(viewport);
        Map<String, Long> inner = (Map<String, Long>) js.executeScript("return {w: window.innerWidth, h: window.innerHeight};");
        driver.manage().window().setSize(new Dimension(
                2 * viewport.getWidth() - inner.get("w").intValue(), 2 * viewport.getHeight() - inner.get("h").intValue()));
        waitFor(driver).until(d -> List.of((long) viewport.getWidth(), (long) viewport.getHeight())
                .equals(js.executeScript("return [window.innerWidth, window.innerHeight];")));
        js.executeScript("window.scrollTo(0, 0);");
        if (viewport.equals(PHONE)) {
            // on a phone the navigation is one row, not three: the page starts near the top
            Number nav = (Number) js.executeScript("const n = document.getElementById('nav'); return n.hidden ? 0 : n.offsetHeight;");
            assertThat(nav.intValue()).as("navigation height on a phone, " + name).isLessThanOrEqualTo(60);
        }
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        Files.delete(shot.toPath());
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
        Map<String, Object> full = ((HasCdp) driver).executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", viewport.getWidth(), "height", height, "scale", 1)));
        Files.write(SCREENSHOTS.resolve(name + "-full.png"), Base64.getDecoder().decode((String) full.get("data")));
    }

    /** A mark on the live page: a reload would wipe it, so finding it again proves there was none. */
    static void markPage(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("window.openupTestMark = 'not reloaded';");
    }

    static void assertSamePage(WebDriver driver) {
        assertThat(((JavascriptExecutor) driver).executeScript("return window.openupTestMark;")).isEqualTo("not reloaded");
    }

    /** Accessibility basics: every visible input, select and text area has a label that says something. */
    @SuppressWarnings("unchecked")
    static void assertEveryInputLabelled(WebDriver driver, String within) {
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(within + " input, " + within + " textarea")));
        List<String> unlabelled = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll(arguments[0])]
                  .filter(e => e.type !== 'hidden' && e.getClientRects().length > 0)
                  .filter(e => ![...e.labels].some(l => l.textContent.trim().length > 0))
                  .map(e => e.outerHTML);
                """, within + " input, " + within + " select, " + within + " textarea");
        assertThat(unlabelled).as("inputs without a label").isEmpty();
    }

    /** Presses Tab until the focus is on an element matching {@code css}, as a keyboard user would. */
    static void tabTo(WebDriver driver, String css) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (int presses = 0; presses < 80; presses++) {
            if (Boolean.TRUE.equals(js.executeScript("return document.activeElement?.matches(arguments[0]) === true;", css))) {
                return;
            }
            driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
        }
        throw new AssertionError("80 presses of Tab never reached " + css + " on " + driver.getCurrentUrl());
    }

    /** Tabs to {@code css} and presses {@code key} there (Enter to follow or submit, Space to tick). */
    static void tabToAndPress(WebDriver driver, String css, CharSequence key) {
        tabTo(driver, css);
        press(driver, key);
    }

    /** Keys into whatever has the focus. */
    static void press(WebDriver driver, CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    /**
     * No serious or critical WCAG 2.2 A/AA violation on the page as it is now, by axe-core. The
     * failure lists each rule with the elements it found.
     */
    @SuppressWarnings("unchecked")
    static void assertAccessible(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (Boolean.FALSE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(axeSource());
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                 nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary) }))))
                  .catch(e => done([{ id: 'axe-error', help: String(e) }]));
                """, WCAG);
        assertThat(violations).as("accessibility of " + page + " (" + driver.getCurrentUrl() + ")").isEmpty();
    }

    private static synchronized String axeSource() {
        if (axe == null) {
            try {
                axe = Files.readString(AXE);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is fetched by the build (npm ci in src/test/axe); run the tests with ./run-tests", e);
            }
        }
        return axe;
    }
}
