package org.openup.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiTest {

    @TempDir
    Path home;

    @Test
    void everyServedApiRouteIsInTheDocumentAndSwaggerUiIsServedLocally() throws Exception {
        try (WebApp app = WebApp.start(TestStores.SQLITE.newStore(home), "127.0.0.1", 0)) {
            ApiClient client = new ApiClient(app.port());
            ApiClient.Answer doc = client.call("GET", "/openapi.json", null);
            assertThat(doc.status()).isEqualTo(200);
            JsonNode paths = doc.body().get("paths");
            assertThat(doc.body().get("openapi").asText()).startsWith("3.");

            var apiRoutes = app.servedRoutes().stream()
                    .filter(r -> r.contains(" /api/") || r.endsWith(" /health")).toList();
            assertThat(apiRoutes).hasSizeGreaterThan(30);
            for (String route : apiRoutes) {
                String method = route.substring(0, route.indexOf(' ')).toLowerCase(Locale.ROOT);
                String path = route.substring(route.indexOf(' ') + 1);
                assertThat(paths.has(path)).as("documented: " + route).isTrue();
                assertThat(paths.get(path).has(method)).as("documented: " + route).isTrue();
                assertThat(paths.get(path).get(method).get("summary").asText()).isNotBlank();
            }
            assertThat(paths.at("/~1api~1v1~1account/post/requestBody/content/application~1json/schema/properties/email/type").asText())
                    .isEqualTo("string");

            var page = client.call("GET", "/api-docs", null);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.raw().body()).contains("/webjars/swagger-ui/").doesNotContain("https://");
            var bundle = client.raw("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js");
            assertThat(bundle.statusCode()).isEqualTo(200);
            assertThat(bundle.body().length()).isGreaterThan(100_000);
        }
    }
}
