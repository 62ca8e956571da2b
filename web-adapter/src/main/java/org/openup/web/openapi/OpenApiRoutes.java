package org.openup.web.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;

/**
 * {@code /openapi.json} and Swagger UI at {@code /api-docs}, served from the webjar (no CDN).
 * Registered last, so the document lists every other route.
 */
public final class OpenApiRoutes {

    static final String SWAGGER_UI_VERSION = "5.34.1";

    private OpenApiRoutes() {
    }

    public static void register(RoutesConfig routes, Api api, ObjectMapper json) {
        String version = OpenApiRoutes.class.getPackage().getImplementationVersion();
        byte[] document;
        try {
            document = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(
                    OpenApiDocument.build(json, api.operations(), version == null ? "development" : version));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the OpenAPI document", e);
        }
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(document));
        routes.get("/api-docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(page()));
    }

    private static String page() {
        String base = "/webjars/swagger-ui/" + SWAGGER_UI_VERSION + "/";
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>OpenUp API</title>
                  <link rel="stylesheet" href="%sswagger-ui.css">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="%sswagger-ui-bundle.js"></script>
                  <script src="/api-docs/init.js"></script>
                </body>
                </html>
                """.formatted(base, base);
    }

    /** Kept out of the page so a strict Content-Security-Policy needs no inline script. */
    static final String INIT = "window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui' });\n";

    public static void registerInit(RoutesConfig routes) {
        routes.get("/api-docs/init.js", ctx -> ctx.contentType("text/javascript").result(INIT));
    }
}
