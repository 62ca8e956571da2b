package org.openup.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.openup.engine.store.StoreUnavailableException;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.NotFoundException;
import org.openup.spi.failure.NotAuthenticatedException;
import org.openup.spi.failure.RefusedException;
import org.openup.spi.failure.TooManyAttemptsException;
import org.openup.plugin.web.RequestBodies;
import org.openup.safety.SafetyFirstException;
import org.openup.web.operations.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * Turns every failure into a problem+json answer with a sentence a person can act on. Domain
 * refusals are 409, bad input 400, anything unknown or not theirs 404; our own faults are 500
 * with a reference that also appears in the log, never a stack trace.
 */
public final class ProblemHandlers {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandlers.class);

    private final ObjectMapper json;

    public ProblemHandlers(ObjectMapper json) {
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.exception(InvalidInputException.class, (e, ctx) ->
                send(ctx, 400, "invalid-input", "Invalid input", e.getMessage(), e.field()));
        // a body that is no JSON of the request's shape, whoever read it (a route or a plugin's)
        routes.exception(RequestBodies.MalformedBodyException.class, (e, ctx) ->
                send(ctx, 400, "malformed-body", "Malformed request body", e.getMessage(), e.field()));
        // nothing was kept: the note is the answer, shown in place of any coaching
        routes.exception(SafetyFirstException.class, (e, ctx) -> send(ctx, 422,
                new Problem("/problems/safety-first", "Your safety comes first", 422, e.getMessage(), ctx.path(), null, e.note())));
        routes.exception(NotFoundException.class, (e, ctx) ->
                send(ctx, 404, "not-found", "Not found", e.getMessage(), null));
        routes.exception(TooManyAttemptsException.class, (e, ctx) -> {
            ctx.header("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
            send(ctx, 429, "too-many-attempts", "Too many attempts", e.getMessage(), null);
        });
        routes.exception(NotAuthenticatedException.class, (e, ctx) ->
                send(ctx, 401, "unauthorized", "Not signed in", e.getMessage(), null));
        routes.exception(RefusedException.class, (e, ctx) ->
                send(ctx, 409, "refused", "Not possible right now", e.getMessage(), null));
        routes.exception(ApiException.class, (e, ctx) -> {
            if (e.status() == 401) {
                ctx.header("WWW-Authenticate", "Bearer");
            }
            send(ctx, e.status(), e.type(), e.title(), e.getMessage(), e.field());
        });
        routes.exception(StoreUnavailableException.class, (e, ctx) -> {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            log.error("Store unavailable (ref {})", ref, e);
            send(ctx, 503, "store-unavailable", "Temporarily unavailable",
                    "The data store cannot be reached right now. Please try again in a moment (ref " + ref + ").", null);
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            String detail = status == 413 ? "The request body is too large." : e.getMessage();
            send(ctx, status, status == 413 ? "body-too-large" : "http-" + status, e.getMessage(), detail, null);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            // the route's template, not the path: a path holds journey and entry ids
            log.error("Unexpected failure on {} {} (ref {})", ctx.method(), Metrics.route(ctx), ref, e);
            send(ctx, 500, "internal", "Something went wrong on our side",
                    "Your request could not be completed. If it keeps happening, report ref " + ref + ".", null);
        });
        routes.error(404, ctx -> {
            if (!Problem.CONTENT_TYPE.equals(ctx.res().getContentType())) {
                send(ctx, 404, "not-found", "Not found", "There is nothing at " + ctx.path() + ".", null);
            }
        });
        routes.error(405, ctx -> send(ctx, 405, "method-not-allowed", "Method not allowed",
                ctx.method() + " is not supported on " + ctx.path() + ".", null));
    }

    private void send(Context ctx, int status, String type, String title, String detail, String field) {
        send(ctx, status, new Problem("/problems/" + type, title, status, detail, ctx.path(), field));
    }

    private void send(Context ctx, int status, Problem problem) {
        try {
            ctx.status(status).contentType(Problem.CONTENT_TYPE).result(json.writeValueAsBytes(problem));
        } catch (Exception e) {
            ctx.status(status).result(problem.detail());
        }
    }
}
