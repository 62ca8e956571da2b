package org.openup.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.openup.testing.TestStores;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a careless or hostile client may send to the write routes, over real HTTP: broken JSON,
 * wrong types, missing fields, empty and huge bodies, unknown words, bad times and zones, texts
 * too long or with control characters. The answer is always a 4xx problem document with a
 * sentence for a person (never a stack trace, never our class names, never a 5xx). What the API
 * accepts (emoji, right-to-left text, markup in notes) comes back exactly as it was written.
 */
class BadInputTest {

    private static final String PASSWORD = "a long enough secret";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @TempDir
    Path home;

    private final AtomicInteger requests = new AtomicInteger();
    private SoftAssertions soft;

    /** On both stores: NUL characters, broken surrogates and extreme dates are where databases differ. */
    @ParameterizedTest
    @EnumSource(TestStores.class)
    void everyBadInputIsARefusalAPersonCanReadAndWhatIsAcceptedRoundTrips(TestStores store) throws Exception {
        long began = System.nanoTime();
        soft = new SoftAssertions();
        try {
            run(store);
        } catch (AssertionError stopped) { // a setup or round-trip step failed: report it with everything seen so far
            soft.fail(stopped.getMessage(), stopped);
        }
        soft.assertAll();
        System.out.printf("BadInputTest on %s: %d requests in %d ms%n", store, requests.get(), (System.nanoTime() - began) / 1_000_000);
    }

    private void run(TestStores store) throws Exception {
        try (WebApp app = WebApp.start(store.newStore(home), "127.0.0.1", 0)) {
            int port = app.port();
            ApiClient ana = new ApiClient(port);
            ApiClient ben = new ApiClient(port);
            ana.register("ana@example.org", "Ana");
            ben.register("ben@example.org", "Ben");
            String j = ok(ana, "POST", "/api/v1/journeys", null, 201).get("journeyId").asText();
            String base = "/api/v1/journeys/" + j;
            String code = ok(ana, "POST", base + "/partner-invitations", null, 201).get("code").asText();
            ok(ben, "POST", "/api/v1/join", obj("code", code).toString(), 201);
            ok(ben, "PUT", base + "/time-zone", obj("zone", "Europe/Berlin").toString(), 200);
            String question = ok(ana, "POST", base + "/questions", obj("question", "why won't he talk to me").toString(), 201)
                    .at("/reframed/questionId").asText();
            String constraint = ok(ana, "POST", base + "/constraints", obj("kind", "stress-and-overload").toString(), 201)
                    .get("constraintId").asText();
            String moment = ok(ana, "POST", base + "/moments", obj("what", "Ben talked about work").toString(), 201)
                    .get("momentId").asText();
            String scene = ok(ana, "POST", base + "/scenes", obj("name", "Sunday walk", "place", "outdoors").toString(), 201)
                    .get("sceneId").asText();
            String invitation = ok(ana, "POST", base + "/invitations", "{\"sceneIds\":[\"" + scene + "\"]}", 201)
                    .get("invitationId").asText();
            String talk = ok(ben, "POST", base + "/talks", "{\"minutes\":5}", 201).get("talkId").asText();
            String ask = ok(ana, "POST", base + "/partner-questions", obj("question", "What makes it hard?").toString(), 201)
                    .get("askId").asText();

            String journeys = "/api/v1/journeys";
            String join = "/api/v1/join";
            String questions = base + "/questions";
            String decision = base + "/questions/" + question + "/decision";
            String constraints = base + "/constraints";
            String note = base + "/constraints/" + constraint + "/note";
            String sharing = base + "/constraints/" + constraint + "/sharing";
            String scenes = base + "/scenes";
            String sceneAt = base + "/scenes/" + scene;
            String invitations = base + "/invitations";
            String choice = base + "/invitations/" + invitation + "/choice";
            String talks = base + "/talks";
            String rating = base + "/talks/" + talk + "/rating";
            String moments = base + "/moments";
            String thanks = base + "/moments/" + moment + "/thanks";
            String partnerQuestions = base + "/partner-questions";
            String answer = base + "/partner-questions/" + ask + "/answer";
            String timeZone = base + "/time-zone";
            String account = "/api/v1/account";
            String session = "/api/v1/session";
            String password = "/api/v1/account/password";
            String tomorrow = LocalDateTime.now().plusDays(1).withHour(19).withMinute(30).truncatedTo(ChronoUnit.MINUTES)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));

