package org.openup.email;

import org.openup.spi.failure.NotFoundException;
import org.openup.spi.web.Routes;
import org.openup.spi.web.WebResponse;
import org.openup.spi.web.WebRoutes;

import java.util.Map;

/** The "stop all mail" link of every mail, which works without signing in. */
final class EmailRoutes implements WebRoutes {

    /** The token from the link. */
    public record Stop(String token) {
    }

    private final EmailPreferences preferences;

    EmailRoutes(EmailPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/unsubscribe", "Stop all mail to the member whose mail held this link (no sign-in needed)", Stop.class, request -> {
            if (!preferences.stopAll(request.body(Stop.class).token())) {
                throw new NotFoundException("This link is not known here. To change which mails you get, sign in and open Settings.");
            }
            return WebResponse.json(200, Map.of("message", "Done: OpenUp sends you no more mail. "
                    + "You can turn mails back on in Settings whenever you like."));
        });
    }
}
