package org.openup.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The operations of {@code /openapi.json}, and requests made from them: each path filled with
 * ids, each body made of values that are valid on their own. Tests that go over every route
 * build on this, so a newly registered route is covered by them without being listed anywhere.
 */
final class ApiOperations {

    /** One operation of the OpenAPI document; {@code bodyProperties} is null when it takes no body. */
    record Op(String method, String path, List<String> pathParams, JsonNode bodyProperties) {
        String key() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }

        boolean inJourney() {
            return pathParams.contains("journeyId");
        }
    }

    static final String PASSWORD = "a long enough secret";
    private static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Op> ops;
    private final Map<String, List<String>> vocabulary;
    private final AtomicInteger emails = new AtomicInteger();

    private ApiOperations(List<Op> ops, Map<String, List<String>> vocabulary) {
        this.ops = ops;
        this.vocabulary = vocabulary;
    }

    /** Reads the document and the scene vocabulary (the words some properties must be one of) from a running server. */
    static ApiOperations of(ApiClient client) throws Exception {
        JsonNode vocabulary = MarkedJourneys.expect(client, "GET", "/api/v1/scene-vocabulary", null, 200);
        JsonNode document = MarkedJourneys.expect(client, "GET", "/openapi.json", null, 200);
        return new ApiOperations(read(document.get("paths")), JSON.convertValue(vocabulary,
                JSON.getTypeFactory().constructMapType(Map.class, JSON.getTypeFactory().constructType(String.class),
                        JSON.getTypeFactory().constructCollectionType(List.class, String.class))));
    }

    List<Op> all() {
        return ops;
    }

    private static List<Op> read(JsonNode paths) {
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
        return List.copyOf(ops);
    }

    static String fill(Op op, Map<String, String> ids) {
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
    ObjectNode body(Op op, Map<String, String> ids, String typed) {
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
        return body;
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
            // a link's secret nobody was sent: refused, as a guess must be
            case "token" -> f.textNode("guessed-" + typed);
            case "key" -> f.textNode("invitation-received");
            case "on" -> f.booleanNode(true);
            case "address" -> f.textNode("partner@example.org");
            case "value" -> f.textNode("https://93.184.215.14/settings-" + typed);
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
            case "url" -> f.textNode("https://93.184.215.14/hook-" + typed);
            case "sceneIds" -> {
                ArrayNode list = f.arrayNode();
                list.add(ids.get("sceneId"));
                yield list;
            }
            default -> throw new AssertionError(op.key() + " takes the body property '" + property
                    + "', for which this test has no valid sample: add one to ApiOperations.sample()");
        };
    }

    static String tomorrowEvening() {
        return LocalDateTime.now().plusDays(1).withHour(19).withMinute(30).truncatedTo(ChronoUnit.MINUTES)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }
}
