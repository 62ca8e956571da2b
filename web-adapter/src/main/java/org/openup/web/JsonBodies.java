package org.openup.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.openup.web.problem.ApiException;

/** Reads request bodies with the core's JSON settings and refuses what cannot be read, clearly. */
public final class JsonBodies {

    /** Generous for any request this API takes, small enough that nobody can exhaust memory with one. */
    public static final long MAX_BODY_BYTES = 64 * 1024;

    private final ObjectMapper json;

    public JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    /** Like {@link #read} but an empty body means {@code fallback}. */
    public <T> T readOptional(Context ctx, Class<T> type, T fallback) {
        if (ctx.contentLength() == 0 || ctx.bodyAsBytes().length == 0) {
            return fallback;
        }
        return read(ctx, type);
    }

    public <T> T read(Context ctx, Class<T> type) {
        if (ctx.contentLength() > MAX_BODY_BYTES) {
            throw ApiException.tooLarge(MAX_BODY_BYTES);
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BODY_BYTES) {
            throw ApiException.tooLarge(MAX_BODY_BYTES);
        }
        if (body.length == 0) {
            throw ApiException.badJson("This request needs a JSON body.");
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw ApiException.badJson("This request needs a JSON object as its body.");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw ApiException.badJson("The request body is not valid JSON for this request: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (java.io.IOException e) {
            throw ApiException.badJson("The request body could not be read.");
        }
    }
}
