package org.openup.calendar;

import org.openup.spi.OpenUpPlugin;
import org.openup.spi.PluginContext;

/**
 * Calendar: each member's chosen talk times as an iCalendar feed at a secret, revocable address,
 * and {@code openup calendar export} to a {@code .ics} file. The events carry times, lengths and
 * a reminder, never the words of an invitation.
 */
public final class CalendarPlugin implements OpenUpPlugin {

    @Override
    public String name() {
        return "calendar";
    }

    @Override
    public void register(PluginContext context) {
        Feeds feeds = new Feeds(context.store(), context.journeys(), context.clock());
        TalkCalendar calendar = new TalkCalendar(context.journeys(), context.clock(), context.publicAddress());
        context.webRoutes(new CalendarRoutes(feeds, calendar));
        context.memberData(feeds);
        context.memberSettings(new CalendarSettings(feeds, context.journeys(), context.publicAddress()));
        CalendarCommands.of(feeds, calendar, context.publicAddress()).forEach(context::cliCommand);
    }
}
