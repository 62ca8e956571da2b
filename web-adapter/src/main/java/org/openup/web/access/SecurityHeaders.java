package org.openup.web.access;

import io.javalin.http.Context;

import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Headers on every answer: what the page may load and run (our own files only, no inline script
 * or style), that nobody may frame it, that no address leaks to other sites, and that private
 * answers are never kept in a cache. HSTS only when the request came over HTTPS.
 */
public final class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** Every header set here: a plugin's answer may not replace one (see PluginRoutes), so none can be weakened. */
    private static final Set<String> OWN = Set.of("content-security-policy", "x-content-type-options", "x-frame-options",
            "referrer-policy", "permissions-policy", "cross-origin-opener-policy", "cross-origin-resource-policy", "cache-control",
            "strict-transport-security");
    /** The API's documentation page (Swagger UI from a webjar) sets styles inline; it holds no private data. */
    static final String DOCS_POLICY = POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private SecurityHeaders() {
    }

    public static void apply(Context ctx, boolean overHttps) {
        String path = ctx.path();
        boolean docs = path.startsWith("/api-docs") || path.startsWith("/webjars/");
        common(ctx::header, docs ? DOCS_POLICY : POLICY);
        if (!docs && !isStaticAsset(path)) {
            // private JSON, exports, feeds: never stored by a browser or a proxy in between
            ctx.header("Cache-Control", "no-store");
        }
        if (overHttps) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /**
     * The headers of an answer Jetty gives before any route runs (see JettyProblems): the same
     * policy, and never cached. No HSTS: such a request is not read far enough to know how it came.
     */
    public static void applyToRefusal(BiConsumer<String, String> header) {
        common(header, POLICY);
        header.accept("Cache-Control", "no-store");
    }

    private static void common(BiConsumer<String, String> header, String policy) {
        header.accept("Content-Security-Policy", policy);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("X-Frame-Options", "DENY");
        header.accept("Referrer-Policy", "no-referrer");
        header.accept("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
        header.accept("Cross-Origin-Opener-Policy", "same-origin");
        header.accept("Cross-Origin-Resource-Policy", "same-origin");
    }

    /** Whether {@code name} is one of the headers every answer gets here. */
    public static boolean isOwn(String name) {
        return OWN.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean isStaticAsset(String path) {
        // the API and the plugins serve no files of the page: whatever their address ends with, it is private
        if (path.startsWith("/api/") || path.startsWith("/plugins/")) {
            return false;
        }
        return path.endsWith(".js") || path.endsWith(".css") || path.endsWith(".svg") || path.endsWith(".png")
                || path.endsWith(".woff2");
    }
}
