package org.openup.calendar;

import org.openup.conversation.ConversationViews.Invitation;
import org.openup.conversation.Conversations;
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

    private final Conversations conversations;
    private final Clock clock;
    private final PublicAddress address;

    public TalkCalendar(Conversations conversations, Clock clock, PublicAddress address) {
        this.conversations = conversations;
        this.clock = clock;
        this.address = address;
    }

    public String of(String memberId, String journeyId) {
        List<Invitation> chosen = conversations.invitations(memberId, journeyId).stream()
                .filter(i -> "chosen".equals(i.status()) && i.talkAt() != null).toList();
        ICalendarWriter ics = new ICalendarWriter()
                .line("BEGIN", "VCALENDAR")
                .line("VERSION", "2.0")
                .line("PRODID", "-//OpenUp//Talk calendar//EN")
                .line("CALSCALE", "GREGORIAN")
                .text("X-WR-CALNAME", "OpenUp talks");
        for (Invitation i : chosen) {
            ics.line("BEGIN", "VEVENT")
                    .line("UID", i.invitationId() + "@openup")
                    .time("DTSTAMP", i.answeredAt() == null ? clock.instant() : i.answeredAt())
                    .time("DTSTART", i.talkAt())
                    .time("DTEND", i.talkAt().plus(Duration.ofMinutes(i.suggestedMinutes())))
                    .text("SUMMARY", "OpenUp talk (" + i.suggestedMinutes() + " min)")
                    .text("DESCRIPTION", "The time you chose for a talk, about " + i.suggestedMinutes()
                            + " minutes. Short and connecting is the aim. " + address.of("/#/invitations"));
            if (i.remindAt() != null && i.remindAt().isBefore(i.talkAt())) {
                long minutes = Duration.between(i.remindAt(), i.talkAt()).toMinutes();
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
