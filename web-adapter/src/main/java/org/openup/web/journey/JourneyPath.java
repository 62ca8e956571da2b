package org.openup.web.journey;

import io.javalin.http.Context;
import org.openup.journey.JourneyId;

/** The journey a route's path names ({@code /api/v1/journeys/{journeyId}/…}), parsed once where the request arrives. */
public final class JourneyPath {

    private JourneyPath() {
    }

    /**
     * The {@code {journeyId}} of the path. One that cannot be an id names none of the caller's
     * journeys, so it is not found (404), exactly like an unknown one. Routes ask for it after the
     * caller and the body, so those are refused first, as before ids were typed.
     */
    public static JourneyId id(Context ctx) {
        return JourneyId.named(ctx.pathParam("journeyId"));
    }
}
