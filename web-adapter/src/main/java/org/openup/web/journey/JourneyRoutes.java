package org.openup.web.journey;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openup.account.Accounts;
import org.openup.journey.JourneyView;
import org.openup.journey.Journeys;
import org.openup.web.JsonBodies;
import org.openup.web.access.Caller;

import java.util.Map;

/**
 * The journey API for a signed-in member: start one, invite a partner, join with a code, leave,
 * and read journeys as the calling member sees them.
 */
public final class JourneyRoutes {

    /** The display name defaults to the account's. */
    record StartRequest(String displayName) {
    }

    record JoinRequest(String code, String displayName) {
    }

    private final Journeys journeys;
    private final Accounts accounts;
    private final Caller caller;
    private final JsonBodies bodies;

    @Inject
    public JourneyRoutes(Journeys journeys, Accounts accounts, Caller caller, JsonBodies bodies) {
        this.journeys = journeys;
        this.accounts = accounts;
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

    private void start(Context ctx) {
        String member = caller.memberId(ctx);
        StartRequest request = bodies.readOptional(ctx, StartRequest.class, new StartRequest(null));
        var started = journeys.start(member, nameOf(member, request.displayName()));
        ctx.status(201).header("Location", "/api/v1/journeys/" + started.journeyId());
        ctx.json(journeys.journey(member, started.journeyId()));
    }

    private String nameOf(String member, String given) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        return accounts.byMember(member).map(Accounts.Account::displayName).orElse(null);
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
        String member = caller.memberId(ctx);
        JoinRequest request = bodies.read(ctx, JoinRequest.class);
        var joined = journeys.join(member, request.code(), nameOf(member, request.displayName()));
        ctx.status(201).header("Location", "/api/v1/journeys/" + joined.journeyId());
        ctx.json(journeys.journey(member, joined.journeyId()));
    }
}
