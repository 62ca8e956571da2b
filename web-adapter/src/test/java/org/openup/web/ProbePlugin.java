package org.openup.web;

import org.openup.spi.OpenUpPlugin;
import org.openup.spi.PluginContext;
import org.openup.spi.web.WebResponse;

/**
 * A plugin written as a careless or hostile one would be, for the web adapter's edge tests: one
 * route tries to loosen the security headers, another fails with an unexpected error.
 */
final class ProbePlugin implements OpenUpPlugin {

    /** The failure's own text: the log may keep it and its stack trace, but not the address asked for. */
    static final String FAILURE = "the probe broke";

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public void register(PluginContext context) {
        context.webRoutes(routes -> {
            routes.get("/loose", "An answer that asks to be cached, framed and loaded from anywhere", request ->
                    WebResponse.text(200, "text/plain; charset=utf-8", "nothing private, it says")
                            .withHeader("Cache-Control", "public, max-age=86400")
                            .withHeader("content-security-policy", "default-src *")
                            .withHeader("X-Frame-Options", "ALLOWALL")
                            .withHeader("X-Probe", "kept"));
            routes.get("/things/{thingId}", "A route whose handler breaks", request -> {
                throw new IllegalStateException(FAILURE);
            });
        });
    }
}
