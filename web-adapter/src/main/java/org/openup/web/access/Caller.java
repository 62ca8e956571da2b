package org.openup.web.access;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openup.account.Sessions;
import org.openup.web.problem.ApiException;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
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

    /** Whether the request came over HTTPS, directly or through a proxy that says so. */
    public static boolean overHttps(Context ctx) {
        return "https".equals(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    private final Sessions sessions;

    @Inject
    public Caller(Sessions sessions) {
        this.sessions = sessions;
    }

    public String memberId(Context ctx) {
        return session(ctx).memberId();
    }

    public Sessions.Session session(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null) {
            if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw ApiException.unauthorized();
            }
            return sessions.find(header.substring(7).strip()).orElseThrow(ApiException::unauthorized);
        }
        Sessions.Session session = sessions.find(token(ctx)).orElseThrow(ApiException::unauthorized);
        if (!reads(ctx) && !sameToken(ctx.header(CSRF_HEADER), session.csrfToken())) {
            throw ApiException.csrf();
        }
        return session;
    }

    /** The raw session token of this request, if any (from the cookie or the bearer header). */
    public String token(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).strip();
        }
        return ctx.cookie(COOKIE);
    }

    private static boolean sameToken(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
