package org.openup.web.conversation;

import org.openup.web.openapi.Api;
import org.openup.web.openapi.ApiRoutes;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openup.conversation.Conversations;
import org.openup.conversation.Outcome;
import org.openup.member.MemberId;
import org.openup.spi.failure.InvalidInputException;
import org.openup.journey.JourneyId;
import org.openup.journey.Journeys;
import org.openup.safety.Safety;
import org.openup.web.JsonBodies;
import org.openup.web.access.Caller;
import org.openup.web.journey.JourneyPath;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Going meta and short talks: invitations the partner answers, talks, private ratings, time zones. */
public final class ConversationRoutes implements ApiRoutes {

    record NewInvitation(String topicHint, Integer minutes, List<String> sceneIds) {
    }

    /** {@code at}: an instant with offset, or a local date-time read in {@code zone} (default: the member's). */
    record Choice(String at, String zone, String sceneId) {
    }

    record NewTalk(String invitationId, String heldAt, Integer minutes, String sceneId, Boolean startedByPartner) {
    }

    record Rating(Integer feltOpen, String outcome, String gotInTheWay) {
    }

    record Zone(String zone) {
    }

    private static final String J = "/api/v1/journeys/{journeyId}";

    private final Conversations conversations;
    private final Journeys journeys;
    private final Caller caller;
    private final JsonBodies bodies;
    private final Safety safety;

    @Inject
    public ConversationRoutes(Conversations conversations, Journeys journeys, Caller caller, JsonBodies bodies, Safety safety) {
        this.safety = safety;
        this.conversations = conversations;
        this.journeys = journeys;
        this.caller = caller;
        this.bodies = bodies;
    }

    @Override
    public void register(Api api) {
        Api a = api.tagged("Conversations");
        a.put(J + "/time-zone", "Set the caller's time zone", Zone.class, 200, ctx -> {
            MemberId member = caller.memberId(ctx);
            String zone = bodies.read(ctx, Zone.class).zone();
            ctx.json(journeys.setTimeZone(member, j(ctx), zone));
        });
        a.get(J + "/invitations", "Invitations the caller sent or received", ctx ->
                ctx.json(Map.of("invitations", conversations.invitations(caller.memberId(ctx), j(ctx)))));
        a.post(J + "/invitations", "Invite the partner to talk (alone: record asking in person)", NewInvitation.class, 201, this::invite);
        a.post(J + "/invitations/{invitationId}/choice", "The invitee chooses a time and scene", Choice.class, 200, this::choose);
        a.post(J + "/invitations/{invitationId}/not-now", "Not now, no reason needed", null, 200, ctx ->
                ctx.json(conversations.notNow(caller.memberId(ctx), j(ctx), ctx.pathParam("invitationId"))));
        a.post(J + "/invitations/{invitationId}/decline", "Decline the invitation", null, 200, ctx ->
                ctx.json(conversations.decline(caller.memberId(ctx), j(ctx), ctx.pathParam("invitationId"))));
        a.post(J + "/invitations/{invitationId}/withdraw", "The asker takes back an invitation still waiting", null, 200, ctx ->
                ctx.json(conversations.withdraw(caller.memberId(ctx), j(ctx), ctx.pathParam("invitationId"))));
        a.post(J + "/deeper-topics/ready", "Say deeper topics are welcome now", null, 204, ctx -> {
            conversations.readyForDeeperTopics(caller.memberId(ctx), j(ctx));
            ctx.status(204);
        });
        a.post(J + "/ladder/resume", "Go on after a safety note paused the caller's talk ladder", null, 204, ctx -> {
            safety.resumeLadder(caller.memberId(ctx), j(ctx));
            ctx.status(204);
        });
        a.get(J + "/talks", "Talks, each with the caller's own rating only", ctx ->
                ctx.json(Map.of("talks", conversations.talks(caller.memberId(ctx), j(ctx)))));
        a.post(J + "/talks", "Record a talk that happened", NewTalk.class, 201, this::recordTalk);
        a.post(J + "/talks/{talkId}/rating", "Rate a talk privately", Rating.class, 200, this::rate);
    }

    private static JourneyId j(Context ctx) {
        return JourneyPath.id(ctx);
    }

    private void invite(Context ctx) {
        MemberId member = caller.memberId(ctx);
        NewInvitation n = bodies.readOptional(ctx, NewInvitation.class, new NewInvitation(null, null, null));
        ctx.status(201).json(conversations.invite(member, j(ctx), n.topicHint(), n.minutes(), n.sceneIds()));
    }

    private void choose(Context ctx) {
        MemberId member = caller.memberId(ctx);
        Choice c = bodies.read(ctx, Choice.class);
        JourneyId journey = j(ctx);
        Instant at = conversations.timeAsTyped(member, journey, "at", c.at(), c.zone());
        ctx.json(conversations.chooseTime(member, journey, ctx.pathParam("invitationId"), at, c.zone(), c.sceneId()));
    }

    private void recordTalk(Context ctx) {
        MemberId member = caller.memberId(ctx);
        NewTalk t = bodies.read(ctx, NewTalk.class);
        if (t.minutes() == null) {
            throw new InvalidInputException("minutes", "How many minutes did you talk?");
        }
        JourneyId journey = j(ctx);
        Instant heldAt = t.heldAt() == null ? null : conversations.timeAsTyped(member, journey, "heldAt", t.heldAt(), null);
        ctx.status(201).json(conversations.recordTalk(member, journey, t.invitationId(), heldAt, t.minutes(), t.sceneId(),
                Boolean.TRUE.equals(t.startedByPartner())));
    }

    private void rate(Context ctx) {
        MemberId member = caller.memberId(ctx);
        Rating r = bodies.read(ctx, Rating.class);
        if (r.feltOpen() == null) {
            throw new InvalidInputException("feltOpen", "How open did it feel, from 1 to 5?");
        }
        ctx.json(conversations.rate(member, j(ctx), ctx.pathParam("talkId"), r.feltOpen(), Outcome.parse(r.outcome()),
                r.gotInTheWay()));
    }
}