            // --- bodies that are not what any route reads ---
            for (String[] route : new String[][]{{"POST", journeys}, {"POST", join}, {"POST", questions}, {"POST", decision},
                    {"POST", constraints}, {"PUT", note}, {"PUT", sharing}, {"POST", scenes}, {"PUT", sceneAt},
                    {"POST", invitations}, {"POST", choice}, {"POST", talks}, {"POST", rating}, {"POST", moments},
                    {"POST", thanks}, {"POST", partnerQuestions}, {"POST", answer}, {"PUT", timeZone}, {"POST", account},
                    {"POST", session}, {"PUT", password}}) {
                ApiClient who = route[1].equals(choice) || route[1].equals(answer) ? ben : ana;
                String m = route[0];
                String p = route[1];
                refused(who, m, p, "{\"what\":", 400, null);
                refused(who, m, p, "{\"what\" \"no colon\"}", 400, null);
                refused(who, m, p, "{'single':'quotes'}", 400, null);
                refused(who, m, p, "[]", 400, null);
                refused(who, m, p, "\"just a string\"", 400, null);
                refused(who, m, p, "42", 400, null);
                refused(who, m, p, "null", 400, null);
                refused(who, m, p, "{\"a\":1} trailing", 400, null);
                refused(who, m, p, "{\"deep\":" + "[".repeat(5000) + "]".repeat(5000) + "}", 400, null);
                refused(who, m, p, bytes(0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D), Map.of(), 400, null); // bad UTF-8
                refused(who, m, p, "what=a+form".getBytes(StandardCharsets.UTF_8),
                        Map.of("Content-Type", "application/x-www-form-urlencoded"), 415, null);
                String huge = obj("what", "x".repeat(70_000)).toString();
                refused(who, m, p, huge, 413, null);
                refused(who, m, p, huge.getBytes(StandardCharsets.UTF_8), Map.of("X-Chunked", "yes"), 413, null);
                if (!p.equals(journeys) && !p.equals(invitations)) { // those two take an empty body as "all defaults"
                    refused(who, m, p, new byte[0], Map.of(), 400, null);
                }
            }

            // --- ids in the path that are no ids: nothing there (a NUL, or bytes that are no UTF-8, make the address itself
            // unreadable, and a PUT to it is answered with a problem document like a GET), never a store error ---
            List<String> unreadable = List.of("%00", "x%00y", "%C0%AE%C0%AE", "%ED%A0%80", "%FF%FE");
            for (String junk : Stream.concat(unreadable.stream(),
                    Stream.of("%E2%80%AE", "%F0%9F%98%82", "..%2F..%2Fetc", "'%20OR%201=1--", "x".repeat(300))).toList()) {
                int status = unreadable.contains(junk) ? 400 : 404;
                refused(ana, "POST", base + "/questions/" + junk + "/decision", obj("decision", "accepted"), status, null);
                refused(ana, "PUT", base + "/constraints/" + junk + "/note", obj("note", "x"), status, null);
                refused(ana, "PUT", base + "/constraints/" + junk + "/sharing", "{\"shared\":true}", status, null);
                refused(ana, "POST", base + "/moments/" + junk + "/thanks", obj("thanks", "x"), status, null);
                refused(ana, "PUT", base + "/scenes/" + junk, obj("name", "x"), status, null);
                refused(ben, "POST", base + "/invitations/" + junk + "/choice", obj("at", tomorrow), status, null);
                refused(ben, "POST", base + "/talks/" + junk + "/rating", "{\"feltOpen\":3,\"outcome\":\"connected\"}", status, null);
                refused(ben, "POST", base + "/partner-questions/" + junk + "/answer", obj("answer", "x"), status, null);
                refused(ana, "GET", "/api/v1/journeys/" + junk + "/timeline", (String) null, status, null);
            }

            // --- journeys and joining ---
            refused(ana, "POST", journeys, "{\"displayName\":42}", 400, "displayName");
            refused(ana, "POST", journeys, "{\"displayName\":true}", 400, "displayName");
            refused(ana, "POST", journeys, "{\"displayName\":{\"first\":\"Ana\"}}", 400, "displayName");
            refused(ana, "POST", journeys, "{\"displayName\":[\"Ana\"]}", 400, "displayName");
            refused(ana, "POST", journeys, obj("displayName", "x".repeat(81)), 400, "displayName");
            refused(ana, "POST", journeys, obj("displayName", "Ana\u0000"), 400, "displayName");
            refused(ana, "POST", journeys, obj("displayName", "Ana\u0007\u001b[31m"), 400, "displayName");
            refused(ana, "POST", join, "{}", 400, "code");
            refused(ana, "POST", join, "{\"code\":12}", 400, "code");
            refused(ana, "POST", join, "{\"code\":[\"ABCD-EFGH-JKMN\"]}", 400, "code");
            refused(ana, "POST", join, obj("code", "ABCD-EFGH-JKM\u0000"), 400, "code");
            refused(ana, "POST", join, obj("code", "\uD83D\uDCA5".repeat(12)), 400, "code");
            refused(ana, "POST", join, obj("code", "AAAA-BBBB-CCCC", "displayName", "x".repeat(81)), 400, "displayName");
            refused(ana, "POST", join, obj("code", "AAAA-BBBB-CCCC"), 409, null);

