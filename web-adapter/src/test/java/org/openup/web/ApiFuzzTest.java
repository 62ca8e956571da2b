package org.openup.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.testing.TestStores;
import org.openup.web.ApiOperations.Op;
import org.openup.web.MarkedJourneys.Journey;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openup.web.MarkedJourneys.*;

/**
 * Generated requests against a live server on a SQLite file store: every operation of
 * {@code /openapi.json} (so new routes are fuzzed as soon as they are registered) and paths that
 * exist nowhere, with random and mutated bodies, ids from the wrong journey or the partner, junk
 * ids and headers, as each member and anonymously. Whatever comes in, the server must not fail
 * on its side (no 5xx), must explain every refusal with a problem document, and must never show
 * anyone a marker they may not read.
 *
 * <p>Replay a failing run with {@code -Dopenup.fuzz.seed=<seed printed in the failure>};
 * {@code -Dopenup.fuzz.requests=<n>} changes how many requests are sent.
 */
class ApiFuzzTest {

    private static final int REQUESTS = Integer.getInteger("openup.fuzz.requests", 10_000);
    private static final long SEED = Long.getLong("openup.fuzz.seed", new Random().nextLong());
    /** Concurrent clients: the server waits on the disk between requests, so a few keep both cores busy. */
    private static final int THREADS = Integer.getInteger("openup.fuzz.threads", 3);

    /** Operations that end or replace the caller's session or membership: members' own sessions are kept out of them. */
    private static final Set<String> SESSION_CHANGING = Set.of("POST /api/v1/account", "POST /api/v1/session",
            "DELETE /api/v1/session", "PUT /api/v1/account/password", "POST /api/v1/account/forget",
            "POST /api/v1/journeys/{journeyId}/leave", "POST /api/v1/account/confirm", "POST /api/v1/account/password-reset");
    /** What anyone may call without signing in (as in {@link AccessControlMatrixTest}). */
    private static final Set<String> PUBLIC = Set.of("GET /health", "POST /api/v1/account", "POST /api/v1/session",
            "GET /api/v1/constraint-catalogue", "GET /api/v1/scene-vocabulary", "GET /plugins/calendar/feed/{token}",
            "POST /api/v1/account/recovery", "POST /api/v1/account/confirm", "POST /api/v1/account/password-reset",
            "POST /plugins/email/unsubscribe");
    /** Disposable accounts registered at most, so hashing passwords does not dominate the run. */
    private static final int MAX_DISPOSABLE_ACCOUNTS = 20;
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    private static final List<String> ODD_METHODS = List.of("TRACE", "PROPFIND", "FOO", "get");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=xyz", "application/json; charset=ISO-8859-1", "application/json; charset=utf-16",
            "application/xml", "*/*", "garbage/;;;", "application/problem+json", "application/json;;charset=\"\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    /** One who sends requests: a member with a session, a disposable member, or nobody signed in. */
    private static final class Caller {
        final String name;
        final ApiClient client;
        final boolean anonymous;
        volatile Map<String, String> ids;

        Caller(String name, ApiClient client, Map<String, String> ids, boolean anonymous) {
            this.name = name;
            this.client = client;
            this.ids = new ConcurrentHashMap<>(ids);
            this.anonymous = anonymous;
        }
    }

    /** An answer as the checks need it, whichever client read it. */
    private record Seen(int status, String contentType, JsonNode body, String text, String headers) {
        static Seen of(ApiClient.Answer answer) {
            return new Seen(answer.status(), answer.contentType(), answer.body(), answer.raw().body(),
                    answer.raw().headers().map().toString());
        }

        static Seen of(PlainSocketExchange.Reply reply) {
            return new Seen(reply.status(), reply.header("Content-Type"), ApiClient.jsonOrNull(reply.header("Content-Type"), reply.body()),
                    reply.body(), reply.headers().toString());
        }
    }

