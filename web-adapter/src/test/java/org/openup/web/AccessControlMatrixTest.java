package org.openup.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.testing.TestStores;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
            "GET /api/v1/scene-vocabulary");

    /**
     * Open to anyone who knows the secret in the address (a calendar app cannot sign in): the right
     * secret answers 200, any other 404, with or without a session.
     */
    private static final Set<String> SECRET_ADDRESSES = Set.of("GET /plugins/calendar/feed/{token}");

    /** Path parameters naming entries that are their author's alone (not the couple's). */
    private static final Set<String> AUTHOR_ONLY_IDS = Set.of("questionId", "constraintId", "momentId", "endpointId");

    private static final String PASSWORD = "a long enough secret";
    private static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}");

    // Ana's private entries
    static final String ANA_QUESTION = "ANA-PRIVATE-QUESTION-7f3a";
    static final String ANA_QUESTION_EDIT = "ANA-PRIVATE-QUESTION-EDIT-2b9c";
    static final String ANA_CONSTRAINT = "ANA-PRIVATE-CONSTRAINT-7f3a";
    static final String ANA_OWN_TITLE = "ANA-PRIVATE-OWN-TITLE-51de";
    static final String ANA_MOMENT = "ANA-PRIVATE-MOMENT-0c1e";
    static final String ANA_RATING = "ANA-PRIVATE-RATING-9d2f";
    static final String ANA_PRIVATE_ANSWER = "ANA-PRIVATE-ANSWER-a3c0";
    // what Ana shares with Ben
    static final String ANA_SHARED_CONSTRAINT = "ANA-SHARED-CONSTRAINT-44a1";
    static final String ANA_THANKS = "ANA-SHARED-THANKS-e83b";
    static final String ANA_SCENE = "ANA-SHARED-SCENE-6a0d";
    static final String ANA_TOPIC = "ANA-SHARED-TOPIC-c7f2";
    static final String ANA_ASKS_BEN = "ANA-SHARED-PARTNER-QUESTION-3e5a";
    // Ben's private entries
    static final String BEN_QUESTION = "BEN-PRIVATE-QUESTION-5e21";
    static final String BEN_CONSTRAINT = "BEN-PRIVATE-CONSTRAINT-b7d4";
    static final String BEN_MOMENT = "BEN-PRIVATE-MOMENT-19fa";
    static final String BEN_RATING = "BEN-PRIVATE-RATING-c250";
    static final String BEN_PRIVATE_ANSWER = "BEN-PRIVATE-ANSWER-7e6b";
    // what Ben shares with Ana
    static final String BEN_SHARED_CONSTRAINT = "BEN-SHARED-CONSTRAINT-0f93";
    static final String BEN_THANKS = "BEN-SHARED-THANKS-d41c";
    static final String BEN_SCENE = "BEN-SHARED-SCENE-2c8e";
    static final String BEN_ASKS_ANA = "BEN-SHARED-PARTNER-QUESTION-6b70";
    // Zoe's, in her own journey
    static final String ZOE_QUESTION = "ZOE-PRIVATE-QUESTION-8a1f";
    static final String ZOE_CONSTRAINT = "ZOE-PRIVATE-CONSTRAINT-e0b2";
    // what each caller types into the writes it must not be able to make
    static final String BY_ANONYMOUS = "ATTEMPT-ANONYMOUS-41c9";
    static final String BY_ZOE = "ATTEMPT-ZOE-93d5";
    static final String BY_BEN = "ATTEMPT-BEN-0a6e";
    static final String BY_ANA = "ATTEMPT-ANA-f27b";

    static final List<String> ANA_PRIVATE = List.of(ANA_QUESTION, ANA_QUESTION_EDIT, ANA_CONSTRAINT, ANA_OWN_TITLE, ANA_MOMENT,
            ANA_RATING, ANA_PRIVATE_ANSWER);
    static final List<String> ANA_SHARED = List.of(ANA_SHARED_CONSTRAINT, ANA_THANKS, ANA_SCENE, ANA_TOPIC, ANA_ASKS_BEN);
    static final List<String> BEN_PRIVATE = List.of(BEN_QUESTION, BEN_CONSTRAINT, BEN_MOMENT, BEN_RATING, BEN_PRIVATE_ANSWER);
    static final List<String> BEN_SHARED = List.of(BEN_SHARED_CONSTRAINT, BEN_THANKS, BEN_SCENE, BEN_ASKS_ANA);
    static final List<String> ATTEMPTS = List.of(BY_ANONYMOUS, BY_ZOE, BY_BEN, BY_ANA);

    /** Where the partner must see each shared marker (besides their export). */
    static final Map<String, String> SHARED_SHOWN_AT = Map.ofEntries(
            Map.entry(ANA_SHARED_CONSTRAINT, "/constraints"), Map.entry(ANA_THANKS, "/thanks-received"),
            Map.entry(ANA_SCENE, "/scenes"), Map.entry(ANA_TOPIC, "/invitations"), Map.entry(ANA_ASKS_BEN, "/partner-questions"),
            Map.entry(BEN_SHARED_CONSTRAINT, "/constraints"), Map.entry(BEN_THANKS, "/thanks-received"),
            Map.entry(BEN_SCENE, "/scenes"), Map.entry(BEN_ASKS_ANA, "/partner-questions"));

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One operation of the OpenAPI document. */
    record Op(String method, String path, List<String> pathParams, JsonNode bodyProperties) {
        String key() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }

        boolean inJourney() {
            return pathParams.contains("journeyId");
        }
    }

    @TempDir
    Path home;

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger emails = new AtomicInteger();
    private Map<String, List<String>> vocabulary;

    @Test
    void everyOperationIsClosedToStrangersAndPrivateEntriesStayTheirAuthors() throws Exception {
        long began = System.nanoTime();
        try (WebApp app = WebApp.start(TestStores.H2.newStore(home), "127.0.0.1", 0)) {
            int port = app.port();
            ApiClient ana = new ApiClient(port);
            ApiClient ben = new ApiClient(port);
            ApiClient zoe = new ApiClient(port);
            ana.register("ana@example.org", "Ana");
            ben.register("ben@example.org", "Ben");
            zoe.register("zoe@example.org", "Zoe");
            vocabulary = JSON.convertValue(expect(ana, "GET", "/api/v1/scene-vocabulary", null, 200),
                    JSON.getTypeFactory().constructMapType(Map.class, JSON.getTypeFactory().constructType(String.class),
                            JSON.getTypeFactory().constructCollectionType(List.class, String.class)));

            Journey journey = setUp(ana, ben, zoe);
            List<Op> ops = operations(ana);
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

    /** Ana's and Ben's journey, with the ids of their entries, and Zoe's journey. */
    record Journey(String id, Map<String, String> anasIds, Map<String, String> bensIds, String zoesJourney) {
    }

    private Journey setUp(ApiClient ana, ApiClient ben, ApiClient zoe) throws Exception {
        String j = expect(ana, "POST", "/api/v1/journeys", null, 201).get("journeyId").asText();
        String base = "/api/v1/journeys/" + j;
        String code = expect(ana, "POST", base + "/partner-invitations", null, 201).get("code").asText();
        expect(ben, "POST", "/api/v1/join", json("code", code), 201);
        expect(ben, "PUT", base + "/time-zone", json("zone", "Europe/Berlin"), 200);

        String zoesJourney = expect(zoe, "POST", "/api/v1/journeys", null, 201).get("journeyId").asText();
        expect(zoe, "POST", "/api/v1/journeys/" + zoesJourney + "/questions",
                json("question", "Why does nobody tell me anything " + ZOE_QUESTION), 201);
        expect(zoe, "POST", "/api/v1/journeys/" + zoesJourney + "/constraints",
                json("kind", "fear-of-conflict", "note", ZOE_CONSTRAINT), 201);

        // step 1: private questions, one reframing accepted with an edit
        String anasQuestion = expect(ana, "POST", base + "/questions",
                json("question", "Why won't he tell me about his day " + ANA_QUESTION), 201).at("/reframed/questionId").asText();
        expect(ana, "POST", base + "/questions/" + anasQuestion + "/decision",
                json("decision", "edited", "text", "What makes sharing his day hard for him " + ANA_QUESTION_EDIT), 200);
        String bensQuestion = expect(ben, "POST", base + "/questions",
                json("question", "Why does she go quiet after work " + BEN_QUESTION), 201).at("/reframed/questionId").asText();

        // step 2: constraints, private until shared (one of them with Ana's own title)
        String anasConstraint = expect(ana, "POST", base + "/constraints",
                json("kind", "stress-and-overload", "note", ANA_CONSTRAINT), 201).get("constraintId").asText();
        expect(ana, "POST", base + "/constraints", json("kind", "own", "title", ANA_OWN_TITLE, "note", "kept to myself"), 201);
        String anasShared = expect(ana, "POST", base + "/constraints",
                json("kind", "family-of-origin", "note", ANA_SHARED_CONSTRAINT), 201).get("constraintId").asText();
        expect(ana, "PUT", base + "/constraints/" + anasShared + "/sharing", "{\"shared\":true}", 204);
        String bensConstraint = expect(ben, "POST", base + "/constraints",
                json("kind", "fear-of-conflict", "note", BEN_CONSTRAINT), 201).get("constraintId").asText();
        String bensShared = expect(ben, "POST", base + "/constraints",
                json("kind", "grief-or-health", "note", BEN_SHARED_CONSTRAINT), 201).get("constraintId").asText();
        expect(ben, "PUT", base + "/constraints/" + bensShared + "/sharing", "{\"shared\":true}", 204);

        // celebrating: a private moment each, and the thanks that reach the partner
        String anasMoment = expect(ana, "POST", base + "/moments", json("what", "Ben told me about his sister " + ANA_MOMENT), 201)
                .get("momentId").asText();
        expect(ana, "POST", base + "/moments/" + anasMoment + "/thanks", json("thanks", "Thank you for that " + ANA_THANKS), 204);
        String bensMoment = expect(ben, "POST", base + "/moments", json("what", "Ana laughed about her boss " + BEN_MOMENT), 201)
                .get("momentId").asText();
        expect(ben, "POST", base + "/moments/" + bensMoment + "/thanks", json("thanks", "I loved hearing it " + BEN_THANKS), 204);

        // step 3: scenes (shared library), an invitation Ben answers with a time, a talk both rate privately
        String anasScene = expect(ana, "POST", base + "/scenes",
                json("name", ANA_SCENE, "timeOfDay", "evening", "place", "kitchen", "foodAndDrink", "tea or coffee"), 201)
                .get("sceneId").asText();
        expect(ben, "POST", base + "/scenes", json("name", BEN_SCENE, "place", "outdoors", "movement", "walking"), 201);
        String invitation = expect(ana, "POST", base + "/invitations",
                "{\"topicHint\":\"" + ANA_TOPIC + "\",\"sceneIds\":[\"" + anasScene + "\"]}", 201).get("invitationId").asText();
        JsonNode chosen = expect(ben, "POST", base + "/invitations/" + invitation + "/choice",
                json("at", tomorrowEvening(), "sceneId", anasScene), 200);
        assertThat(chosen.get("status").asText()).isEqualTo("chosen");
        String talk = expect(ben, "POST", base + "/talks",
                "{\"invitationId\":\"" + invitation + "\",\"minutes\":6,\"sceneId\":\"" + anasScene + "\"}", 201).get("talkId").asText();
        expect(ana, "POST", base + "/talks/" + talk + "/rating",
                "{\"feltOpen\":4,\"outcome\":\"connected\",\"gotInTheWay\":\"" + ANA_RATING + "\"}", 200);
        expect(ben, "POST", base + "/talks/" + talk + "/rating",
                "{\"feltOpen\":2,\"outcome\":\"neutral\",\"gotInTheWay\":\"" + BEN_RATING + "\"}", 200);

        // partner questions, each answered without sharing the answer
        String anasAsk = expect(ana, "POST", base + "/partner-questions", json("question", "What makes it hard? " + ANA_ASKS_BEN), 201)
                .get("askId").asText();
        expect(ben, "POST", base + "/partner-questions/" + anasAsk + "/answer",
                "{\"answer\":\"" + BEN_PRIVATE_ANSWER + "\",\"share\":false}", 200);
        String bensAsk = expect(ben, "POST", base + "/partner-questions", json("question", "What weighs on you? " + BEN_ASKS_ANA), 201)
                .get("askId").asText();
        expect(ana, "POST", base + "/partner-questions/" + bensAsk + "/answer",
                "{\"answer\":\"" + ANA_PRIVATE_ANSWER + "\",\"share\":false}", 200);

        // the plugins: each a calendar feed address and a webhook endpoint of their own
        String anasFeed = expect(ana, "POST", "/plugins/calendar/feeds", json("journeyId", j), 201).get("url").asText();
        String bensFeed = expect(ben, "POST", "/plugins/calendar/feeds", json("journeyId", j), 201).get("url").asText();
        String anasEndpoint = expect(ana, "POST", "/plugins/webhook/endpoints", json("url", "https://example.org/ana"), 201)
                .get("endpointId").asText();
        String bensEndpoint = expect(ben, "POST", "/plugins/webhook/endpoints", json("url", "https://example.org/ben"), 201)
                .get("endpointId").asText();

        Map<String, String> shared = Map.of("journeyId", j, "sceneId", anasScene, "invitationId", invitation, "talkId", talk,
                "askId", anasAsk);
        Map<String, String> anas = new HashMap<>(shared);
        anas.putAll(Map.of("questionId", anasQuestion, "constraintId", anasConstraint, "momentId", anasMoment,
                "token", anasFeed.substring(anasFeed.lastIndexOf('/') + 1), "endpointId", anasEndpoint));
        Map<String, String> bens = new HashMap<>(shared);
        bens.putAll(Map.of("questionId", bensQuestion, "constraintId", bensConstraint, "momentId", bensMoment, "askId", bensAsk,
                "token", bensFeed.substring(bensFeed.lastIndexOf('/') + 1), "endpointId", bensEndpoint));
        return new Journey(j, Map.copyOf(anas), Map.copyOf(bens), zoesJourney);
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
        neverShown.addAll(List.of(ZOE_QUESTION, ZOE_CONSTRAINT));
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
        soft.assertThat(zoes).contains(ZOE_QUESTION, ZOE_CONSTRAINT);
        for (String marker : Stream.of(ANA_PRIVATE, ANA_SHARED, BEN_PRIVATE, BEN_SHARED, ATTEMPTS).flatMap(List::stream).toList()) {
            soft.assertThat(zoes).as("Zoe's own export must not show %s", marker).doesNotContain(marker);
        }
    }

    // --- the OpenAPI document, and requests made from it ---

    private List<Op> operations(ApiClient client) throws Exception {
        JsonNode paths = expect(client, "GET", "/openapi.json", null, 200).get("paths");
        List<Op> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext(); ) {
                Map.Entry<String, JsonNode> method = m.next();
                List<String> params = new ArrayList<>();
                for (JsonNode parameter : method.getValue().path("parameters")) {
                    if (parameter.path("in").asText().equals("path")) {
                        params.add(parameter.get("name").asText());
                    }
                }
                Matcher inPath = PATH_PARAM.matcher(path.getKey());
                List<String> named = new ArrayList<>();
                while (inPath.find()) {
                    named.add(inPath.group(1));
                }
                assertThat(params).as("path parameters of %s %s", method.getKey(), path.getKey()).isEqualTo(named);
                JsonNode schema = method.getValue().at("/requestBody/content/application~1json/schema/properties");
                ops.add(new Op(method.getKey(), path.getKey(), List.copyOf(params), schema.isMissingNode() ? null : schema));
            }
        }
        return ops;
    }

    private static String fill(Op op, Map<String, String> ids) {
        String path = op.path();
        for (String param : op.pathParams()) {
            String id = ids.get(param);
            if (id == null) {
                fail("%s has the path parameter {%s}, which this test does not know how to fill", op.key(), param);
            }
            path = path.replace("{" + param + "}", id);
        }
        return path;
    }

    /** A request body every property of which is valid on its own, so only who is asking can make it fail. */
    private String body(Op op, Map<String, String> ids, String typed) {
        if (op.bodyProperties() == null) {
            return null;
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = op.bodyProperties().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode value = sample(op, property.getKey(), ids, typed);
            String type = property.getValue().path("type").asText();
            boolean fits = switch (type) {
                case "string" -> value.isTextual();
                case "integer" -> value.isInt();
                case "boolean" -> value.isBoolean();
                case "array" -> value.isArray();
                default -> false;
            };
            assertThat(fits).as("the sample for %s in %s fits its type %s", property.getKey(), op.key(), type).isTrue();
            body.set(property.getKey(), value);
        }
        return body.toString();
    }

    private JsonNode sample(Op op, String property, Map<String, String> ids, String typed) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (vocabulary.containsKey(property)) {
            return f.textNode(vocabulary.get(property).get(0));
        }
        return switch (property) {
            case "email" -> f.textNode(op.path().equals("/api/v1/session") ? "zoe@example.org"
                    : "someone-" + emails.incrementAndGet() + "@example.org");
            case "password", "currentPassword" -> f.textNode(PASSWORD);
            case "newPassword" -> f.textNode("another long enough secret");
            case "code" -> f.textNode("ABCD-EFGH-JKMN");
            case "decision" -> f.textNode("edited");
            case "kind" -> f.textNode("stress-and-overload");
            case "outcome" -> f.textNode("connected");
            case "zone" -> f.textNode("Europe/Berlin");
            case "at" -> f.textNode(tomorrowEvening());
            case "heldAt" -> f.textNode(Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
            case "question" -> f.textNode("Why does he never say what he needs " + typed);
            case "displayName", "text", "title", "note", "what", "thanks", "answer", "name", "notes", "topicHint", "gotInTheWay" ->
                    f.textNode("Something " + typed);
            case "shared", "share" -> f.booleanNode(true);
            case "startedByPartner" -> f.booleanNode(false);
            case "minutes" -> f.numberNode(5);
            case "feltOpen" -> f.numberNode(4);
            case "sceneId", "invitationId", "journeyId" -> f.textNode(ids.get(property));
            case "url" -> f.textNode("https://example.org/hook-" + typed);
            case "sceneIds" -> {
                ArrayNode list = f.arrayNode();
                list.add(ids.get("sceneId"));
                yield list;
            }
            default -> throw new AssertionError(op.key() + " takes the body property '" + property
                    + "', for which this test has no valid sample: add one to sample()");
        };
    }

    private ApiClient.Answer send(ApiClient client, String method, String path, String body, Map<String, String> headers)
            throws Exception {
        requests.incrementAndGet();
        return client.send(method.toUpperCase(Locale.ROOT), path, body == null ? null : HttpRequest.BodyPublishers.ofString(body),
                headers, true);
    }

    private JsonNode expect(ApiClient client, String method, String path, String body, int status) throws Exception {
        ApiClient.Answer answer = send(client, method, path, body, Map.of());
        assertThat(answer.status()).as("%s %s: %s", method, path, answer.raw().body()).isEqualTo(status);
        return answer.body();
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

    private static String json(String... keysAndValues) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return node.toString();
    }

    private static String tomorrowEvening() {
        return LocalDateTime.now().plusDays(1).withHour(19).withMinute(30).truncatedTo(ChronoUnit.MINUTES)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }
}