            // --- step 1: questions and the decision on a reframing ---
            refused(ana, "POST", questions, "{}", 400, "question");
            refused(ana, "POST", questions, obj("question", ""), 400, "question");
            refused(ana, "POST", questions, obj("question", " \t\n "), 400, "question");
            refused(ana, "POST", questions, "{\"question\":42}", 400, "question");
            refused(ana, "POST", questions, "{\"question\":false}", 400, "question");
            refused(ana, "POST", questions, "{\"question\":{\"text\":\"why\"}}", 400, "question");
            refused(ana, "POST", questions, obj("question", "x".repeat(2001)), 400, "question");
            refused(ana, "POST", questions, obj("question", "why\u0000 won't he"), 400, "question");
            refused(ana, "POST", questions, obj("question", "why \u001b[31mwon't he"), 400, "question");
            refused(ana, "POST", decision, "{}", 400, "decision");
            refused(ana, "POST", decision, obj("decision", "maybe"), 400, "decision");
            refused(ana, "POST", decision, obj("decision", "ACCEPTED; DROP TABLE question_view"), 400, "decision");
            refused(ana, "POST", decision, "{\"decision\":1}", 400, "decision");
            refused(ana, "POST", decision, "{\"decision\":[\"accepted\"]}", 400, "decision");
            refused(ana, "POST", decision, obj("decision", "edited"), 400, "text");
            refused(ana, "POST", decision, obj("decision", "edited", "text", "x".repeat(2001)), 400, "text");
            refused(ana, "POST", base + "/questions/not-an-id/decision", obj("decision", "accepted"), 404, null);

            // --- step 2: constraints and sharing ---
            refused(ana, "POST", constraints, obj("kind", "no-such-kind"), 400, "kind");
            refused(ana, "POST", constraints, obj("kind", "<script>"), 400, "kind");
            refused(ana, "POST", constraints, "{}", 400, "title");
            refused(ana, "POST", constraints, "{\"kind\":[\"stress-and-overload\"]}", 400, "kind");
            refused(ana, "POST", constraints, obj("kind", "own", "title", "x".repeat(201)), 400, "title");
            refused(ana, "POST", constraints, obj("kind", "stress-and-overload", "note", "x".repeat(2001)), 400, "note");
            refused(ana, "POST", constraints, obj("kind", "stress-and-overload", "note", "tired\u0000"), 400, "note");
            refused(ana, "POST", constraints, "{\"kind\":\"stress-and-overload\",\"note\":{\"text\":\"x\"}}", 400, "note");
            refused(ana, "PUT", note, "{}", 400, "note");
            refused(ana, "PUT", note, "{\"note\":12}", 400, "note");
            refused(ana, "PUT", note, obj("note", "x".repeat(2001)), 400, "note");
            refused(ana, "PUT", sharing, "{}", 400, "shared");
            refused(ana, "PUT", sharing, "{\"shared\":null}", 400, "shared");
            refused(ana, "PUT", sharing, "{\"shared\":\"yes\"}", 400, "shared");
            refused(ana, "PUT", sharing, "{\"shared\":\"true\"}", 400, "shared");
            refused(ana, "PUT", sharing, "{\"shared\":1}", 400, "shared");
            refused(ana, "PUT", sharing, "{\"shared\":[true]}", 400, "shared");

            // --- step 3: scenes, invitations, the invitee's choice, talks and ratings ---
            refused(ana, "POST", scenes, "{}", 400, "name");
            refused(ana, "POST", scenes, obj("name", "x", "place", "moon"), 400, "place");
            refused(ana, "POST", scenes, obj("name", "x", "timeOfDay", "3am"), 400, "timeOfDay");
            refused(ana, "POST", scenes, obj("name", "x", "music", "death metal"), 400, "music");
            refused(ana, "POST", scenes, obj("name", "x", "foodAndDrink", "\uD83C\uDF55"), 400, "foodAndDrink");
            refused(ana, "POST", scenes, obj("name", "x", "movement", "walking\u0000"), 400, "movement");
            refused(ana, "POST", scenes, "{\"name\":\"x\",\"place\":[\"kitchen\"]}", 400, "place");
            refused(ana, "POST", scenes, obj("name", "x".repeat(121)), 400, "name");
            refused(ana, "POST", scenes, "{\"name\":{\"a\":1}}", 400, "name");
            refused(ana, "POST", scenes, obj("name", "x", "notes", "x".repeat(2001)), 400, "notes");
            refused(ana, "PUT", sceneAt, obj("name", "x", "movement", "flying"), 400, "movement");
            refused(ana, "PUT", scenes + "/" + java.util.UUID.randomUUID(), obj("name", "x"), 404, null);

