package org.openup.web.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the OpenAPI 3 document from the registered operations. */
public final class OpenApiDocument {

    private static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}");

    private OpenApiDocument() {
    }

    public static ObjectNode build(ObjectMapper json, List<Api.Operation> operations, String version) {
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "OpenUp API");
        info.put("version", version);
        info.put("description", "Every capability of OpenUp, always on behalf of the signed-in member. Errors are "
                + "application/problem+json (RFC 9457). Writes need the X-CSRF-Token header when signed in by cookie.");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("session").put("type", "apiKey").put("in", "cookie").put("name", "openup_session");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer");
        ObjectNode problem = components.putObject("schemas").putObject("Problem");
        problem.put("type", "object");
        ObjectNode props = problem.putObject("properties");
        for (String p : List.of("type", "title", "detail", "instance", "field")) {
            props.putObject(p).put("type", "string");
        }
        props.putObject("status").put("type", "integer");

        ObjectNode paths = doc.putObject("paths");
        for (Api.Operation op : operations) {
            ObjectNode path = paths.has(op.path()) ? (ObjectNode) paths.get(op.path()) : paths.putObject(op.path());
            ObjectNode o = path.putObject(op.method());
            o.put("summary", op.summary());
            o.putArray("tags").add(op.tag());
            o.put("operationId", op.method() + op.path().replaceAll("[^A-Za-z0-9]+", "_"));
            ArrayNode parameters = o.putArray("parameters");
            Matcher m = PATH_PARAM.matcher(op.path());
            while (m.find()) {
                ObjectNode p = parameters.addObject();
                p.put("name", m.group(1)).put("in", "path").put("required", true);
                p.putObject("schema").put("type", "string");
            }
            if (op.body() != null) {
                ObjectNode body = o.putObject("requestBody");
                body.put("required", true);
                body.putObject("content").putObject("application/json").set("schema", schema(json, op.body()));
            }
            ObjectNode responses = o.putObject("responses");
            responses.putObject(String.valueOf(op.success())).put("description", op.success() == 204 ? "Done" : "Success");
            for (int status : List.of(400, 401, 403, 404, 409, 413, 429)) {
                ObjectNode r = responses.putObject(String.valueOf(status));
                r.put("description", describe(status));
                r.putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", "#/components/schemas/Problem");
            }
        }
        return doc;
    }

    private static ObjectNode schema(ObjectMapper json, Class<?> record) {
        ObjectNode schema = json.createObjectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        if (record.isRecord()) {
            for (RecordComponent c : record.getRecordComponents()) {
                properties.set(c.getName(), typeOf(json, c.getGenericType()));
            }
        }
        return schema;
    }

    private static ObjectNode typeOf(ObjectMapper json, Type type) {
        ObjectNode node = json.createObjectNode();
        if (type == Integer.class || type == int.class) {
            node.put("type", "integer");
        } else if (type == Boolean.class || type == boolean.class) {
            node.put("type", "boolean");
        } else if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            node.put("type", "array");
            node.set("items", typeOf(json, p.getActualTypeArguments()[0]));
        } else {
            node.put("type", "string");
        }
        return node;
    }

    private static String describe(int status) {
        return switch (status) {
            case 400 -> "Invalid input; 'field' names the offending one";
            case 401 -> "Not signed in";
            case 403 -> "Missing or wrong CSRF token";
            case 404 -> "Unknown, or not the caller's";
            case 409 -> "Refused by the method's or the journey's rules";
            case 413 -> "Body larger than 64 KiB";
            default -> "Too many attempts";
        };
    }
}
