package org.openup.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.spi.failure.NotFoundException;
import org.openup.spi.PublicAddress;
import org.openup.plugin.testkit.Couple;
import org.openup.plugin.testkit.PluginTestKit;
import org.openup.spi.web.WebResponse;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The feed and the export, read back by ical4j (an iCalendar parser we did not write). */
class CalendarFeedTest {

    @TempDir
    Path home;

    static Calendar parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        return calendar;
    }

    static String value(Component component, String property) {
        return component.<Property>getProperty(property).orElseThrow().getValue();
    }

    @Test
    void aChosenTalkAppearsInBothPartnersFeedsWithItsTimeLengthAndReminderButNoWords() throws Exception {
        try (PluginTestKit kit = PluginTestKit.start(home, new CalendarPlugin())) {
            // Given Ana invites Ben with a private hint and Ben picks a time in Berlin, two hours ahead
            Couple couple = kit.couple();
            String invitation = couple.ana().invite(15, "the move, again");
            Instant at = couple.ben().chooseTimeIn(invitation, Duration.ofHours(2), "Europe/Berlin");
            couple.ana().invite(5); // still open, so not in any calendar

            // When Ben makes a feed address and his calendar app fetches it without a session
            WebResponse made = kit.web("calendar").call(couple.ben(), "POST", "/feeds",
                    "{\"journeyId\":\"" + couple.ben().journeyId() + "\"}");
            String url = (String) ((Map<?, ?>) made.body()).get("url");
            String path = url.substring(url.indexOf("/plugins/calendar") + "/plugins/calendar".length());
            WebResponse feed = kit.web("calendar").call("GET", path, null);

            // Then it is a valid calendar with one event at the chosen time, 15 minutes long, with a reminder 30 minutes before
            assertThat(feed.contentType()).startsWith("text/calendar");
            Calendar calendar = parse((String) feed.body());
            List<VEvent> events = calendar.getComponents(Component.VEVENT);
            assertThat(events).hasSize(1);
            VEvent event = events.get(0);
            assertThat(value(event, Property.UID)).isEqualTo(invitation + "@openup");
            assertThat(Instant.from(event.<Temporal>getStartDate().orElseThrow().getDate())).isEqualTo(at);
            assertThat(Instant.from(event.<Temporal>getEndDate().orElseThrow().getDate())).isEqualTo(at.plus(Duration.ofMinutes(15)));
            assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
            assertThat(value(event, Property.SUMMARY)).contains("15 min").doesNotContain("move");
            assertThat((String) feed.body()).doesNotContain("move").doesNotContain("Ana").doesNotContain("Ben");
            List<VAlarm> alarms = event.getComponents(Component.VALARM);
            assertThat(alarms).singleElement().satisfies(alarm -> {
                assertThat(alarm.getTrigger().orElseThrow().getDuration()).isEqualTo(Duration.ofMinutes(-30));
                assertThat(value(alarm, Property.ACTION)).isEqualTo("DISPLAY");
            });

            // And Ana's export holds the same talk; after Ben revokes, his address finds nothing
            Path file = home.resolve("ana.ics");
            var exported = kit.cli(couple.ana(), "calendar", "export", "-o", file.toString());
            assertThat(exported.exit()).as(exported.err()).isZero();
            List<VEvent> anas = parse(Files.readString(file)).getComponents(Component.VEVENT);
            assertThat(anas).extracting(e -> value(e, Property.UID)).containsExactly(invitation + "@openup");
            assertThat(kit.web("calendar").call(couple.ben(), "DELETE", "/feeds/" + couple.ben().journeyId(), null).status())
                    .isEqualTo(204);
            assertThatThrownBy(() -> kit.web("calendar").call("GET", path, null)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void theFeedAddressTheCliPrintsIsServedAndTheOldOneStopsWorking() throws Exception {
        try (PluginTestKit kit = PluginTestKit.start(home, new CalendarPlugin())) {
            // Given Ben asked the CLI for a feed address, twice
            Couple couple = kit.couple();
            String first = kit.cli(couple.ben(), "calendar", "feed").out().strip();
            String second = kit.cli(couple.ben(), "calendar", "feed").out().strip();

            // Then each is under the public address (unset: where `openup web` listens), and only the newer one works
            String prefix = kit.get(PublicAddress.class).of("/plugins/calendar");
            assertThat(first).startsWith(prefix + "/feed/").endsWith(".ics");
            assertThat(kit.web("calendar").call("GET", second.substring(prefix.length()), null).status()).isEqualTo(200);
            assertThatThrownBy(() -> kit.web("calendar").call("GET", first.substring(prefix.length()), null))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void aMemberWhoLeftGetsNoNewFeedForThatJourney() throws Exception {
        try (PluginTestKit kit = PluginTestKit.start(home, new CalendarPlugin())) {
            Couple couple = kit.couple();
            couple.ben().leave();
            assertThatThrownBy(() -> kit.web("calendar").call(couple.ben(), "POST", "/feeds",
                    "{\"journeyId\":\"" + couple.ben().journeyId() + "\"}"))
                    .isInstanceOf(org.openup.spi.failure.RefusedException.class).hasMessageContaining("You left this journey");
        }
    }

    @Test
    void forgettingAMemberEndsTheirFeedAndErasesItsRow() throws Exception {
        try (PluginTestKit kit = PluginTestKit.start(home, new CalendarPlugin())) {
            // Given Ana has a feed address
            Couple couple = kit.couple();
            String url = (String) ((Map<?, ?>) kit.web("calendar").call(couple.ana(), "POST", "/feeds",
                    "{\"journeyId\":\"" + couple.ana().journeyId() + "\"}").body()).get("url");
            String path = url.substring(url.indexOf("/plugins/calendar") + "/plugins/calendar".length());
            assertThat(kit.web("calendar").call("GET", path, null).status()).isEqualTo(200);

            // When she is forgotten
            couple.ana().forget();

            // Then the address finds nothing and no row of hers is left
            assertThatThrownBy(() -> kit.web("calendar").call("GET", path, null)).isInstanceOf(NotFoundException.class);
            assertThat(kit.get(org.openup.engine.readmodel.Jdbc.class).one("SELECT COUNT(*) FROM calendar_feed WHERE member_id = ?",
                    rs -> rs.getLong(1), couple.ana().memberId())).contains(0L);
        }
    }

    @Test
    void longTextIsFoldedAndEscapedSoParsersReadItBackWhole() throws Exception {
        // Given a text longer than a content line, with the characters iCalendar escapes and multi-byte letters
        String text = "Grüße; über Zeit, Ort und Stille\\ — ".repeat(5) + "Ende";

        // When it is written and parsed
        String ics = new ICalendarWriter().line("BEGIN", "VCALENDAR").line("VERSION", "2.0").line("PRODID", "-//test//EN")
                .line("BEGIN", "VEVENT").line("UID", "u1").time("DTSTAMP", Instant.parse("2026-01-02T03:04:05Z"))
                .time("DTSTART", Instant.parse("2026-01-02T18:00:00Z")).text("SUMMARY", text)
                .line("END", "VEVENT").line("END", "VCALENDAR").toString();

        // Then no line is longer than 75 octets and the text comes back unchanged
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        VEvent event = parse(ics).<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(value(event, Property.SUMMARY)).isEqualTo(text);
    }
}
