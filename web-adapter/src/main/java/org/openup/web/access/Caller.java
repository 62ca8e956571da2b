package org.openup.web.access;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openup.access.AccessTokens;
import org.openup.web.problem.ApiException;

/** Who is asking: the member behind the request's bearer token. */
public final class Caller {

    private final AccessTokens tokens;

    @Inject
    public Caller(AccessTokens tokens) {
        this.tokens = tokens;
    }

    public String memberId(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized();
        }
        return tokens.memberFor(header.substring(7).strip()).orElseThrow(ApiException::unauthorized);
    }
}