            refused(ana, "POST", invitations, "{\"sceneIds\":\"" + scene + "\"}", 400, "sceneIds");
            refused(ana, "POST", invitations, "{\"sceneIds\":{\"a\":1}}", 400, "sceneIds");
            refused(ana, "POST", invitations, "{\"sceneIds\":[1,2]}", 400, "sceneIds");
            refused(ana, "POST", invitations, "{\"sceneIds\":[null]}", 400, "sceneIds");
            refused(ana, "POST", invitations, "{\"sceneIds\":[\"" + scene + "\",null]}", 400, "sceneIds");
            refused(ana, "POST", invitations, "{\"minutes\":0}", 400, "minutes");
            refused(ana, "POST", invitations, "{\"minutes\":601}", 400, "minutes");
            refused(ana, "POST", invitations, "{\"minutes\":-5}", 400, "minutes");
            refused(ana, "POST", invitations, "{\"minutes\":\"five\"}", 400, "minutes");
            refused(ana, "POST", invitations, "{\"minutes\":\"5\"}", 400, "minutes");
            refused(ana, "POST", invitations, "{\"minutes\":5.5}", 400, "minutes");
            refused(ana, "POST", invitations, "{\"minutes\":99999999999}", 400, "minutes");
            refused(ana, "POST", invitations, "{\"minutes\":1e400}", 400, "minutes");
            refused(ana, "POST", invitations, obj("topicHint", "x".repeat(201)), 400, "topicHint");
            refused(ana, "POST", invitations, obj("topicHint", "work\u0000"), 400, "topicHint");
            refused(ana, "POST", invitations, "{\"sceneIds\":[\"not-a-scene\"]}", 404, null);

            refused(ben, "POST", choice, "{}", 400, "at");
            refused(ben, "POST", choice, obj("at", "soon"), 400, "at");
            refused(ben, "POST", choice, obj("at", "2030-13-45 25:99"), 400, "at");
            refused(ben, "POST", choice, obj("at", "2030-02-30 19:30"), 400, "at");
            refused(ben, "POST", choice, obj("at", "31/12/2030 19:30"), 400, "at");
            refused(ben, "POST", choice, obj("at", "2030-01-01 19:30\u0000"), 400, "at");
            refused(ben, "POST", choice, "{\"at\":12345}", 400, "at");
            refused(ben, "POST", choice, "{\"at\":[\"" + tomorrow + "\"]}", 400, "at");
            // a time that has passed is bad input, said with the time as the chooser reads it
            refused(ben, "POST", choice, obj("at", "2020-01-01 19:30"), 400, "at");
            refused(ben, "POST", choice, obj("at", "1970-01-01T00:00:00Z"), 400, "at");
            refused(ben, "POST", choice, obj("at", "-999999999-01-01T00:00:00+18:00"), 400, "at");
            refused(ben, "POST", choice, obj("at", "+999999999-12-31T23:59:59Z"), 400, "at");
            refused(ben, "POST", choice, obj("at", "+10000-01-01T00:00:00Z"), 400, "at");
            refused(ben, "POST", choice, obj("at", tomorrow, "zone", "Mars/Olympus"), 400, "zone");
            refused(ben, "POST", choice, obj("at", "2030-01-01T19:30:00Z", "zone", "Mars/Olympus"), 400, "zone");
            refused(ben, "POST", choice, obj("at", tomorrow, "zone", "Europe/Berlin\u0000"), 400, "zone");
            refused(ben, "POST", choice, obj("at", tomorrow, "zone", "../../etc/passwd"), 400, "zone");
            refused(ben, "POST", choice, "{\"at\":\"" + tomorrow + "\",\"zone\":1}", 400, "zone");
            refused(ben, "POST", choice, obj("at", tomorrow, "sceneId", "no-such-scene"), 404, null);
            refused(ana, "POST", choice, obj("at", tomorrow), 409, null); // only the invitee chooses

