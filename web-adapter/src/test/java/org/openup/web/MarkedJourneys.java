package org.openup.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openup.web.ApiOperations.tomorrowEvening;

/**
 * Two journeys written through the API, for tests about who sees what: Ana and Ben together, with
 * entries of every kind, some private and some shared, and Zoe alone in hers. Every text carries a
 * unique marker, so a leak shows wherever in a body it happens.
 */
final class MarkedJourneys {

    private MarkedJourneys() {
    }

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
    static final String ZOE_MOMENT = "ZOE-PRIVATE-MOMENT-4d17";
    static final String ZOE_SCENE = "ZOE-OWN-SCENE-a96c";
    static final String ZOE_TOPIC = "ZOE-OWN-TOPIC-3b08";
    static final String ZOE_RATING = "ZOE-PRIVATE-RATING-7c55";
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
    static final List<String> ZOE_ALL = List.of(ZOE_QUESTION, ZOE_CONSTRAINT, ZOE_MOMENT, ZOE_SCENE, ZOE_TOPIC, ZOE_RATING);
    static final List<String> ATTEMPTS = List.of(BY_ANONYMOUS, BY_ZOE, BY_BEN, BY_ANA);

    /** Where the partner must see each shared marker (besides their export). */
    static final Map<String, String> SHARED_SHOWN_AT = Map.ofEntries(
            Map.entry(ANA_SHARED_CONSTRAINT, "/constraints"), Map.entry(ANA_THANKS, "/thanks-received"),
            Map.entry(ANA_SCENE, "/scenes"), Map.entry(ANA_TOPIC, "/invitations"), Map.entry(ANA_ASKS_BEN, "/partner-questions"),
            Map.entry(BEN_SHARED_CONSTRAINT, "/constraints"), Map.entry(BEN_THANKS, "/thanks-received"),
            Map.entry(BEN_SCENE, "/scenes"), Map.entry(BEN_ASKS_ANA, "/partner-questions"));

    /** Ana's and Ben's journey with the ids of their entries (each member's own), and Zoe's with hers. */
    record Journey(String id, Map<String, String> anasIds, Map<String, String> bensIds, Map<String, String> zoesIds) {
        String zoesJourney() {
            return zoesIds.get("journeyId");
        }
    }

    /** Every marker written into the journeys. */
    static List<String> everyMarker() {
        return Stream.of(ANA_PRIVATE, ANA_SHARED, BEN_PRIVATE, BEN_SHARED, ZOE_ALL).flatMap(List::stream).toList();
    }

    /** Registers the three (each client stays signed in as its member) and writes their journeys. */
    static Journey setUp(ApiClient ana, ApiClient ben, ApiClient zoe) throws Exception {
        ana.register("ana@example.org", "Ana");
        ben.register("ben@example.org", "Ben");
        zoe.register("zoe@example.org", "Zoe");
        String j = expect(ana, "POST", "/api/v1/journeys", null, 201).get("journeyId").asText();
        String base = "/api/v1/journeys/" + j;
        String code = expect(ana, "POST", base + "/partner-invitations", null, 201).get("code").asText();
        expect(ben, "POST", "/api/v1/join", json("code", code), 201);
        expect(ben, "PUT", base + "/time-zone", json("zone", "Europe/Berlin"), 200);

        Map<String, String> zoes = zoeAlone(zoe);

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
        String anasEndpoint = expect(ana, "POST", "/plugins/webhook/endpoints", json("url", "https://93.184.215.14/ana"), 201)
                .get("endpointId").asText();
        String bensEndpoint = expect(ben, "POST", "/plugins/webhook/endpoints", json("url", "https://93.184.215.14/ben"), 201)
                .get("endpointId").asText();

        Map<String, String> shared = Map.of("journeyId", j, "sceneId", anasScene, "invitationId", invitation, "talkId", talk,
                "askId", anasAsk, "sender", "email", "plugin", "calendar", "action", "make-feed", "itemId", j);
        Map<String, String> anas = new HashMap<>(shared);
        anas.putAll(Map.of("questionId", anasQuestion, "constraintId", anasConstraint, "momentId", anasMoment,
                "token", anasFeed.substring(anasFeed.lastIndexOf('/') + 1), "endpointId", anasEndpoint));
        Map<String, String> bens = new HashMap<>(shared);
        bens.putAll(Map.of("questionId", bensQuestion, "constraintId", bensConstraint, "momentId", bensMoment, "askId", bensAsk,
                "token", bensFeed.substring(bensFeed.lastIndexOf('/') + 1), "endpointId", bensEndpoint));
        return new Journey(j, Map.copyOf(anas), Map.copyOf(bens), zoes);
    }


    /**
     * Zoe alone (solo mode): something in every feature, so her entries can leak from wherever they
     * are kept. Alone she cannot ask a partner's question, so her ids have no {@code askId}.
     */
    private static Map<String, String> zoeAlone(ApiClient zoe) throws Exception {
        String j = expect(zoe, "POST", "/api/v1/journeys", null, 201).get("journeyId").asText();
        String base = "/api/v1/journeys/" + j;
        String question = expect(zoe, "POST", base + "/questions",
                json("question", "Why does nobody tell me anything " + ZOE_QUESTION), 201).at("/reframed/questionId").asText();
        String constraint = expect(zoe, "POST", base + "/constraints",
                json("kind", "fear-of-conflict", "note", ZOE_CONSTRAINT), 201).get("constraintId").asText();
        String moment = expect(zoe, "POST", base + "/moments", json("what", "He told me about his father " + ZOE_MOMENT), 201)
                .get("momentId").asText();
        String scene = expect(zoe, "POST", base + "/scenes", json("name", ZOE_SCENE, "place", "car", "movement", "driving"), 201)
                .get("sceneId").asText();
        // alone, Zoe records that she asked in person, and what he chose
        String invitation = expect(zoe, "POST", base + "/invitations",
                "{\"topicHint\":\"" + ZOE_TOPIC + "\",\"sceneIds\":[\"" + scene + "\"]}", 201).get("invitationId").asText();
        expect(zoe, "POST", base + "/invitations/" + invitation + "/choice", json("at", tomorrowEvening(), "sceneId", scene), 200);
        String talk = expect(zoe, "POST", base + "/talks",
                "{\"invitationId\":\"" + invitation + "\",\"minutes\":5,\"sceneId\":\"" + scene + "\"}", 201).get("talkId").asText();
        expect(zoe, "POST", base + "/talks/" + talk + "/rating",
                "{\"feltOpen\":3,\"outcome\":\"neutral\",\"gotInTheWay\":\"" + ZOE_RATING + "\"}", 200);
        String feed = expect(zoe, "POST", "/plugins/calendar/feeds", json("journeyId", j), 201).get("url").asText();
        String endpoint = expect(zoe, "POST", "/plugins/webhook/endpoints", json("url", "https://93.184.215.14/zoe"), 201)
                .get("endpointId").asText();
        return Map.of("journeyId", j, "questionId", question, "constraintId", constraint,
                "momentId", moment, "sceneId", scene, "invitationId", invitation, "talkId", talk,
                "token", feed.substring(feed.lastIndexOf('/') + 1), "endpointId", endpoint);
    }

    static JsonNode expect(ApiClient client, String method, String path, String body, int status) throws Exception {
        ApiClient.Answer answer = client.call(method, path, body);
        assertThat(answer.status()).as("%s %s: %s", method, path, answer.raw().body()).isEqualTo(status);
        return answer.body();
    }

    static String json(String... keysAndValues) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return node.toString();
    }
}
