package org.openup.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.openup.plugin.web.RequestBodies;
import org.openup.web.problem.ApiException;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads request bodies as {@link RequestBodies} does (the plugin test kit reads them the same
 * way), at most {@link #MAX_BODY_BYTES} of them; what cannot be read is refused with
 * {@link RequestBodies.MalformedBodyException}, answered as a "malformed-body" problem.
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

    private final RequestBodies strict;

    public JsonBodies(ObjectMapper json) {
        this.strict = new RequestBodies(json);
    }

    /** Like {@link #read} but an empty body means {@code fallback}. */
    public <T> T readOptional(Context ctx, Class<T> type, T fallback) {
        if (ctx.contentLength() == 0 || body(ctx).length == 0) {
            return fallback;
        }
        return read(ctx, type);
    }

    public <T> T read(Context ctx, Class<T> type) {
        return strict.read(body(ctx), type);
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
            throw new RequestBodies.MalformedBodyException(null, "The request body could not be read.");
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