            refused(ben, "POST", talks, "{}", 400, "minutes");
            refused(ben, "POST", talks, "{\"minutes\":0}", 400, "minutes");
            refused(ben, "POST", talks, "{\"minutes\":601}", 400, "minutes");
            refused(ben, "POST", talks, "{\"minutes\":\"ten\"}", 400, "minutes");
            refused(ben, "POST", talks, "{\"minutes\":true}", 400, "minutes");
            refused(ben, "POST", talks, "{\"minutes\":5,\"heldAt\":\"yesterday\"}", 400, "heldAt");
            refused(ben, "POST", talks, "{\"minutes\":5,\"heldAt\":\"2999-01-01T10:00:00Z\"}", 400, "heldAt");
            refused(ben, "POST", talks, "{\"minutes\":5,\"heldAt\":\"-999999999-01-01T00:00:00+18:00\"}", 400, "heldAt");
            refused(ben, "POST", talks, "{\"minutes\":5,\"heldAt\":\"0001-01-01T00:00:00Z\"}", 400, "heldAt");
            refused(ben, "POST", talks, "{\"minutes\":5,\"startedByPartner\":\"maybe\"}", 400, "startedByPartner");
            refused(ben, "POST", talks, "{\"minutes\":5,\"sceneId\":123}", 400, "sceneId");
            refused(ben, "POST", talks, "{\"minutes\":5,\"invitationId\":\"no-such-invitation\"}", 404, null);

            refused(ben, "POST", rating, "{}", 400, "feltOpen");
            refused(ben, "POST", rating, "{\"outcome\":\"connected\"}", 400, "feltOpen");
            refused(ben, "POST", rating, "{\"feltOpen\":9,\"outcome\":\"connected\"}", 400, "feltOpen");
            refused(ben, "POST", rating, "{\"feltOpen\":0,\"outcome\":\"connected\"}", 400, "feltOpen");
            refused(ben, "POST", rating, "{\"feltOpen\":\"high\",\"outcome\":\"connected\"}", 400, "feltOpen");
            refused(ben, "POST", rating, "{\"feltOpen\":3.7,\"outcome\":\"connected\"}", 400, "feltOpen");
            refused(ben, "POST", rating, "{\"feltOpen\":3}", 400, "outcome");
            refused(ben, "POST", rating, "{\"feltOpen\":3,\"outcome\":\"meh\"}", 400, "outcome");
            refused(ben, "POST", rating, "{\"feltOpen\":3,\"outcome\":\"\"}", 400, "outcome");
            refused(ben, "POST", rating, "{\"feltOpen\":3,\"outcome\":{\"x\":1}}", 400, "outcome");
            refused(ben, "POST", rating, "{\"feltOpen\":3,\"outcome\":2}", 400, "outcome");
            refused(ben, "POST", rating, obj("outcome", "connected", "gotInTheWay", "x".repeat(2001)).put("feltOpen", 3), 400,
                    "gotInTheWay");
            refused(ben, "POST", rating, obj("outcome", "connected", "gotInTheWay", "tired\u0000").put("feltOpen", 3), 400,
                    "gotInTheWay");
            refused(ben, "POST", base + "/talks/" + java.util.UUID.randomUUID() + "/rating",
                    "{\"feltOpen\":3,\"outcome\":\"connected\"}", 404, null);

            // --- celebrating: moments and thanks ---
            refused(ana, "POST", moments, "{}", 400, "what");
            refused(ana, "POST", moments, "{\"what\":42}", 400, "what");
            refused(ana, "POST", moments, "{\"what\":[\"a\"]}", 400, "what");
            refused(ana, "POST", moments, obj("what", "x".repeat(2001)), 400, "what");
            refused(ana, "POST", moments, obj("what", "\uD83D\uDE02".repeat(2001)), 400, "what");
            refused(ana, "POST", moments, obj("what", "a\u0000b"), 400, "what");
            refused(ana, "POST", moments, obj("what", "a\u007fb"), 400, "what");
            refused(ana, "POST", moments, obj("what", "a\u0085b"), 400, "what");
            refused(ana, "POST", moments, "{\"what\":\"lone \\ud83d surrogate\"}", 400, "what");
            refused(ana, "POST", moments, "{\"what\":\"lone \\udc00 low surrogate\"}", 400, "what");
            refused(ana, "POST", thanks, "{}", 400, "thanks");
            refused(ana, "POST", thanks, obj("thanks", ""), 400, "thanks");
            refused(ana, "POST", thanks, "{\"thanks\":false}", 400, "thanks");
            refused(ana, "POST", thanks, obj("thanks", "x".repeat(2001)), 400, "thanks");
            refused(ana, "POST", base + "/moments/" + java.util.UUID.randomUUID() + "/thanks", obj("thanks", "thank you"), 404, null);

            // --- partner questions ---
            refused(ana, "POST", partnerQuestions, "{}", 400, "question");
            refused(ana, "POST", partnerQuestions, "{\"question\":7}", 400, "question");
            refused(ana, "POST", partnerQuestions, obj("question", "x".repeat(1001)), 400, "question");
            refused(ben, "POST", answer, "{}", 400, "answer");
            refused(ben, "POST", answer, "{\"answer\":[\"x\"]}", 400, "answer");
            refused(ben, "POST", answer, "{\"answer\":\"x\",\"share\":\"perhaps\"}", 400, "share");
            refused(ben, "POST", answer, obj("answer", "x".repeat(2001)), 400, "answer");
            refused(ben, "POST", base + "/partner-questions/" + java.util.UUID.randomUUID() + "/answer", obj("answer", "x"), 404, null);

