package org.openup.system;

import java.net.URI;
import java.util.List;

/** A journey with both partners in it, set up through the API. */
record Couple(String journeyId, Api.Member ana, Api.Member ben) {

    List<Api.Member> members() {
        return List.of(ana, ben);
    }

    String path(String rest) {
        return "/api/v1/journeys/" + journeyId + rest;
    }

    /** Ana registers and starts the journey, Ben registers and joins it with her code; each step on the next node. */
    static Couple join(Api api, Targets targets, String tag) throws Exception {
        Api.Member ana = api.register(targets.next(), "ana-" + tag + "@example.org", "Ana");
        Api.Member ben = api.register(targets.next(), "ben-" + tag + "@example.org", "Ben");
        String journeyId = api.expect(201, targets.next(), "POST", "/api/v1/journeys", ana.token(), null)
                .get("journeyId").asText();
        String code = api.expect(201, targets.next(), "POST", "/api/v1/journeys/" + journeyId + "/partner-invitations",
                ana.token(), null).get("code").asText();
        api.expect(201, targets.next(), "POST", "/api/v1/join", ben.token(), "{\"code\":\"" + code + "\"}");
        return new Couple(journeyId, ana, ben);
    }

    /** The moment ids {@code member} sees in their list, from {@code node}. */
    List<String> momentsSeenBy(Api api, URI node, Api.Member member) throws Exception {
        return api.expect(200, node, "GET", path("/moments"), member.token(), null).get("moments")
                .findValuesAsText("momentId");
    }
}
