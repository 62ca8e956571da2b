package org.openup.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.http.Context;
import org.openup.web.problem.ApiException;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Objects;

/**
 * Reads request bodies with the core's JSON settings and refuses what cannot be read, clearly.
 * Stricter than the core's reader: a value of the wrong JSON type (a number where text belongs,
 * "5" where a number belongs, 5.5 for a whole number) is refused rather than quietly converted,
 * and nothing may follow the JSON value.
 */
public final class JsonBodies {

    /** Generous for any request this API takes, small enough that nobody can exhaust memory with one. */
    public static final long MAX_BODY_BYTES = 64 * 1024;
    /**
     * How much of a too-large body is still read (and dropped) before the 413 is sent: a client
     * that is still sending when the server answers and closes would otherwise see a reset
     * connection instead of the answer. Anything larger is cut off.
     */
    static final long DRAIN_LIMIT = 1024 * 1024;
    private static final String BODY = JsonBodies.class.getName() + ".body";

    private final ObjectMapper json;

    public JsonBodies(ObjectMapper json) {
        ObjectMapper strict = json.copy();
        strict.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        this.json = strict;
    }

    /** Like {@link #read} but an empty body means {@code fallback}. */
    public <T> T readOptional(Context ctx, Class<T> type, T fallback) {
        if (ctx.contentLength() == 0 || body(ctx).length == 0) {
            return fallback;
        }
        return read(ctx, type);
    }

    public <T> T read(Context ctx, Class<T> type) {
        byte[] body = body(ctx);
        if (body.length == 0) {
            throw ApiException.badJson("This request needs a JSON body.");
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw ApiException.badJson("This request needs a JSON object as its body.");
            }
            return value;
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            if (field == null) {
                throw ApiException.badJson("This request needs a JSON object as its body, with the fields the request takes.");
            }
            boolean item = e.getPath().stream().anyMatch(r -> r.getFieldName() == null);
            throw new ApiException(400, "malformed-body", "Malformed request body",
                    (item ? "Each item of '" + field + "'" : "'" + field + "'") + " " + expected(e) + ".", field);
        } catch (StreamConstraintsException e) {
            throw ApiException.badJson("The request body is nested too deeply or holds a value that is too long.");
        } catch (JsonProcessingException e) {
            throw ApiException.badJson("The request body is not valid JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw ApiException.badJson("The request body could not be read.");
        }
    }

    private static String expected(JsonMappingException e) {
        Class<?> target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m ? m.getTargetType() : null;
        if (target == String.class) {
            return "must be text (in double quotes)";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "must be a whole number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target != null && (Collection.class.isAssignableFrom(target) || target.isArray())) {
            return "must be a list";
        }
        return "has a value of the wrong kind or size";
    }

    /** The body, read once and at most {@link #MAX_BODY_BYTES} of it; anything longer is refused with 413. */
    private static byte[] body(Context ctx) {
        byte[] cached = ctx.attribute(BODY);
        if (cached != null) {
            return cached;
        }
        long declared = ctx.contentLength();
        try {
            InputStream in = ctx.req().getInputStream();
            if (declared > MAX_BODY_BYTES) {
                drain(in, declared);
                throw ApiException.tooLarge(MAX_BODY_BYTES);
            }
            byte[] body = in.readNBytes((int) MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                drain(in, -1);
                throw ApiException.tooLarge(MAX_BODY_BYTES);
            }
            ctx.attribute(BODY, body);
            return body;
        } catch (IOException e) {
            throw ApiException.badJson("The request body could not be read.");
        }
    }

    /**
     * After any request, reads what is left of its body (up to {@link #DRAIN_LIMIT}), whether or not
     * the route wanted one. A body nobody read is still in the socket when Jetty closes the
     * connection, and closing with unread data resets it: the client lost the end of the answer
     * (seen as a cut-off chunked answer to a GET of /metrics sent with a 128 KiB body).
     */
    public static void discardUnread(Context ctx) {
        if (ctx.attribute(BODY) != null) {
            return; // read whole by the route
        }
        try {
            drain(ctx.req().getInputStream(), ctx.contentLength());
        } catch (IOException | IllegalStateException unreadable) {
            // nothing more can be read (the connection is gone, or the body was taken as a reader): nothing to discard
        }
    }

    /** Reads what the client still sends, up to {@link #DRAIN_LIMIT}, so that it reads the answer rather than a reset. */
    private static void drain(InputStream in, long declared) throws IOException {
        if (declared > DRAIN_LIMIT) {
            return;
        }
        byte[] sink = new byte[8192];
        long total = 0;
        for (int n; total < DRAIN_LIMIT && (n = in.read(sink)) > 0; ) {
            total += n;
        }
    }
}
