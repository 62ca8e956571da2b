package org.openup.web.journey;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openup.access.AccessTokens;
import org.openup.journey.JourneyView;
import org.openup.journey.Journeys;
import org.openup.member.MemberIds;
import org.openup.web.JsonBodies;
import org.openup.web.access.Caller;

import java.util.Map;

/**
 * The journey API: start one (which also creates the member and their access token), invite a
 * partner, join with a code, leave, and read journeys as the calling member sees them.
 */
public final class JourneyRoutes {

    record StartRequest(String displayName) {
    }

    record JoinRequest(String code, String displayName) {
    }

    /** A new member's first answer: the only time their access token is shown. */
    record Welcome(String memberId, String accessToken, JourneyView journey) {
    }

    private final Journeys journeys;
    private final AccessTokens tokens;
    private final Caller caller;
    private final JsonBodies bodies;

    @Inject
    public JourneyRoutes(Journeys journeys, AccessTokens tokens, Caller caller, JsonBodies bodies) {
        this.journeys = journeys;
        this.tokens = tokens;
        this.caller = caller;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/journeys", this::start);
        routes.get("/api/v1/journeys", this::list);
        routes.get("/api/v1/journeys/{journeyId}", this::show);
        routes.post("/api/v1/journeys/{journeyId}/partner-invitations", this::invite);
        routes.post("/api/v1/journeys/{journeyId}/leave", this::leave);
        routes.post("/api/v1/join", this::join);
    }

    /** Signed in: the caller starts another journey. Not signed in: a new member is created too. */
    private void start(Context ctx) {
        StartRequest request = bodies.read(ctx, StartRequest.class);
        boolean signedIn = ctx.header("Authorization") != null;
        String member = signedIn ? caller.memberId(ctx) : MemberIds.newId();
        var started = journeys.start(member, request.displayName());
        JourneyView journey = journeys.journey(member, started.journeyId());
        ctx.status(201).header("Location", "/api/v1/journeys/" + started.journeyId());
        ctx.json(signedIn ? journey : new Welcome(member, tokens.issue(member), journey));
    }

    private void list(Context ctx) {
        ctx.json(Map.of("journeys", journeys.journeysOf(caller.memberId(ctx))));
    }

    private void show(Context ctx) {
        ctx.json(journeys.journey(caller.memberId(ctx), ctx.pathParam("journeyId")));
    }

    private void invite(Context ctx) {
        var invitation = journeys.invitePartner(caller.memberId(ctx), ctx.pathParam("journeyId"));
        ctx.status(201).json(invitation);
    }

    private void leave(Context ctx) {
        String member = caller.memberId(ctx);
        journeys.leave(member, ctx.pathParam("journeyId"));
        ctx.json(journeys.journey(member, ctx.pathParam("journeyId")));
    }

    private void join(Context ctx) {
        JoinRequest request = bodies.read(ctx, JoinRequest.class);
        boolean signedIn = ctx.header("Authorization") != null;
        String member = signedIn ? caller.memberId(ctx) : MemberIds.newId();
        var joined = journeys.join(member, request.code(), request.displayName());
        JourneyView journey = journeys.journey(member, joined.journeyId());
        ctx.status(201).header("Location", "/api/v1/journeys/" + joined.journeyId());
        ctx.json(signedIn ? journey : new Welcome(member, tokens.issue(member), journey));
    }
}
