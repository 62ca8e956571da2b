package org.openup.web.reflection;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openup.content.Content;
import org.openup.reflection.PartnerQuestions;
import org.openup.reflection.QuestionDecision;
import org.openup.reflection.ReflectionViews;
import org.openup.reflection.Reflections;
import org.openup.web.JsonBodies;
import org.openup.web.access.Caller;

import java.util.Map;

/** Steps 1 and 2 and celebrating: questions, constraints, moments and thanks, partner questions. */
public final class ReflectionRoutes {

    record Ask(String question) {
    }

    record Decision(String decision, String text) {
    }

    record NewConstraint(String kind, String title, String note) {
    }

    record Note(String note) {
    }

    record Sharing(Boolean shared) {
    }

    record NewMoment(String what) {
    }

    record Thanks(String thanks) {
    }

    record PartnerQuestion(String question) {
    }

    record PartnerAnswer(String answer, Boolean share) {
    }

    private static final String J = "/api/v1/journeys/{journeyId}";

    private final Reflections reflections;
    private final PartnerQuestions partnerQuestions;
    private final Content content;
    private final Caller caller;
    private final JsonBodies bodies;

    @Inject
    public ReflectionRoutes(Reflections reflections, PartnerQuestions partnerQuestions, Content content, Caller caller, JsonBodies bodies) {
        this.reflections = reflections;
        this.partnerQuestions = partnerQuestions;
        this.content = content;
        this.caller = caller;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/constraint-catalogue", ctx -> ctx.json(Map.of("constraints", content.constraintCatalogue(Content.BASE))));
        routes.get(J + "/questions", ctx -> ctx.json(Map.of("questions", reflections.questions(caller.memberId(ctx), j(ctx)))));
        routes.post(J + "/questions", this::ask);
        routes.post(J + "/questions/{questionId}/decision", this::decide);
        routes.get(J + "/constraints", ctx -> ctx.json(Map.of("constraints", reflections.constraints(caller.memberId(ctx), j(ctx)))));
        routes.post(J + "/constraints", this::noteConstraint);
        routes.put(J + "/constraints/{constraintId}/note", this::reviseConstraint);
        routes.put(J + "/constraints/{constraintId}/sharing", this::shareConstraint);
        routes.get(J + "/moments", ctx -> ctx.json(Map.of("moments", reflections.moments(caller.memberId(ctx), j(ctx)))));
        routes.post(J + "/moments", this::noteMoment);
        routes.post(J + "/moments/{momentId}/thanks", this::thank);
        routes.get(J + "/thanks-received", ctx -> ctx.json(Map.of("thanks", reflections.thanksReceived(caller.memberId(ctx), j(ctx)))));
        routes.get(J + "/partner-questions", ctx -> ctx.json(Map.of("partnerQuestions", partnerQuestions.list(caller.memberId(ctx), j(ctx)))));
        routes.post(J + "/partner-questions", this::askPartner);
        routes.post(J + "/partner-questions/{askId}/answer", this::answerPartner);
        routes.post(J + "/partner-questions/{askId}/not-now", ctx ->
                ctx.json(partnerQuestions.notNow(caller.memberId(ctx), j(ctx), ctx.pathParam("askId"))));
    }

    private static String j(Context ctx) {
        return ctx.pathParam("journeyId");
    }

    /** A reframing to decide on (201), or the safety note instead (200). */
    private void ask(Context ctx) {
        String member = caller.memberId(ctx);
        ReflectionViews.AskAnswer answer = reflections.ask(member, j(ctx), bodies.read(ctx, Ask.class).question());
        if (answer instanceof ReflectionViews.SafetyFirst safety) {
            ctx.json(Map.of("safety", safety.safety()));
        } else {
            ctx.status(201).json(Map.of("reframed", answer));
        }
    }

    private void decide(Context ctx) {
        Decision d = bodies.read(ctx, Decision.class);
        ctx.json(reflections.settle(caller.memberId(ctx), j(ctx), ctx.pathParam("questionId"), QuestionDecision.parse(d.decision()), d.text()));
    }

    private void noteConstraint(Context ctx) {
        NewConstraint c = bodies.read(ctx, NewConstraint.class);
        ctx.status(201).json(reflections.noteConstraint(caller.memberId(ctx), j(ctx), c.kind(), c.title(), c.note()));
    }

    private void reviseConstraint(Context ctx) {
        reflections.reviseConstraint(caller.memberId(ctx), j(ctx), ctx.pathParam("constraintId"), bodies.read(ctx, Note.class).note());
        ctx.status(204);
    }

    private void shareConstraint(Context ctx) {
        Sharing s = bodies.read(ctx, Sharing.class);
        if (s.shared() == null) {
            throw new org.openup.failure.InvalidInputException("shared", "Say true to share it with your partner, false to keep it private.");
        }
        reflections.shareConstraint(caller.memberId(ctx), j(ctx), ctx.pathParam("constraintId"), s.shared());
        ctx.status(204);
    }

    private void noteMoment(Context ctx) {
        ctx.status(201).json(reflections.noteMoment(caller.memberId(ctx), j(ctx), bodies.read(ctx, NewMoment.class).what()));
    }

    private void thank(Context ctx) {
        reflections.thank(caller.memberId(ctx), j(ctx), ctx.pathParam("momentId"), bodies.read(ctx, Thanks.class).thanks());
        ctx.status(204);
    }

    private void askPartner(Context ctx) {
        ctx.status(201).json(partnerQuestions.ask(caller.memberId(ctx), j(ctx), bodies.read(ctx, PartnerQuestion.class).question()));
    }

    private void answerPartner(Context ctx) {
        PartnerAnswer a = bodies.read(ctx, PartnerAnswer.class);
        ctx.json(partnerQuestions.answer(caller.memberId(ctx), j(ctx), ctx.pathParam("askId"), a.answer(), Boolean.TRUE.equals(a.share())));
    }
}
