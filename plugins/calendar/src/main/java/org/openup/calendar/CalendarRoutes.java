package org.openup.calendar;

import org.openup.spi.failure.NotFoundException;
import org.openup.spi.web.Routes;
import org.openup.spi.web.WebResponse;
import org.openup.spi.web.WebRoutes;

import java.util.Map;

/**
 * The feed itself needs no session (calendar apps cannot sign in): its secret address is the key.
 * Making and revoking the address need the signed-in member.
 */
final class CalendarRoutes implements WebRoutes {

    /** The request for a new feed address. */
    public record NewFeed(String journeyId) {
    }

    private final Feeds feeds;
    private final TalkCalendar calendar;

    CalendarRoutes(Feeds feeds, TalkCalendar calendar) {
        this.feeds = feeds;
        this.calendar = calendar;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/feeds", "A new secret calendar feed address for my chosen talks (earlier ones stop working)", NewFeed.class,
                request -> {
                    String member = request.memberId();
                    String token = feeds.create(member, request.body(NewFeed.class).journeyId());
                    return WebResponse.json(201, Map.of("url", request.baseUrl() + Feeds.path(token)));
                });
        routes.delete("/feeds/{journeyId}", "Revoke my calendar feed for a journey", request -> {
            feeds.revoke(request.memberId(), request.pathParam("journeyId"));
            return WebResponse.noContent();
        });
        routes.get("/feed/{token}", "The calendar feed (iCalendar) at a secret address", request -> {
            String token = request.pathParam("token").replaceFirst("\\.ics$", "");
            Feeds.Owner owner = feeds.owner(token).orElseThrow(() -> new NotFoundException("No calendar feed at this address."));
            // not cached anywhere: the web host sends every plugin answer with Cache-Control: no-store
            return WebResponse.text(200, "text/calendar; charset=utf-8", calendar.of(owner.memberId(), owner.journeyId()));
        });
    }
}
