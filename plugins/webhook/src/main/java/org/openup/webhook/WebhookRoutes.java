package org.openup.webhook;

import org.openup.spi.web.Routes;
import org.openup.spi.web.WebResponse;
import org.openup.spi.web.WebRoutes;

import java.util.Map;

/** A signed-in member's endpoints: register (the secret is shown once), list, remove. */
final class WebhookRoutes implements WebRoutes {

    /** The request to register an endpoint. */
    public record NewEndpoint(String url) {
    }

    private final Endpoints endpoints;

    WebhookRoutes(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/endpoints", "Register a webhook endpoint for my notifications; answers its signing secret once",
                NewEndpoint.class, request -> {
                    String member = request.memberId();
                    return WebResponse.json(201, endpoints.register(member, request.body(NewEndpoint.class).url()));
                });
        routes.get("/endpoints", "My webhook endpoints", request ->
                WebResponse.json(200, Map.of("endpoints", endpoints.of(request.memberId()))));
        routes.delete("/endpoints/{endpointId}", "Remove one of my webhook endpoints", request -> {
            endpoints.remove(request.memberId(), request.pathParam("endpointId"));
            return WebResponse.noContent();
        });
    }
}
