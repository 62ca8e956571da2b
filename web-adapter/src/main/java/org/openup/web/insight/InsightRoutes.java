package org.openup.web.insight;

import org.openup.web.openapi.Api;
import org.openup.web.openapi.ApiRoutes;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openup.insight.Insights;
import org.openup.web.access.Caller;

import java.util.Map;

/** What the couple can learn, as the calling member may see it, and their timeline. */
public final class InsightRoutes implements ApiRoutes {

    private final Insights insights;
    private final Caller caller;

    @Inject
    public InsightRoutes(Insights insights, Caller caller) {
        this.insights = insights;
        this.caller = caller;
    }

    @Override
    public void register(Api api) {
        Api a = api.tagged("Insights");
        a.get("/api/v1/journeys/{journeyId}/insights", "Ladder, scenes, progress, gratitude, milestones, constraint map", this::all);
        a.get("/api/v1/journeys/{journeyId}/way-through", "Which of the method's steps the caller has taken, and the next one", ctx ->
                ctx.json(insights.wayThrough(caller.memberId(ctx), ctx.pathParam("journeyId"))));
        a.get("/api/v1/journeys/{journeyId}/timeline", "Everything the caller may see, newest first", ctx ->
                ctx.json(Map.of("entries", insights.timeline(caller.memberId(ctx), ctx.pathParam("journeyId")))));
    }

    private void all(Context ctx) {
        ctx.json(insights.overview(caller.memberId(ctx), ctx.pathParam("journeyId")));
    }
}