            // --- time zone ---
            refused(ana, "PUT", timeZone, "{}", 400, "zone");
            refused(ana, "PUT", timeZone, obj("zone", ""), 400, "zone");
            refused(ana, "PUT", timeZone, obj("zone", "Mars/Olympus"), 400, "zone");
            refused(ana, "PUT", timeZone, obj("zone", "+25:00"), 400, "zone");
            refused(ana, "PUT", timeZone, obj("zone", "../../etc/passwd"), 400, "zone");
            refused(ana, "PUT", timeZone, obj("zone", "Europe/Berlin\u0000"), 400, "zone");
            refused(ana, "PUT", timeZone, obj("zone", "Europe/" + "x".repeat(5000)), 400, "zone");
            refused(ana, "PUT", timeZone, "{\"zone\":5}", 400, "zone");
            refused(ana, "PUT", timeZone, "{\"zone\":[\"UTC\"]}", 400, "zone");

            // --- account, session, password ---
            ApiClient stranger = new ApiClient(port);
            refused(stranger, "POST", account, obj("email", "nope", "password", PASSWORD, "displayName", "X"), 400, "email");
            refused(stranger, "POST", account, obj("email", "x".repeat(250) + "@example.org", "password", PASSWORD, "displayName", "X"),
                    400, "email");
            refused(stranger, "POST", account, obj("email", "nul\u0000@example.org", "password", PASSWORD, "displayName", "X"), 400,
                    "email");
            refused(stranger, "POST", account, obj("email", "bell\u0007@example.org", "password", PASSWORD, "displayName", "X"), 400,
                    "email");
            refused(stranger, "POST", account, "{\"email\":[\"x@example.org\"],\"password\":\"" + PASSWORD + "\",\"displayName\":\"X\"}",
                    400, "email");
            refused(stranger, "POST", account, obj("email", "x@example.org", "displayName", "X"), 400, "password");
            refused(stranger, "POST", account, obj("email", "x@example.org", "password", "short", "displayName", "X"), 400, "password");
            refused(stranger, "POST", account, obj("email", "x@example.org", "password", "x".repeat(201), "displayName", "X"), 400,
                    "password");
            refused(stranger, "POST", account, "{\"email\":\"x@example.org\",\"password\":12345678901,\"displayName\":\"X\"}", 400,
                    "password");
            refused(stranger, "POST", account, obj("email", "x@example.org", "password", PASSWORD), 400, "displayName");
            refused(stranger, "POST", account, obj("email", "x@example.org", "password", PASSWORD, "displayName", "X\u0000"), 400,
                    "displayName");
            refused(stranger, "POST", account, obj("email", "ANA@example.org", "password", PASSWORD, "displayName", "Ana 2"), 409, null);
            refused(stranger, "POST", session, "{\"email\":[\"ana@example.org\"],\"password\":\"" + PASSWORD + "\"}", 400, "email");
            refused(stranger, "POST", session, "{\"email\":\"ana@example.org\",\"password\":1234567890}", 400, "password");
            refused(stranger, "POST", session, "{}", 401, null);
            refused(stranger, "POST", session, obj("email", "ana\u0000@example.org", "password", PASSWORD), 401, null);
            refused(ana, "PUT", password, "{}", 400, "currentPassword");
            refused(ana, "PUT", password, obj("currentPassword", "not the password", "newPassword", "a brand new secret"), 400,
                    "currentPassword");
            refused(ana, "PUT", password, obj("currentPassword", PASSWORD, "newPassword", "short"), 400, "newPassword");
            refused(ana, "PUT", password, obj("currentPassword", PASSWORD, "newPassword", "x".repeat(201)), 400, "newPassword");
            refused(ana, "PUT", password, "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":12345678901}", 400, "newPassword");
            assertThat(send(ana, "GET", "/api/v1/session", null, Map.of()).status()).as("Ana is still signed in").isEqualTo(200);

