package org.openup.example.inbox;

import org.openup.spi.web.Routes;
import org.openup.spi.web.WebResponse;
import org.openup.spi.web.WebRoutes;

import java.util.Map;

/** {@code GET /plugins/inbox/}: the signed-in member's own inbox, nobody else's. */
final class InboxRoutes implements WebRoutes {

    private final Inbox inbox;

    InboxRoutes(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/", "My inbox: one line per notification", request ->
                WebResponse.json(200, Map.of("lines", inbox.lines(request.memberId()))));
    }
}
