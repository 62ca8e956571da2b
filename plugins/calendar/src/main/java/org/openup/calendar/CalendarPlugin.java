package org.openup.calendar;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.openup.conversation.Conversations;
import org.openup.journey.Journeys;
import org.openup.plugin.PluginModule;
import org.openup.spi.PluginStore;
import org.openup.spi.PublicAddress;

import java.time.Clock;

/**
 * Calendar: each member's chosen talk times as an iCalendar feed at a secret, revocable address,
 * and {@code openup calendar export} to a {@code .ics} file. The events carry times, lengths and
 * a reminder, never the words of an invitation.
 */
public final class CalendarPlugin extends PluginModule {

    @Override
    public String name() {
        return "calendar";
    }

    @Override
    protected void configure() {
        webRoutes(CalendarRoutes.class);
        memberData().to(Feeds.class);
        memberSettings().to(CalendarSettings.class);
        cliCommand(CalendarCommands.Export.class);
        cliCommand(CalendarCommands.Feed.class);
        cliCommand(CalendarCommands.Revoke.class);
    }

    @Provides
    @Singleton
    Feeds feeds(PluginStore store, Journeys journeys, Clock clock) {
        return new Feeds(store, journeys, clock);
    }

    @Provides
    @Singleton
    TalkCalendar calendar(Conversations conversations, Clock clock, PublicAddress address) {
        return new TalkCalendar(conversations, clock, address);
    }
}