            // --- what is accepted comes back exactly as written ---
            String emoji = "He laughed \uD83D\uDE02 and hugged me \uD83D\uDC69\u200D\u2764\uFE0F\u200D\uD83D\uDC68 \uD83C\uDDE9\uD83C\uDDEA";
            String rtl = "\u05D4\u05D5\u05D0 \u05E2\u05D9\u05D9\u05E3 \u2014 \u0645\u062A\u0639\u0628 \u062C\u062F\u0627 \u202Eevil\u202C";
            String markup = "<script>alert(\"x\")</script> & <img src=x onerror=alert(1)> &amp; <b>bold</b> ' \" \\";
            String combining = "Zoe\u0308 cafe\u0301 \u0928\u092E\u0938\u094D\u0924\u0947 \u4F60\u597D";
            String lines = "line one\nline two\twith a tab";
            String maxEmoji = "\uD83D\uDE02".repeat(2000); // 2000 characters as a person counts them, 4000 UTF-16 units
            for (String text : new String[]{emoji, rtl, markup, combining, lines, maxEmoji}) {
                String id = ok(ana, "POST", moments, obj("what", text).toString(), 201).get("momentId").asText();
                JsonNode stored = find(ok(ana, "GET", moments, null, 200).get("moments"), "momentId", id);
                soft.assertThat(stored.get("what").asText()).as("moment round trip").isEqualTo(text);
                ok(ana, "POST", moments + "/" + id + "/thanks", obj("thanks", text).toString(), 204);
                JsonNode received = find(ok(ben, "GET", base + "/thanks-received", null, 200).get("thanks"), "momentId", id);
                soft.assertThat(received.get("thanks").asText()).as("thanks round trip").isEqualTo(text);
            }
            byte[] withBom = concat(bytes(0xEF, 0xBB, 0xBF), obj("what", emoji).toString().getBytes(StandardCharsets.UTF_8));
            String bomMoment = okBytes(ana, "POST", moments, withBom, 201).get("momentId").asText(); // a UTF-8 byte order mark is no error
            soft.assertThat(find(ok(ana, "GET", moments, null, 200).get("moments"), "momentId", bomMoment).get("what").asText())
                    .as("moment sent after a byte order mark").isEqualTo(emoji);

            String noted = ok(ana, "POST", constraints, obj("kind", "own", "title", markup, "note", rtl).toString(), 201)
                    .get("constraintId").asText();
            ok(ana, "PUT", base + "/constraints/" + noted + "/sharing", "{\"shared\":true}", 204);
            JsonNode shared = find(ok(ben, "GET", constraints, null, 200).get("constraints"), "constraintId", noted);
            soft.assertThat(shared.get("title").asText()).as("constraint title round trip").isEqualTo(markup);
            soft.assertThat(shared.get("note").asText()).as("constraint note round trip").isEqualTo(rtl);
            ok(ana, "PUT", base + "/constraints/" + noted + "/note", obj("note", emoji).toString(), 204);
            soft.assertThat(find(ok(ana, "GET", constraints, null, 200).get("constraints"), "constraintId", noted).get("note").asText())
                    .as("revised note round trip").isEqualTo(emoji);

            String sceneWithMarkup = ok(ana, "POST", scenes, obj("name", emoji, "notes", markup, "place", " Kitchen ").toString(), 201)
                    .get("sceneId").asText();
            JsonNode described = find(ok(ben, "GET", scenes, null, 200).get("scenes"), "sceneId", sceneWithMarkup);
            soft.assertThat(described.get("name").asText()).isEqualTo(emoji);
            soft.assertThat(described.get("notes").asText()).isEqualTo(markup);
            soft.assertThat(described.get("place").asText()).as("vocabulary words are read without case or spaces").isEqualTo("kitchen");

            String talkToRate = ok(ben, "POST", talks, "{\"minutes\":7}", 201).get("talkId").asText();
            JsonNode rated = ok(ben, "POST", base + "/talks/" + talkToRate + "/rating", obj("outcome", "Off The Rails", "gotInTheWay", markup).put("feltOpen", 2).toString(),
                    200);
            soft.assertThat(rated.at("/myRating/gotInTheWay").asText()).isEqualTo(markup);
            soft.assertThat(rated.at("/myRating/outcome").asText()).isEqualTo("OFF_THE_RAILS");
            JsonNode answered = ok(ben, "POST", answer, obj("answer", rtl).put("share", true).toString(), 200);
            soft.assertThat(answered.get("answer").asText()).isEqualTo(rtl);
            soft.assertThat(find(ok(ana, "GET", partnerQuestions, null, 200).get("partnerQuestions"), "askId", ask).get("answer").asText())
                    .as("shared answer round trip").isEqualTo(rtl);

            ApiClient cam = new ApiClient(port);
            ok(cam, "POST", account, obj("email", "cam@example.org", "password", PASSWORD, "displayName", "Cam \uD83C\uDF3B " + rtl)
                    .toString(), 201);
            soft.assertThat(ok(cam, "GET", session, null, 200).get("displayName").asText()).isEqualTo("Cam \uD83C\uDF3B " + rtl);
            String markupName = "<script>alert(1)</script> & <b>Cam</b>";
            JsonNode camsJourney = ok(cam, "POST", journeys, obj("displayName", markupName).toString(), 201);
            soft.assertThat(camsJourney.at("/members/0/displayName").asText()).isEqualTo(markupName);
            ok(cam, "PUT", "/api/v1/journeys/" + camsJourney.get("journeyId").asText() + "/time-zone", obj("zone", "America/Argentina/Buenos_Aires")
                    .toString(), 200);

