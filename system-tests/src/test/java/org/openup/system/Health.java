package org.openup.system;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** A node's {@code GET /health}, as a load balancer and an operator read it. */
final class Health {

    private Health() {
    }

    /** The projections this node reports as behind the newest event (empty once every one has caught up). */
    static List<String> projectionsBehind(Api api, URI node) throws Exception {
        JsonNode health = api.expect(200, node, "GET", "/health", null, null);
        List<String> behind = new ArrayList<>();
        for (JsonNode p : health.at("/store/processors")) {
            if (p.get("behind").asLong() > 0) {
                behind.add(p.get("name").asText() + " behind by " + p.get("behind").asLong());
            }
        }
        return behind;
    }
}
