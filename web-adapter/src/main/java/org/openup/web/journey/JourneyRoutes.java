package org.openup.web.journey;

import org.openup.web.openapi.Api;
import org.openup.web.openapi.ApiRoutes;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openup.account.Accounts;
import org.openup.journey.JourneyId;
import org.openup.journey.JourneyView;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.web.JsonBodies;
import org.openup.web.access.Caller;

import java.util.Map;

/**
 * The journey API for a signed-in member: start one, invite a partner, join with a code, leave,
 * and read journeys as the calling member sees them.
 */
public final class JourneyRoutes implements ApiRoutes {

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

    @Override
    public void register(Api api) {
        Api a = api.tagged("Journeys");
        a.post("/api/v1/journeys", "Start a journey", StartRequest.class, 201, this::start);
        a.get("/api/v1/journeys", "The caller's journeys", this::list);
        a.get("/api/v1/journeys/{journeyId}", "One journey as the caller sees it", this::show);
        a.post("/api/v1/journeys/{journeyId}/partner-invitations", "Create a one-time code for the partner", null, 201, this::invite);
        a.post("/api/v1/journeys/{journeyId}/leave", "Leave the journey", null, 200, this::leave);
        a.post("/api/v1/join", "Join a partner's journey with their code", JoinRequest.class, 201, this::join);
    }

    private void start(Context ctx) {
        MemberId member = caller.memberId(ctx);
        StartRequest request = bodies.readOptional(ctx, StartRequest.class, new StartRequest(null));
        var started = journeys.start(member, nameOf(member, request.displayName()));
        ctx.status(201).header("Location", "/api/v1/journeys/" + started.journeyId());
        ctx.json(journeys.journey(member, started.journeyId()));
    }

    private String nameOf(MemberId member, String given) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        return accounts.byMember(member).map(Accounts.Account::displayName).orElse(null);
    }

    private void list(Context ctx) {
        ctx.json(Map.of("journeys", journeys.journeysOf(caller.memberId(ctx))));
    }

    private void show(Context ctx) {
        ctx.json(journeys.journey(caller.memberId(ctx), JourneyPath.id(ctx)));
    }

    private void invite(Context ctx) {
        var invitation = journeys.invitePartner(caller.memberId(ctx), JourneyPath.id(ctx));
        ctx.status(201).json(invitation);
    }

    private void leave(Context ctx) {
        MemberId member = caller.memberId(ctx);
        JourneyId journey = JourneyPath.id(ctx);
        journeys.leave(member, journey);
        ctx.json(journeys.journey(member, journey));
    }

    private void join(Context ctx) {
        MemberId member = caller.memberId(ctx);
        JoinRequest request = bodies.read(ctx, JoinRequest.class);
        var joined = journeys.join(member, request.code(), nameOf(member, request.displayName()));
        ctx.status(201).header("Location", "/api/v1/journeys/" + joined.journeyId());
        ctx.json(journeys.journey(member, joined.journeyId()));
    }
}
