package org.openup.web;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.testing.TestStores;
import org.openup.web.ApiOperations.Op;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.openup.web.ApiOperations.fill;
import static org.openup.web.MarkedJourneys.*;

/**
 * Who may call what, for every operation in {@code /openapi.json} (so a new route is in the matrix
 * as soon as it is registered): nobody without a session except a few public routes, nobody
 * outside a journey (they get the same 404 as for an id that does not exist), and inside a
 * journey nobody reads the partner's private entries. Every text written into Ana's and Ben's
 * entries carries a unique marker, so a leak shows wherever in a body it happens.
 */
class AccessControlMatrixTest {

    /** What anyone may call without signing in; every other operation answers 401. */
    private static final Set<String> PUBLIC = Set.of(
            "GET /health",
            "POST /api/v1/account",
            "POST /api/v1/session",
            "GET /api/v1/constraint-catalogue",
            "GET /api/v1/scene-vocabulary",
            "POST /api/v1/account/recovery");

    /**
     * Open to anyone who holds a secret they were mailed or given (a confirmation, reset or stop-mail
     * link's token, sent in the body): a guessed one is refused, with or without a session.
     */
    private static final Set<String> SECRET_IN_BODY = Set.of(
            "POST /api/v1/account/confirm", "POST /api/v1/account/password-reset", "POST /plugins/email/unsubscribe");

    /**
     * Open to anyone who knows the secret in the address (a calendar app cannot sign in): the right
     * secret answers 200, any other 404, with or without a session.
     */
    private static final Set<String> SECRET_ADDRESSES = Set.of("GET /plugins/calendar/feed/{token}");

    /** Path parameters naming entries that are their author's alone (not the couple's). */
    private static final Set<String> AUTHOR_ONLY_IDS = Set.of("questionId", "constraintId", "momentId", "endpointId");

    @TempDir
    Path home;

    private final AtomicInteger requests = new AtomicInteger();
    private ApiOperations api;

