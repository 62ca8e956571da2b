package org.openup.web.journey;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openup.member.MemberId;
import org.openup.spi.failure.NotFoundException;
import org.openup.spi.PartnerInviteSender;
import org.openup.web.JsonBodies;
import org.openup.web.access.Caller;
import org.openup.web.openapi.Api;
import org.openup.web.openapi.ApiRoutes;

import java.util.Map;

/** Sending the partner their join link through a plugin (by mail, say), beside showing the code. */
public final class PartnerInviteRoutes implements ApiRoutes {

    /** A way to send, as the home page offers it. */
    record Sender(String name, String label, String fieldLabel) {
    }

    record Send(String address) {
    }

    record Sent(String message) {
    }

    private final Map<String, PartnerInviteSender> senders;
    private final Caller caller;
    private final JsonBodies bodies;

    @Inject
    public PartnerInviteRoutes(Map<String, PartnerInviteSender> senders, Caller caller, JsonBodies bodies) {
        this.senders = senders;
        this.caller = caller;
        this.bodies = bodies;
    }

    @Override
    public void register(Api api) {
        Api a = api.tagged("Journeys");
        a.get("/api/v1/partner-invite-senders", "The ways this OpenUp can send a partner their join link", this::list);
        a.post("/api/v1/journeys/{journeyId}/partner-invitations/{sender}", "Make a new code and send its link to the partner "
                + "(the address is not kept)", Send.class, 202, this::send);
    }

    private void list(Context ctx) {
        caller.memberId(ctx);
        ctx.json(Map.of("senders", senders.entrySet().stream().filter(e -> e.getValue().available()).sorted(Map.Entry.comparingByKey())
                .map(e -> new Sender(e.getKey(), e.getValue().label(), e.getValue().fieldLabel())).toList()));
    }

    private void send(Context ctx) throws Exception {
        MemberId member = caller.memberId(ctx);
        PartnerInviteSender sender = senders.get(ctx.pathParam("sender"));
        if (sender == null || !sender.available()) {
            throw new NotFoundException("This OpenUp cannot send invitations that way.");
        }
        Send request = bodies.read(ctx, Send.class);
        // the plugin takes ids as text, and the host checks the journey as it checks any a plugin names
        sender.send(member.value(), ctx.pathParam("journeyId"), request.address());
        ctx.status(202).json(new Sent("Sent to " + request.address().strip() + ". The link works once; "
                + "if they do not see it, a look in their spam folder may help."));
    }
}
