package org.openup.web.export;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openup.export.ExportDocument;
import org.openup.export.ExportMarkdown;
import org.openup.export.Exports;
import org.openup.web.access.Caller;
import org.openup.web.journey.JourneyPath;
import org.openup.web.openapi.Api;
import org.openup.web.openapi.ApiRoutes;

/** A member's export: JSON by default, a readable Markdown report with {@code ?format=markdown}. */
public final class ExportRoutes implements ApiRoutes {

    private final Exports exports;
    private final Caller caller;

    @Inject
    public ExportRoutes(Exports exports, Caller caller) {
        this.exports = exports;
        this.caller = caller;
    }

    @Override
    public void register(Api api) {
        api.tagged("Export").get("/api/v1/journeys/{journeyId}/export",
                "Everything I wrote and what was shared with me (JSON, or ?format=markdown)", this::export);
    }

    private void export(Context ctx) {
        ExportDocument doc = exports.export(caller.memberId(ctx), JourneyPath.id(ctx));
        String format = ctx.queryParam("format");
        if ("markdown".equalsIgnoreCase(format)) {
            ctx.header("Content-Disposition", "attachment; filename=\"openup-journey.md\"");
            ctx.contentType("text/markdown; charset=utf-8").result(ExportMarkdown.render(doc));
        } else if (format == null || format.equalsIgnoreCase("json")) {
            ctx.header("Content-Disposition", "attachment; filename=\"openup-journey.json\"");
            ctx.json(doc);
        } else {
            throw new org.openup.spi.failure.InvalidInputException("format", "Choose format json or markdown.");
        }
    }
}
