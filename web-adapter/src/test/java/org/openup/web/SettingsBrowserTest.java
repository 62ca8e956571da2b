package org.openup.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openup.plugin.testkit.HttpRecorder;
import org.openup.testing.TestStores;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openup.web.Chromium.*;

/**
 * The Settings page in Chromium, drawn from the panels the plugins offer: a calendar feed made,
 * fetched and ended; a webhook endpoint added (its secret shown once), tested with a signed
 * message that a real HTTP receiver checks, and removed.
 */
class SettingsBrowserTest {

    @TempDir
    Path home;

    @RegisterExtension
    final Chromium chromium = new Chromium();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMemberMakesAndEndsACalendarFeedAndAddsTestsAndRemovesAWebhook() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0);
             HttpRecorder receiver = new HttpRecorder(0)) {
            String site = "http://127.0.0.1:" + app.port() + "/";
            WebDriver kim = chromium.open("kim", ZoneId.of("Asia/Tokyo"));
            kim.get(site + "#/register");
            register(kim, "Kim", "kim@example.org");
            click(kim, By.cssSelector("#start-form button"));
            waitFor(kim).until(ExpectedConditions.visibilityOfElementLocated(By.id("make-code")));
            click(kim, By.id("settings-link"));
            waitFor(kim).until(ExpectedConditions.textToBePresentInElementLocated(By.id("zone-title"), "Time zone"));
            assertThat(kim.findElement(By.tagName("main")).getText()).contains("Asia/Tokyo time");

            // calendar: the address is shown once, works, and stops working when removed
            click(kim, By.cssSelector("#settings-calendar-make-feed button[type=submit]"));
            String feed = waitFor(kim).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#settings-calendar input.secret")))
                    .getDomProperty("value");
            assertThat(feed).startsWith(site + "plugins/calendar/feed/").endsWith(".ics");
            assertThat(fetch(feed).body()).startsWith("BEGIN:VCALENDAR");
            assertThat(kim.findElement(By.cssSelector("#settings-calendar .items")).getText()).contains("Your feed address");
            screenshots(kim, "settings-calendar");
            click(kim, By.cssSelector("#settings-calendar .items button"));
            waitFor(kim).until(ExpectedConditions.textToBePresentInElementLocated(By.id("settings-calendar-status"), "Removed"));
            assertThat(fetch(feed).statusCode()).isEqualTo(404);

            // webhooks: added with its secret, a signed test the receiver can check, then removed
            type(kim, By.cssSelector("#settings-webhook-add [name=value]"), receiver.url("/hook"));
            click(kim, By.cssSelector("#settings-webhook-add button[type=submit]"));
            String secret = waitFor(kim).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#settings-webhook input.secret")))
                    .getDomProperty("value");
            assertThat(secret).startsWith("whsec_");
            click(kim, By.cssSelector("#settings-webhook-test button[type=submit]"));
            waitFor(kim).until(ExpectedConditions.textToBePresentInElementLocated(By.id("settings-webhook-status"),
                    "and it answered"));
            HttpRecorder.Received test = receiver.accepted("/hook").get(0);
            assertThat(test.body()).contains("\"type\":\"openup.test\"");
            assertThat(test.headers().get("webhook-signature")).isEqualTo("v1," + sign(secret, test.headers().get("webhook-id"),
                    test.headers().get("webhook-timestamp"), test.body()));
            screenshots(kim, "settings-webhooks");
            click(kim, By.cssSelector("#settings-webhook .items button"));
            waitFor(kim).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#settings-webhook .items")));
            assertThat(kim.findElements(By.id("settings-webhook-test"))).isEmpty();

            // how open talks felt, week by week: off until Kim turns it on, and Insights says where to
            navigate(kim, "insights");
            waitFor(kim).until(ExpectedConditions.visibilityOfElementLocated(By.id("openness-off")));
            click(kim, By.cssSelector("#openness-off a"));
            click(kim, By.cssSelector("label[for='setting-weekly-openness']"));
            waitFor(kim).until(ExpectedConditions.textToBePresentInElementLocated(By.id("settings-insights-status"), "On:"));
            navigate(kim, "insights");
            waitFor(kim).until(ExpectedConditions.visibilityOfElementLocated(By.id("progress")));
            assertThat(kim.findElements(By.id("openness-off"))).isEmpty();

            // the name she is shown by, changed from her account page (the link by her name)
            click(kim, By.cssSelector("a.who-name"));
            WebElement name = waitFor(kim).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#name-form [name=displayName]")));
            screenshots(kim, "account");
            name.clear();
            type(kim, By.cssSelector("#name-form [name=displayName]"), "Kim Lee");
            click(kim, By.cssSelector("#name-form button[type=submit]"));
            waitFor(kim).until(ExpectedConditions.textToBePresentInElementLocated(By.id("name-status"), "You are shown as Kim Lee now."));
            assertThat(kim.findElement(By.cssSelector("a.who-name")).getText()).isEqualTo("Kim Lee");
        }
    }

    private HttpResponse<String> fetch(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The Standard Webhooks signature, computed here from the secret the page showed. */
    private static String sign(String secret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
