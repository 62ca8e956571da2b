package org.openup.web.access;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openup.account.Sessions;
import org.openup.member.MemberId;
import org.openup.web.problem.ApiException;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking: the member behind the session cookie (browsers) or the same session token as a
 * bearer token (scripts). A browser's cookie is sent automatically, so every state-changing
 * request that relies on it must also echo the session's CSRF token in {@value #CSRF_HEADER}.
 */
public final class Caller {

    public static final String COOKIE = "openup_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** Whether the request only reads: the methods a browser may send from anywhere without changing anything. */
    public static boolean reads(Context ctx) {
        return SAFE.contains(ctx.method().name());
    }

    private final Sessions sessions;

    @Inject
    public Caller(Sessions sessions) {
        this.sessions = sessions;
    }

    public MemberId memberId(Context ctx) {
        return session(ctx).memberId();
    }

    public Sessions.Session session(Context ctx) {
        if (ctx.header("Authorization") != null) {
            return bearer(ctx).flatMap(sessions::find).orElseThrow(ApiException::unauthorized);
        }
        Sessions.Session session = sessions.find(token(ctx)).orElseThrow(ApiException::unauthorized);
        if (!reads(ctx) && !sameSecret(ctx.header(CSRF_HEADER), session.csrfToken())) {
            throw ApiException.csrf();
        }
        return session;
    }

    /** The raw session token of this request, if any (from the cookie or the bearer header). */
    public String token(Context ctx) {
        return bearer(ctx).orElseGet(() -> ctx.cookie(COOKIE));
    }

    /** The token of an {@code Authorization: Bearer …} header, if the request has one. */
    public static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? Optional.of(header.substring(7).strip()) : Optional.empty();
    }

    /** Whether {@code given} is the secret, compared in constant time (absent is never it). */
    public static boolean sameSecret(String given, String secret) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }
}