            ApiClient.Answer markdown = send(ana, "GET", base + "/export?format=markdown", null, Map.of());
            soft.assertThat(markdown.status()).isEqualTo(200);
            // the Markdown report keeps every character, markup as text a viewer shows rather than renders
            soft.assertThat(markdown.raw().body()).as("the Markdown export keeps the text, never as markup")
                    .contains(markup.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), emoji)
                    .doesNotContain("<script", "<img", "<b>");
            ApiClient.Answer timeline = send(ana, "GET", base + "/timeline", null, Map.of());
            soft.assertThat(timeline.contentType()).startsWith("application/json");
            soft.assertThat(timeline.raw().body()).as("JSON answers carry markup as plain characters, not HTML entities")
                    .contains("<script>").doesNotContain("&lt;script");
        }
    }

    // --- requests and what is expected of their answers ---

    private void refused(ApiClient client, String method, String path, ObjectNode body, int status, String field) throws Exception {
        refused(client, method, path, body.toString(), status, field);
    }

    private void refused(ApiClient client, String method, String path, String body, int status, String field) throws Exception {
        refused(client, method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), Map.of(), status, field);
    }

    /** The answer must be exactly {@code status}, as a problem document a person can act on, naming {@code field} if given. */
    private void refused(ApiClient client, String method, String path, byte[] body, Map<String, String> headers, int status,
                         String field) throws Exception {
        String what = method + " " + path + " " + (body == null ? "" : abbreviate(new String(body, StandardCharsets.UTF_8)));
        ApiClient.Answer answer;
        try {
            answer = send(client, method, path, body, headers);
        } catch (java.io.IOException noAnswer) {
            soft.fail("%s: no answer at all (%s)", what, noAnswer.getMessage());
            return;
        }
        String raw = answer.raw().body();
        soft.assertThat(answer.status()).as("%s: status, answer %s", what, abbreviate(raw)).isEqualTo(status);
        soft.assertThat(answer.status()).as("%s: never a server error", what).isLessThan(500);
        soft.assertThat(answer.contentType()).as("%s: content type", what).startsWith("application/problem+json");
        soft.assertThat(raw).as("%s: no stack trace or class names", what)
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.").doesNotContain("org.openup")
                .doesNotContain("com.fasterxml").doesNotContain("jackson");
        if (answer.body() == null) {
            soft.fail("%s: the answer is no problem document: %s", what, abbreviate(raw));
            return;
        }
        soft.assertThat(answer.body().path("status").asInt()).as("%s: problem status", what).isEqualTo(status);
        soft.assertThat(answer.body().path("detail").asText()).as("%s: detail", what).isNotBlank();
        soft.assertThat(answer.body().path("title").asText()).as("%s: title", what).isNotBlank();
        if (field != null) {
            soft.assertThat(answer.body().path("field").asText()).as("%s: field", what).isEqualTo(field);
        }
    }

    private JsonNode ok(ApiClient client, String method, String path, String body, int status) throws Exception {
        return okBytes(client, method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), status);
    }

    private JsonNode okBytes(ApiClient client, String method, String path, byte[] body, int status) throws Exception {
        ApiClient.Answer answer = send(client, method, path, body, Map.of());
        assertThat(answer.status()).as("%s %s: %s", method, path, abbreviate(answer.raw().body())).isEqualTo(status);
        return answer.body();
    }

    /** {@code X-Chunked} sends the body without a length, as a stream. */
    private ApiClient.Answer send(ApiClient client, String method, String path, byte[] body, Map<String, String> headers)
            throws Exception {
        requests.incrementAndGet();
        HttpRequest.BodyPublisher publisher;
        Map<String, String> sent = headers;
        if (body == null) {
            publisher = null;
        } else if (headers.containsKey("X-Chunked")) {
            publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
            sent = Map.of();
        } else {
            publisher = HttpRequest.BodyPublishers.ofByteArray(body);
        }
        return client.send(method, path, publisher, sent, true);
    }

    private JsonNode find(JsonNode list, String key, String id) {
        for (JsonNode item : list) {
            if (item.path(key).asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no entry with " + key + " " + id + " in " + abbreviate(list.toString()));
    }

    private static ObjectNode obj(String... keysAndValues) {
        ObjectNode node = F.objectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return node;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        return text == null ? "null" : text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + " chars)" : text;
    }
}
