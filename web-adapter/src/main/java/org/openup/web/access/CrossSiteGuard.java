package org.openup.web.access;

import io.javalin.http.Context;
import org.openup.web.problem.ApiException;

import java.util.Locale;
import java.util.Set;

/**
 * Refuses a state-changing request another site made a browser send: by {@code Sec-Fetch-Site}
 * when the browser says where the request came from, else by {@code Origin}; and refuses any
 * body that is not JSON, which no HTML form can send without the page asking first. Sign-in and
 * registration are covered too, so another site cannot sign a visitor into an account of its own
 * choosing (login CSRF). Scripts and the CLI send neither header and are not affected.
 */
public final class CrossSiteGuard {

    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private CrossSiteGuard() {
    }

    public static void check(Context ctx) {
        if (Caller.reads(ctx)) {
            return;
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !OWN_SITE.contains(site.strip().toLowerCase(Locale.ROOT))) {
            throw crossSite();
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameHost(origin, ctx.host())) {
            throw crossSite();
        }
        boolean hasBody = ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
        if (hasBody && !isJson(ctx.header("Content-Type"))) {
            throw new ApiException(415, "unsupported-media-type", "Unsupported media type",
                    "Send the request body as JSON, with Content-Type: application/json.", null);
        }
    }

    /** "https://openup.example" is this server when the request was addressed to openup.example. */
    private static boolean sameHost(String origin, String host) {
        String stripped = origin.strip().replaceFirst("^(?i)https?://", "");
        return host != null && !stripped.equals(origin.strip()) && stripped.equalsIgnoreCase(host.strip());
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    private static ApiException crossSite() {
        return new ApiException(403, "cross-site", "Refused",
                "This request came from another website, so OpenUp refused it. Open OpenUp itself and try again there.", null);
    }
}
