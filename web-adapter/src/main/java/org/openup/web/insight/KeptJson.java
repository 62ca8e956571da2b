package org.openup.web.insight;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.ContentType;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The JSON of answers the core keeps: the read cache hands out the very same answer object until
 * the store changes, so its JSON is written once per answer instead of once per request (writing
 * it was a quarter of a cached insights request). Keyed by the answer's identity and held only as
 * long as the core holds the answer, so a new answer is always written afresh, and nothing is
 * kept for an answer nobody can be handed any more.
 */
final class KeptJson {

    /** Answers whose JSON is kept at once: as many as the core's read cache keeps answers. */
    static final int MOST_KEPT = 2_000;

    private final Cache<Object, byte[]> written = Caffeine.newBuilder().weakKeys().maximumSize(MOST_KEPT).build();

    /** Answers with the JSON of {@code answer}, as {@code shape} makes it of the answer (e.g. wraps it in an object). */
    void answer(Context ctx, Object answer, Function<Object, Object> shape) {
        byte[] json = written.get(answer, a -> ctx.jsonMapper().toJsonString(shape.apply(a), Object.class)
                .getBytes(StandardCharsets.UTF_8));
        ctx.contentType(ContentType.APPLICATION_JSON).result(json);
    }
}
