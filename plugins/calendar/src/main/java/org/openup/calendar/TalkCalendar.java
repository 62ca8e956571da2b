package org.openup.calendar;

import org.openup.spi.MemberJourneys;
import org.openup.spi.PublicAddress;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The member's chosen talks as an iCalendar document. It reads through the core's viewing-member
 * query, so it holds only invitations the member sent or received, and it writes no words from
 * them (topic hints stay in the app): a summary that names OpenUp, the length and a link.
 */
public final class TalkCalendar {

    private final MemberJourneys journeys;
    private final Clock clock;
    private final PublicAddress address;

    public TalkCalendar(MemberJourneys journeys, Clock clock, PublicAddress address) {
        this.journeys = journeys;
        this.clock = clock;
        this.address = address;
    }

    public String of(String memberId, String journeyId) {
        List<MemberJourneys.ChosenTalk> chosen = journeys.chosenTalks(memberId, journeyId);
        ICalendarWriter ics = new ICalendarWriter()
                .line("BEGIN", "VCALENDAR")
                .line("VERSION", "2.0")
                .line("PRODID", "-//OpenUp//Talk calendar//EN")
                .line("CALSCALE", "GREGORIAN")
                .text("X-WR-CALNAME", "OpenUp talks");
        for (MemberJourneys.ChosenTalk i : chosen) {
            ics.line("BEGIN", "VEVENT")
                    .line("UID", i.invitationId() + "@openup")
                    .time("DTSTAMP", i.chosenAt() == null ? clock.instant() : i.chosenAt())
                    .time("DTSTART", i.at())
                    .time("DTEND", i.at().plus(Duration.ofMinutes(i.minutes())))
                    .text("SUMMARY", "OpenUp talk (" + i.minutes() + " min)")
                    .text("DESCRIPTION", "The time you chose for a talk, about " + i.minutes()
                            + " minutes. Short and connecting is the aim. " + address.of("/#/invitations"));
            if (i.remindAt() != null && i.remindAt().isBefore(i.at())) {
                long minutes = Duration.between(i.remindAt(), i.at()).toMinutes();
                ics.line("BEGIN", "VALARM")
                        .line("ACTION", "DISPLAY")
                        .text("DESCRIPTION", "OpenUp talk in " + minutes + " minutes")
                        .line("TRIGGER;RELATED=START", "-PT" + minutes + "M")
                        .line("END", "VALARM");
            }
            ics.line("END", "VEVENT");
        }
        return ics.line("END", "VCALENDAR").toString();
    }
}