    @Test
    void everyOperationIsClosedToStrangersAndPrivateEntriesStayTheirAuthors() throws Exception {
        long began = System.nanoTime();
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            int port = app.port();
            ApiClient ana = new ApiClient(port);
            ApiClient ben = new ApiClient(port);
            ApiClient zoe = new ApiClient(port);
            Journey journey = MarkedJourneys.setUp(ana, ben, zoe);
            api = ApiOperations.of(ana);
            List<Op> ops = api.all();
            assertThat(ops).as("operations in /openapi.json").hasSizeGreaterThan(30);
            for (String route : PUBLIC) {
                assertThat(ops).as("the public route %s is in the document", route).anyMatch(op -> op.key().equals(route));
            }
            for (Op op : ops) {
                for (String param : op.pathParams()) {
                    if (!journey.anasIds().containsKey(param)) {
                        fail("%s has the path parameter {%s}, which this test does not know how to fill: add it to Journey",
                                op.key(), param);
                    }
                }
            }
            List<String> everyMarker = Stream.of(ANA_PRIVATE, ANA_SHARED, BEN_PRIVATE, BEN_SHARED).flatMap(List::stream).toList();

            SoftAssertions soft = new SoftAssertions();
            anonymousCallersGetOnly401(soft, port, ops, journey, everyMarker);
            strangersGet404ForEverythingInTheJourney(soft, zoe, ops, journey, everyMarker);
            partnersCannotActOnEachOthersPrivateEntries(soft, ana, ben, ops, journey);
            partnersSeeWhatIsSharedAndNothingPrivate(soft, ana, ben, zoe, ops, journey);
            soft.assertAll();
        }
        System.out.printf("AccessControlMatrixTest: %d requests in %d ms%n", requests.get(),
                (System.nanoTime() - began) / 1_000_000);
    }

    /** No session, a made-up session cookie, a made-up bearer token: 401 everywhere but the public routes. */
    private void anonymousCallersGetOnly401(SoftAssertions soft, int port, List<Op> ops, Journey journey, List<String> markers)
            throws Exception {
        ApiClient anonymous = new ApiClient(port);
        List<Map<String, String>> credentials = List.of(Map.of(),
                Map.of("Cookie", "openup_session=" + UUID.randomUUID()),
                Map.of("Authorization", "Bearer " + UUID.randomUUID()),
                Map.of("Authorization", "Basic YW5hQGV4YW1wbGUub3JnOmEgbG9uZyBlbm91Z2ggc2VjcmV0"));
        for (Op op : ops) {
            String path = fill(op, journey.anasIds());
            if (SECRET_ADDRESSES.contains(op.key())) {
                ApiClient.Answer right = send(new ApiClient(port), op.method(), path, null, Map.of());
                soft.assertThat(right.status()).as("anonymous %s with the secret", op.key()).isEqualTo(200);
                assertNoMarker(soft, "anonymous " + op.key(), right, markers);
                Map<String, String> guessed = new HashMap<>(journey.anasIds());
                guessed.replaceAll((k, v) -> UUID.randomUUID().toString());
                assertProblem(soft, "anonymous " + op.key() + " with a guessed secret", send(anonymous, op.method(),
                        fill(op, guessed), null, Map.of()), 404);
                continue;
            }
            if (SECRET_IN_BODY.contains(op.key())) {
                ApiClient.Answer guessed = send(new ApiClient(port), op.method(), path, body(op, journey.anasIds(), BY_ANONYMOUS), Map.of());
                soft.assertThat(guessed.status()).as("anonymous %s with a guessed secret", op.key()).isIn(404, 409);
                assertNoMarker(soft, "anonymous " + op.key(), guessed, markers);
                continue;
            }
            if (PUBLIC.contains(op.key())) {
                // a fresh client each time: signing in must not make the next anonymous call a signed-in one
                ApiClient.Answer answer = send(new ApiClient(port), op.method(), path, body(op, journey.anasIds(), BY_ANONYMOUS), Map.of());
                soft.assertThat(answer.status()).as("anonymous %s (public)", op.key()).isBetween(200, 299);
                assertNoMarker(soft, "anonymous " + op.key(), answer, markers);
                continue;
            }
            for (Map<String, String> credential : credentials) {
                ApiClient.Answer answer = send(anonymous, op.method(), path, body(op, journey.anasIds(), BY_ANONYMOUS), credential);
                assertProblem(soft, "anonymous " + op.key() + " with " + credential.keySet(), answer, 401);
                assertNoMarker(soft, "anonymous " + op.key(), answer, markers);
            }
            if (op.bodyProperties() != null) {
                // nothing about the body is checked before the caller is known
                ApiClient.Answer noBody = send(anonymous, op.method(), path, null, Map.of());
                assertProblem(soft, "anonymous " + op.key() + " without a body", noBody, 401);
                ApiClient.Answer badBody = send(anonymous, op.method(), path, "{\"nonsense\":", Map.of());
                assertProblem(soft, "anonymous " + op.key() + " with malformed JSON", badBody, 401);
            }
        }
    }

    /**
     * Zoe is signed in but not in the journey: every operation naming it answers 404, exactly as for
     * ids that do not exist at all; and their entries' ids do not work through her own journey either.
     */
    private void strangersGet404ForEverythingInTheJourney(SoftAssertions soft, ApiClient zoe, List<Op> ops, Journey journey,
                                                          List<String> markers) throws Exception {
        Map<String, String> unknown = new HashMap<>();
        journey.anasIds().keySet().forEach(k -> unknown.put(k, UUID.randomUUID().toString()));
        Map<String, String> theirIdsInHerJourney = new HashMap<>(journey.anasIds());
        theirIdsInHerJourney.put("journeyId", journey.zoesJourney());
        for (Op op : ops) {
            if (op.method().equals("get") && op.pathParams().isEmpty()) {
                ApiClient.Answer answer = send(zoe, op.method(), op.path(), null, Map.of());
                soft.assertThat(answer.status()).as("Zoe %s", op.key()).isEqualTo(200);
                assertNoMarker(soft, "Zoe " + op.key(), answer, markers);
            }
            if (!op.inJourney()) {
                continue;
            }
            String what = "Zoe " + op.key();
            ApiClient.Answer theirs = send(zoe, op.method(), fill(op, journey.anasIds()), body(op, journey.anasIds(), BY_ZOE), Map.of());
            assertProblem(soft, what + " in their journey", theirs, 404);
            assertNoMarker(soft, what + " in their journey", theirs, markers);
            ApiClient.Answer none = send(zoe, op.method(), fill(op, unknown), body(op, unknown, BY_ZOE), Map.of());
            assertProblem(soft, what + " with unknown ids", none, 404);
            if (theirs.body() != null && none.body() != null) {
                soft.assertThat(theirs.body().get("type")).as("%s: their journey looks like no journey", what)
                        .isEqualTo(none.body().get("type"));
                soft.assertThat(theirs.body().get("title")).as("%s: their journey looks like no journey", what)
                        .isEqualTo(none.body().get("title"));
            }
            if (op.pathParams().size() > 1) {
                ApiClient.Answer viaHers = send(zoe, op.method(), fill(op, theirIdsInHerJourney),
                        body(op, theirIdsInHerJourney, BY_ZOE), Map.of());
                assertProblem(soft, what + " with their ids in her own journey", viaHers, 404);
                assertNoMarker(soft, what + " with their ids in her own journey", viaHers, markers);
            }
        }
        for (String id : List.of(journey.id(), UUID.randomUUID().toString())) {
            ApiClient.Answer markdown = send(zoe, "get", "/api/v1/journeys/" + id + "/export?format=markdown", null, Map.of());
            assertProblem(soft, "Zoe's Markdown export of " + id, markdown, 404);
            assertNoMarker(soft, "Zoe's Markdown export", markdown, markers);
        }
    }

    /** Questions, constraints and moments are their author's alone: the partner cannot act on them either. */
    private void partnersCannotActOnEachOthersPrivateEntries(SoftAssertions soft, ApiClient ana, ApiClient ben, List<Op> ops,
                                                            Journey journey) throws Exception {
        int checked = 0;
        for (Op op : ops) {
            if (op.pathParams().stream().noneMatch(AUTHOR_ONLY_IDS::contains)) {
                continue;
            }
            ApiClient.Answer benOnAnas = send(ben, op.method(), fill(op, journey.anasIds()), body(op, journey.anasIds(), BY_BEN), Map.of());
            assertProblem(soft, "Ben " + op.key() + " on Ana's entry", benOnAnas, 404);
            assertNoMarker(soft, "Ben " + op.key() + " on Ana's entry", benOnAnas, ANA_PRIVATE);
            ApiClient.Answer anaOnBens = send(ana, op.method(), fill(op, journey.bensIds()), body(op, journey.bensIds(), BY_ANA), Map.of());
            assertProblem(soft, "Ana " + op.key() + " on Ben's entry", anaOnBens, 404);
            assertNoMarker(soft, "Ana " + op.key() + " on Ben's entry", anaOnBens, BEN_PRIVATE);
            checked++;
        }
        assertThat(checked).as("operations on author-only entries").isGreaterThanOrEqualTo(5);
    }

    /**
     * Every GET as Ana and as Ben: nothing private of the other, nothing any failed attempt typed,
     * nothing of Zoe's; each one's own entries and what the partner shared are where they belong.
     */
    private void partnersSeeWhatIsSharedAndNothingPrivate(SoftAssertions soft, ApiClient ana, ApiClient ben, ApiClient zoe,
                                                         List<Op> ops, Journey journey) throws Exception {
        List<String> neverShown = new ArrayList<>(ATTEMPTS);
        neverShown.addAll(ZOE_ALL);
        record Viewer(String name, ApiClient client, Map<String, String> ids, List<String> own, List<String> partnersPrivate,
                      List<String> partnersShared) {
        }
        List<String> anasOwn = Stream.concat(ANA_PRIVATE.stream(), ANA_SHARED.stream()).toList();
        List<String> bensOwn = Stream.concat(BEN_PRIVATE.stream(), BEN_SHARED.stream()).toList();
        for (Viewer viewer : List.of(new Viewer("Ana", ana, journey.anasIds(), anasOwn, BEN_PRIVATE, BEN_SHARED),
                new Viewer("Ben", ben, journey.bensIds(), bensOwn, ANA_PRIVATE, ANA_SHARED))) {
            Map<String, String> bodies = new LinkedHashMap<>();
            for (Op op : ops) {
                if (!op.method().equals("get")) {
                    continue;
                }
                ApiClient.Answer answer = send(viewer.client(), "get", fill(op, viewer.ids()), null, Map.of());
                soft.assertThat(answer.status()).as("%s %s", viewer.name(), op.key()).isEqualTo(200);
                bodies.put(op.path(), answer.raw().body());
            }
            var markdown = send(viewer.client(), "get", "/api/v1/journeys/" + journey.id() + "/export?format=markdown", null, Map.of());
            soft.assertThat(markdown.status()).as("%s's Markdown export", viewer.name()).isEqualTo(200);
            bodies.put("/api/v1/journeys/{journeyId}/export?format=markdown", markdown.raw().body());

            String all = String.join("\n", bodies.values());
            bodies.forEach((path, body) -> {
                for (String marker : viewer.partnersPrivate()) {
                    soft.assertThat(body).as("%s GET %s must not show the partner's private %s", viewer.name(), path, marker)
                            .doesNotContain(marker);
                }
                for (String marker : neverShown) {
                    soft.assertThat(body).as("%s GET %s must not show %s", viewer.name(), path, marker).doesNotContain(marker);
                }
            });
            for (String marker : viewer.own()) {
                soft.assertThat(all).as("%s sees her or his own %s somewhere", viewer.name(), marker).contains(marker);
            }
            for (String marker : viewer.partnersShared()) {
                String at = "/api/v1/journeys/{journeyId}" + SHARED_SHOWN_AT.get(marker);
                soft.assertThat(bodies.get(at)).as("%s GET %s shows the partner's shared %s", viewer.name(), at, marker).contains(marker);
                soft.assertThat(bodies.get("/api/v1/journeys/{journeyId}/export"))
                        .as("%s's export has the partner's shared %s", viewer.name(), marker).contains(marker);
            }
            // the thanks reach the partner, the moment behind them does not
            soft.assertThat(bodies.get("/api/v1/journeys/{journeyId}/thanks-received"))
                    .as("%s's thanks received", viewer.name())
                    .contains(viewer.name().equals("Ana") ? BEN_THANKS : ANA_THANKS)
                    .doesNotContain(viewer.name().equals("Ana") ? BEN_MOMENT : ANA_MOMENT);
        }
        // Zoe's own journey is hers: it shows her entries and nothing of theirs
        String zoes = send(zoe, "get", "/api/v1/journeys/" + journey.zoesJourney() + "/export", null, Map.of()).raw().body();
        soft.assertThat(zoes).contains(ZOE_ALL);
        for (String marker : Stream.of(ANA_PRIVATE, ANA_SHARED, BEN_PRIVATE, BEN_SHARED, ATTEMPTS).flatMap(List::stream).toList()) {
            soft.assertThat(zoes).as("Zoe's own export must not show %s", marker).doesNotContain(marker);
        }
    }

    private String body(Op op, Map<String, String> ids, String typed) {
        var body = api.body(op, ids, typed);
        return body == null ? null : body.toString();
    }

    private ApiClient.Answer send(ApiClient client, String method, String path, String body, Map<String, String> headers)
            throws Exception {
        requests.incrementAndGet();
        return client.send(method.toUpperCase(Locale.ROOT), path, body == null ? null : HttpRequest.BodyPublishers.ofString(body),
                headers, true);
    }

    private static void assertProblem(SoftAssertions soft, String what, ApiClient.Answer answer, int status) {
        soft.assertThat(answer.status()).as("%s: status (body %s)", what, answer.raw().body()).isEqualTo(status);
        soft.assertThat(answer.contentType()).as("%s: content type", what).startsWith("application/problem+json");
        if (answer.body() != null) {
            soft.assertThat(answer.body().path("status").asInt()).as("%s: problem status", what).isEqualTo(status);
            soft.assertThat(answer.body().path("detail").asText()).as("%s: problem detail", what).isNotBlank()
                    .doesNotContain("Exception").doesNotContain("\tat ");
        } else {
            soft.fail("%s: no problem document in the answer: %s", what, answer.raw().body());
        }
    }

    private static void assertNoMarker(SoftAssertions soft, String what, ApiClient.Answer answer, List<String> markers) {
        String body = answer.raw().body();
        for (String marker : markers) {
            soft.assertThat(body).as("%s must not show %s", what, marker).doesNotContain(marker);
        }
    }
}
