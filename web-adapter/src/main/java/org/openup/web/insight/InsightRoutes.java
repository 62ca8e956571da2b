package org.openup.web.insight;

import org.openup.web.openapi.Api;
import org.openup.web.openapi.ApiRoutes;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openup.insight.Insights;
import org.openup.insight.WeeklyOpenness;
import org.openup.member.MemberId;
import org.openup.web.JsonBodies;
import org.openup.web.access.Caller;
import org.openup.web.journey.JourneyPath;

import java.util.Map;

/** What the couple can learn, as the calling member may see it, and their timeline. */
public final class InsightRoutes implements ApiRoutes {

    /** Whether the caller sees the weekly openness figure. */
    record Shown(Boolean on) {
    }

    private final Insights insights;
    private final Caller caller;
    private final WeeklyOpenness openness;
    private final JsonBodies bodies;
    private final KeptJson kept = new KeptJson();

    @Inject
    public InsightRoutes(Insights insights, Caller caller, WeeklyOpenness openness, JsonBodies bodies) {
        this.insights = insights;
        this.caller = caller;
        this.openness = openness;
        this.bodies = bodies;
    }

    @Override
    public void register(Api api) {
        Api a = api.tagged("Insights");
        a.get("/api/v1/journeys/{journeyId}/insights", "Ladder, scenes, progress, gratitude, milestones, constraint map", this::all);
        a.get("/api/v1/journeys/{journeyId}/way-through", "Which of the method's steps the caller has taken, and the next one", ctx ->
                ctx.json(insights.wayThrough(caller.memberId(ctx), JourneyPath.id(ctx))));
        a.get("/api/v1/me/weekly-openness", "Whether I see how open my talks felt, week by week (off until turned on)", ctx ->
                ctx.json(new Shown(openness.shownTo(caller.memberId(ctx)))));
        a.put("/api/v1/me/weekly-openness", "Turn the weekly openness figure on or off for me", Shown.class, 200, ctx -> {
            MemberId member = caller.memberId(ctx); // who asks first: a stranger learns nothing from the body's errors
            boolean on = Boolean.TRUE.equals(bodies.read(ctx, Shown.class).on());
            openness.show(member, on);
            ctx.json(new Shown(on));
        });
        a.get("/api/v1/journeys/{journeyId}/timeline", "Everything the caller may see, newest first", ctx ->
                kept.answer(ctx, insights.timeline(caller.memberId(ctx), JourneyPath.id(ctx)), entries -> Map.of("entries", entries)));
    }

    private void all(Context ctx) {
        kept.answer(ctx, insights.overview(caller.memberId(ctx), JourneyPath.id(ctx)), overview -> overview);
    }
}