    /** One generated request, kept whole so a failure can be shown exactly. */
    private record Fuzzed(Caller caller, Op op, String method, String path, byte[] body, Map<String, String> headers,
                          boolean csrf) {
        String describe() {
            String shownBody = body == null ? "(none)" : new String(body, StandardCharsets.UTF_8);
            return caller.name + " " + method + " " + abbreviate(path, 200) + " headers=" + headers + " csrf=" + csrf
                    + " body(" + (body == null ? 0 : body.length) + " bytes)=" + abbreviate(shownBody, 300);
        }
    }

    private ApiOperations api;
    private Journey journey;
    private Caller ana;
    private Caller ben;
    private Caller zoe;
    /** Markers each caller may read; a member's set grows when the partner shares an entry during the run. */
    private final Map<Caller, Set<String>> mayRead = new ConcurrentHashMap<>();
    /** The private constraints the fuzzer could share, by id: who wrote them and their markers. */
    private final Map<String, Map.Entry<Caller, String>> shareableConstraints = new HashMap<>();
    private final Map<String, Caller> feedOwners = new ConcurrentHashMap<>();
    private final AtomicInteger disposableAccounts = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger transportFailures = new AtomicInteger();
    private final AtomicInteger resentOverPlainSocket = new AtomicInteger();
    private final Map<Integer, Integer> statuses = new ConcurrentSkipListMap<>();
    private final Set<String> operationsCalled = ConcurrentHashMap.newKeySet();
    private final List<String> violations = new ArrayList<>();
    private final Map<String, Integer> violationKinds = new TreeMap<>();

    @Test
    void generatedRequestsNeverFailOnOurSideAlwaysExplainRefusalsAndNeverLeak() throws Exception {
        // given: a live server on a real store, Ana and Ben's journey and Zoe's, with a marker in every private text
        long began = System.nanoTime();
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            int port = app.port();
            setUp(port);
            List<Worker> workers = new ArrayList<>();
            for (int w = 0; w < THREADS; w++) {
                workers.add(new Worker(w, port));
            }
            long setUpMillis = (System.nanoTime() - began) / 1_000_000;

            // when: generated requests from a few concurrent workers, each request checked as soon as it is answered
            long fuzzing = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Void>> running = new ArrayList<>();
                for (int w = 0; w < THREADS; w++) {
                    Worker worker = workers.get(w);
                    int share = REQUESTS / THREADS + (w < REQUESTS % THREADS ? 1 : 0);
                    running.add(pool.submit(() -> {
                        worker.run(share);
                        return null;
                    }));
                }
                for (Future<Void> worker : running) {
                    worker.get();
                }
            } finally {
                pool.shutdownNow();
            }
            long fuzzMillis = (System.nanoTime() - fuzzing) / 1_000_000;

            // then: a summary, and every broken rule with the request that broke it
            System.out.printf("ApiFuzzTest seed %d, %d threads: %d requests in %d ms (set-up %d ms, %.0f requests/s); by status %s; "
                            + "%d without an answer; %d read over a plain socket; %d disposable accounts; broken rules %s%n", SEED,
                    THREADS, sent.get(), fuzzMillis, setUpMillis, sent.get() * 1000.0 / Math.max(1, fuzzMillis), statuses,
                    transportFailures.get(), resentOverPlainSocket.get(),
                    disposableAccounts.get(), violationKinds);
            assertThat(violations).as("broken rules (seed %d; replay with -Dopenup.fuzz.seed=%d -Dopenup.fuzz.threads=%d), first ones",
                    SEED, SEED, THREADS).isEmpty();
            assertThat(sent.get()).isEqualTo(REQUESTS);
            assertThat(resentOverPlainSocket.get()).as("requests the client library lost and a plain socket resent: rare, or the server drops connections")
                    .isLessThan(REQUESTS / 100);
            for (Caller member : List.of(ana, ben, zoe)) {
                assertThat(member.client.call("GET", "/api/v1/session", null).status())
                        .as("%s is still signed in: the run went on as her or him to the end", member.name).isEqualTo(200);
            }
            assertThat(operationsCalled).as("documented operations called")
                    .containsAll(api.all().stream().map(Op::key).toList());
            assertThat(statuses.keySet()).as("the fuzzer reached both accepted and refused requests")
                    .anyMatch(s -> s < 300).anyMatch(s -> s >= 400);
        }
    }

    private void setUp(int port) throws Exception {
        ApiClient anasClient = new ApiClient(port);
        ApiClient bensClient = new ApiClient(port);
        ApiClient zoesClient = new ApiClient(port);
        journey = MarkedJourneys.setUp(anasClient, bensClient, zoesClient);
        api = ApiOperations.of(anasClient);
        ana = new Caller("Ana", anasClient, journey.anasIds(), false);
        ben = new Caller("Ben", bensClient, journey.bensIds(), false);
        zoe = new Caller("Zoe", zoesClient, journey.zoesIds(), false);

        mayRead.put(ana, readable(ANA_PRIVATE, ANA_SHARED, BEN_SHARED));
        mayRead.put(ben, readable(BEN_PRIVATE, BEN_SHARED, ANA_SHARED));
        mayRead.put(zoe, readable(ZOE_ALL));
        shareableConstraints.put(journey.anasIds().get("constraintId"), Map.entry(ana, ANA_CONSTRAINT));
        shareableConstraints.put(journey.bensIds().get("constraintId"), Map.entry(ben, BEN_CONSTRAINT));
        for (Caller member : List.of(ana, ben, zoe)) {
            feedOwners.put(member.ids.get("token"), member);
        }
    }

    @SafeVarargs
    private static Set<String> readable(List<String>... markers) {
        Set<String> set = ConcurrentHashMap.newKeySet();
        Stream.of(markers).forEach(set::addAll);
        return set;
    }

    // --- generating requests ---

    /**
     * One stream of requests from its own seeded generator, with its own disposable member and
     * anonymous client; workers share the members, the model of who may read what, and the tally.
     */
    private final class Worker {
        private final FuzzInput input;
        private final Caller disposable;
        private final Caller anonymous;
        private String disposableEmail;
        private boolean disposableSignedIn;

        private final int port;

        Worker(int number, int port) {
            this.port = port;
            input = new FuzzInput(new Random(SEED + number));
            disposable = new Caller("Dee" + number, new ApiClient(port), Map.of(), false);
            anonymous = new Caller("anonymous", new ApiClient(port), Map.of(), true);
            mayRead.put(disposable, Set.of());
            mayRead.put(anonymous, Set.of());
        }

        void run(int requests) throws Exception {
            for (int i = 0; i < requests; i++) {
                Fuzzed request = next();
                int n = sent.incrementAndGet();
                mayShare(request);
                Seen answer;
                try {
                    answer = send(request);
                } catch (IOException e) {
                    transportFailures.incrementAndGet();
                    violation("no answer", n, request, e.toString());
                    continue;
                }
                statuses.merge(answer.status(), 1, Integer::sum);
                if (request.op() != null) {
                    operationsCalled.add(request.op().key());
                }
                check(n, request, answer);
                learn(request, answer);
                if (request.caller() == disposable && answer.status() < 300
                        && changesSession(request.method(), request.op(), request.path())) {
                    disposableSignedIn = false; // signed out, forgotten, moved or left: start again with a fresh account
                }
            }
        }

        /** A fresh account with a journey of its own, for the operations that end sessions or leave journeys. */
        private void newDisposableAccount() throws Exception {
            disposableEmail = "dee-" + disposableAccounts.incrementAndGet() + "@example.org";
            disposable.client.forgetSession();
            disposable.client.register(disposableEmail, "Dee");
            String journeyId = MarkedJourneys.expect(disposable.client, "POST", "/api/v1/journeys", null, 201).get("journeyId").asText();
            disposable.ids = new ConcurrentHashMap<>(Map.of("journeyId", journeyId));
            disposableSignedIn = true;
        }

        private Fuzzed next() throws Exception {
            Caller caller = pickCaller();
            boolean documented = input.chance(0.88);
            Op op = documented ? input.pick(api.all()) : null;
            if (op != null && SESSION_CHANGING.contains(op.key()) && input.chance(0.75)) {
                op = input.pick(api.all()); // rarer: most of them hash a password, which takes a tenth of a second
            }
            String method = op == null ? randomMethod() : input.chance(0.93) ? op.method().toUpperCase(Locale.ROOT) : randomMethod();
            String path = op == null ? undocumentedPath(caller) : ApiOperations.fill(op, idsFor(op, caller)) + query();
            if (caller != anonymous && changesSession(method, op, path)) {
                caller = disposable; // Ana's, Ben's and Zoe's sessions and journeys must outlive the run
            }
            if (caller == disposable && !disposableSignedIn && disposableAccounts.get() < MAX_DISPOSABLE_ACCOUNTS) {
                newDisposableAccount();
            }
            if (caller == anonymous) {
                anonymous.client.forgetSession(); // a sign-in by an earlier request must not carry over
            }
            byte[] body = body(op, caller);
            Map<String, String> headers = headers(caller, body != null);
            boolean csrf = caller == anonymous || input.chance(0.92);
            if (!csrf && input.chance(0.5)) {
                headers.put("X-CSRF-Token", input.chance(0.5) ? UUID.randomUUID().toString() : "");
            }
            return new Fuzzed(caller, op, method, path, body, headers, csrf);
        }

        /** Whether the request may reach an operation that ends or replaces a session, also by another method or address. */
        private static boolean changesSession(String method, Op op, String path) {
            if (op != null) {
                return SESSION_CHANGING.contains(method + " " + op.path());
            }
            return path.startsWith("/api/v1/session") || path.startsWith("/api/v1/account") || path.contains("leave");
        }

        private Caller pickCaller() {
            int roll = input.random().nextInt(100);
            if (roll < 27) {
                return ana;
            }
            if (roll < 54) {
                return ben;
            }
            if (roll < 70) {
                return zoe;
            }
            return roll < 78 ? disposable : anonymous;
        }

        private String randomMethod() {
            return input.chance(0.9) ? input.pick(METHODS) : input.pick(ODD_METHODS);
        }

        /** Mostly the caller's own ids; else the partner's, another journey's, unknown ones or junk. */
        private Map<String, String> idsFor(Op op, Caller caller) {
            Map<String, String> ids = new HashMap<>();
            for (String param : op.pathParams()) {
                ids.put(param, id(param, caller));
            }
            return ids;
        }

        private String id(String param, Caller caller) {
            int roll = input.random().nextInt(100);
            String id;
            if (roll < 55) {
                id = caller.ids.get(param);
            } else if (roll < 65) {
                id = (caller == ana ? ben : ana).ids.get(param);
            } else if (roll < 75) {
                id = (caller == zoe ? input.pick(List.of(ana, ben)) : zoe).ids.get(param);
            } else if (roll < 82) {
                id = UUID.randomUUID().toString();
            } else {
                id = input.junkId();
            }
            return id != null ? id : UUID.randomUUID().toString();
        }

        private String query() {
            if (!input.chance(0.08)) {
                return "";
            }
            return "?" + input.pick(List.of("format=markdown", "format=", "format=" + FuzzInput.percentEncoded(input.text()),
                    "a=1&a=2", "x=%00", FuzzInput.percentEncoded(input.text()), "&&&", "format=json&format=markdown"));
        }

        private String undocumentedPath(Caller caller) {
            String journeyId = input.chance(0.7) ? caller.ids.getOrDefault("journeyId", journey.id()) : input.junkId();
            return input.pick(List.of(
                    "/api/v1/" + input.junkId(),
                    "/api/v1/journeys/" + journeyId + "/" + input.junkId(),
                    "/api/v1/journeys/" + journeyId + "/questions/" + input.junkId() + "/" + input.junkId(),
                    "/api/v2/journeys", "/api/v1", "/api/v1/", "/api", "//api/v1/journeys", "/api/v1/journeys/",
                    "/api/v1/session;jsessionid=" + input.junkId(), "/api/v1/./journeys", "/api/v1/journeys/%2e%2e/journeys",
                    "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/web/../WEB-INF/web.xml", "/webjars/../../../etc/passwd",
                    "/plugins/" + input.junkId() + "/x", "/plugins/calendar/" + input.junkId(), "/plugins/webhook/endpoints/",
                    "/plugins/calendar/feed/", "/plugins/calendar/feed/" + input.junkId(), "/health/" + input.junkId(),
                    "/metrics", "/openapi.json", "/api-docs", "/api-docs/init.js", "/", "/index.html", "/favicon.ico",
                    "/" + FuzzInput.percentEncoded(input.text()), "/" + input.junkId() + "?" + input.junkId()));
        }

        /** What a careless or hostile client puts in a body: valid, slightly wrong, entirely wrong, too big or too deep. */
        private byte[] body(Op op, Caller caller) {
            boolean takesBody = op != null && op.bodyProperties() != null;
            if (!takesBody && input.chance(0.8)) {
                return null;
            }
            int roll = input.random().nextInt(100);
            if (takesBody && roll < 22) {
                return utf8(input.json(sample(op, caller)));
            }
            if (takesBody && roll < 62) {
                return utf8(input.json(mutated(sample(op, caller), caller)));
            }
            if (roll < 70) {
                return utf8(input.json(input.value(3)));
            }
            if (roll < 78) {
                return utf8(input.malformed());
            }
            if (roll < 83) {
                return huge(op);
            }
            if (roll < 88) {
                String deep = FuzzInput.nested(1 + input.random().nextInt(input.chance(0.5) ? 100 : 6000), input.random().nextBoolean());
                return utf8(input.chance(0.5) || op == null || op.bodyProperties() == null ? deep
                        : "{\"" + op.bodyProperties().fieldNames().next() + "\":" + deep + "}");
            }
            if (roll < 93) {
                return new byte[0];
            }
            return rawBytes();
        }

        /** A valid body for the operation, its free texts fuzzed and its emails not anybody else's. */
        private Map<String, Object> sample(Op op, Caller caller) {
            Map<String, String> ids = new HashMap<>();
            journey.anasIds().keySet().forEach(name -> ids.put(name, id(name, caller)));
            Map<String, Object> body = JSON.convertValue(api.body(op, ids, "fuzz"), Map.class);
            for (Map.Entry<String, Object> field : body.entrySet()) {
                String name = field.getKey();
                if (name.equals("email")) {
                    // signing in as Zoe (the helper's default) would make the caller someone whose entries they may read
                    field.setValue(op.path().equals("/api/v1/session") ? disposableEmail
                            : "fuzz-" + UUID.randomUUID() + "@example.org");
                } else if (field.getValue() instanceof String && input.chance(0.5) && !name.toLowerCase(Locale.ROOT).endsWith("id")) {
                    field.setValue(input.text());
                }
            }
            return body;
        }

        /** One to three changes to a valid body: a field dropped, added, retyped, nulled or pointed at someone else's entry. */
        private Object mutated(Map<String, Object> body, Caller caller) {
            List<Map.Entry<String, Object>> fields = new ArrayList<>(body.entrySet());
            for (int i = 1 + input.random().nextInt(3); i > 0; i--) {
                int roll = input.random().nextInt(6);
                if (roll == 0 && !fields.isEmpty()) {
                    fields.remove(input.random().nextInt(fields.size()));
                } else if (roll == 1) {
                    fields.add(new AbstractMap.SimpleEntry<>(input.key(), input.value(2)));
                } else if (roll == 2 && !fields.isEmpty()) {
                    fields.add(new AbstractMap.SimpleEntry<>(input.pick(fields).getKey(), input.value(1))); // the same key twice
                } else if (!fields.isEmpty()) {
                    int at = input.random().nextInt(fields.size());
                    String name = fields.get(at).getKey();
                    Object value = name.endsWith("Id") && roll == 3 ? id(name, caller)
                            : name.endsWith("Ids") && roll == 3 ? List.of(id(name.substring(0, name.length() - 1), caller))
                            : input.value(2);
                    fields.set(at, new AbstractMap.SimpleEntry<>(name, value));
                }
            }
            return input.chance(0.1) ? List.of(new FuzzInput.Members(fields)) : new FuzzInput.Members(fields);
        }

        /** A body around the 64 KiB limit: just under it (reaching validation), at it, and over it (refused as too large). */
        private byte[] huge(Op op) {
            int size = (int) JsonBodies.MAX_BODY_BYTES + input.random().nextInt(3_000) - 1_500
                    + (input.chance(0.3) ? input.random().nextInt(40_000) : 0);
            String field = op != null && op.bodyProperties() != null ? op.bodyProperties().fieldNames().next() : "note";
            String prefix = "{\"" + field + "\":\"";
            String filler = input.pick(List.of("a", "é", "😀", "\\u0000", " "));
            StringBuilder json = new StringBuilder(prefix);
            while (json.length() < size - 2) {
                json.append(filler);
            }
            return utf8(json.append("\"}").toString());
        }

        /** Bytes no JSON text may hold: invalid UTF-8, raw NUL, a UTF-16 document. */
        private byte[] rawBytes() {
            return switch (input.random().nextInt(4)) {
                case 0 -> new byte[]{'{', '"', 'n', 'o', 't', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
                case 1 -> new byte[]{'{', 0, '}'};
                case 2 -> "{\"note\":\"utf-16\"}".getBytes(StandardCharsets.UTF_16);
                default -> {
                    byte[] noise = new byte[1 + input.random().nextInt(200)];
                    input.random().nextBytes(noise);
                    yield noise;
                }
            };
        }

        private Map<String, String> headers(Caller caller, boolean hasBody) {
            Map<String, String> headers = new LinkedHashMap<>();
            if (hasBody && input.chance(0.2)) {
                headers.put("Content-Type", input.pick(CONTENT_TYPES));
            }
            int roll = input.random().nextInt(100);
            String token = caller.client.sessionToken();
            if (roll < 6 && token != null) {
                headers.put("Authorization", "Bearer " + token); // a script's way in: no cookie CSRF applies
            } else if (roll < 11) {
                headers.put("Authorization", "Bearer " + UUID.randomUUID());
            } else if (roll < 13) {
                headers.put("Authorization", input.pick(List.of("Basic YW5hQGV4YW1wbGUub3JnOmEgbG9uZyBlbm91Z2ggc2VjcmV0", "Bearer",
                        "Bearer ", "bearer " + "x".repeat(5_000), "Token abc", "Bearer a b c")));
            } else if (roll < 15 && caller == anonymous) {
                headers.put("Cookie", "openup_session=" + input.pick(List.of(UUID.randomUUID().toString(), "", "x".repeat(3_000))));
            }
            if (input.chance(0.1)) {
                headers.put("Accept", input.pick(List.of("application/xml", "text/html", "*/*", "application/problem+json", "text/csv")));
            }
            return headers;
        }

        /**
         * Sends with Java's HttpClient; when that reports a broken connection, sends the request once
         * more over a fresh plain socket that reads the answer anyway (see {@link PlainSocketExchange}).
         * Two cases: for a request with a body the server did answer and the client library dropped
         * it; and a kept-alive connection the server had closed just as the client reused it fails
         * with no byte received, which the client retries by itself only for GET and HEAD (a browser
         * retries any method). A server that drops the request itself fails the resend too.
         */
        private Seen send(Fuzzed request) throws Exception {
            ApiClient client = request.caller().client;
            try {
                return Seen.of(client.send(request.method(), request.path(),
                        request.body() == null ? null : HttpRequest.BodyPublishers.ofByteArray(request.body()), request.headers(),
                        request.csrf()));
            } catch (IOException dropped) {
                boolean reusedClosedConnection = String.valueOf(dropped.getMessage()).contains("received no bytes");
                if ((request.body() == null && !reusedClosedConnection) || dropped instanceof java.net.http.HttpTimeoutException) {
                    throw dropped; // no answer in time is what it is, never sent again
                }
                resentOverPlainSocket.incrementAndGet();
                return Seen.of(PlainSocketExchange.send(port, request.method(), request.path(),
                        client.headersWithCookies(request.headers(), request.csrf()), request.body()));
            }
        }
    }

    // --- checking answers ---

    private void check(int n, Fuzzed request, Seen answer) {
        int status = answer.status();
        String body = answer.text();
        if (status >= 500) {
            violation("5xx", n, request, status + " " + abbreviate(body, 300));
        }
        if (status >= 400 && status < 500) {
            if (!answer.contentType().startsWith("application/problem+json")) {
                violation("4xx without a problem document", n, request, status + " " + answer.contentType() + " " + abbreviate(body, 200));
            } else if (!request.method().equals("HEAD")
                    && (answer.body() == null || answer.body().path("status").asInt() != status)) {
                violation("problem status differs", n, request, status + " " + abbreviate(body, 200));
            }
        }
        Set<String> readable = new HashSet<>(mayRead.get(request.caller()));
        feedOwners.forEach((token, owner) -> {
            if (request.path().contains(token)) {
                readable.addAll(mayRead.get(owner)); // a feed's secret address shows its owner's talks to whoever has it
            }
        });
        for (String marker : MarkedJourneys.everyMarker()) {
            if (!readable.contains(marker) && (body.contains(marker) || answer.headers().contains(marker))) {
                violation("leak", n, request, marker + " shown to " + request.caller().name + ": " + abbreviate(body, 300));
            }
        }
        boolean change = !Set.of("GET", "HEAD", "OPTIONS").contains(request.method());
        boolean asDocumented = request.op() != null && request.method().equalsIgnoreCase(request.op().method());
        if (asDocumented && !PUBLIC.contains(request.op().key()) && status < 300) {
            String authorization = request.headers().getOrDefault("Authorization", "");
            boolean validBearer = authorization.equals("Bearer " + request.caller().client.sessionToken());
            if (request.caller().anonymous && !validBearer) {
                violation("served without a session", n, request, status + " " + abbreviate(body, 200));
            }
            if (change && !request.csrf() && authorization.isEmpty()) {
                violation("change without the CSRF token", n, request, status + " " + abbreviate(body, 200));
            }
        }
    }

    /**
     * Before its author's request to share a private constraint is sent, the partner may read it:
     * decided before the answer, because another worker may read it the moment it is stored. Only
     * the author's request counts, so that anyone else managing to share it shows as a leak.
     */
    private void mayShare(Fuzzed request) {
        if (request.op() == null || !request.op().key().endsWith("/constraints/{constraintId}/sharing")) {
            return;
        }
        shareableConstraints.forEach((id, authorAndMarker) -> {
            Caller author = authorAndMarker.getKey();
            if (request.caller() == author && request.path().contains(id) && sharedIn(request.body())) {
                mayRead.get(author == ana ? ben : ana).add(authorAndMarker.getValue());
            }
        });
    }

    /** A new feed address is the caller's (and the old one stops working). */
    private void learn(Fuzzed request, Seen answer) {
        if (answer.status() < 300 && request.op() != null && request.op().key().equals("POST /plugins/calendar/feeds")
                && answer.body() != null && answer.body().has("url")) {
            String url = answer.body().get("url").asText();
            String token = url.substring(url.lastIndexOf('/') + 1);
            feedOwners.put(token, request.caller());
            request.caller().ids.put("token", token);
        }
    }

    /** Whether a sharing request may have shared: anything but an explicit {@code false} counts, to be safe. */
    private static boolean sharedIn(byte[] body) {
        try {
            JsonNode shared = JSON.readTree(body).path("shared");
            return !(shared.isBoolean() && !shared.asBoolean());
        } catch (IOException | RuntimeException unreadable) { // includes no body at all
            return true;
        }
    }

    private synchronized void violation(String kind, int n, Fuzzed request, String what) {
        violationKinds.merge(kind, 1, Integer::sum);
        if (violations.size() < 25) {
            violations.add("#" + n + " " + kind + ": " + what + "\n    request: " + request.describe());
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }
}
