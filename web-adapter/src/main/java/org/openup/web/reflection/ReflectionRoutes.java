package org.openup.web.reflection;

import org.openup.web.openapi.Api;
import org.openup.web.openapi.ApiRoutes;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openup.content.Content;
import org.openup.journey.JourneyId;
import org.openup.member.MemberId;
import org.openup.reflection.PartnerQuestions;
import org.openup.reflection.QuestionDecision;
import org.openup.reflection.ReflectionViews;
import org.openup.reflection.Reflections;
import org.openup.web.JsonBodies;
import org.openup.web.access.Caller;
import org.openup.web.journey.JourneyPath;

import java.util.Map;

/** Steps 1 and 2 and celebrating: questions, constraints, moments and thanks, partner questions. */
public final class ReflectionRoutes implements ApiRoutes {

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

    @Override
    public void register(Api api) {
        Api a = api.tagged("Reflection");
        a.get("/api/v1/constraint-catalogue", "The catalogue of common constraints", ctx ->
                ctx.json(Map.of("constraints", content.constraintCatalogue(Content.BASE))));
        a.get(J + "/questions", "The caller's questions and how they were reframed", ctx ->
                ctx.json(Map.of("questions", reflections.questions(caller.memberId(ctx), j(ctx)))));
        a.post(J + "/questions", "Ask a question; get a constraint question back (or a safety note)", Ask.class, 201, this::ask);
        a.post(J + "/questions/{questionId}/decision", "Accept, edit or reject the proposal", Decision.class, 200, this::decide);
        a.get(J + "/constraints", "The caller's constraints and the partner's shared ones", ctx ->
                ctx.json(Map.of("constraints", reflections.constraints(caller.memberId(ctx), j(ctx)))));
        a.post(J + "/constraints", "Note a constraint (private until shared)", NewConstraint.class, 201, this::noteConstraint);
        a.put(J + "/constraints/{constraintId}/note", "Revise a constraint's note", Note.class, 204, this::reviseConstraint);
        a.put(J + "/constraints/{constraintId}/sharing", "Share a constraint with the partner, or keep it private", Sharing.class, 204,
                this::shareConstraint);
        a.get(J + "/moments", "Moments the caller noticed", ctx -> ctx.json(Map.of("moments", reflections.moments(caller.memberId(ctx), j(ctx)))));
        a.post(J + "/moments", "Note a moment the partner opened up", NewMoment.class, 201, this::noteMoment);
        a.post(J + "/moments/{momentId}/thanks", "Thank the partner for a moment, specifically", Thanks.class, 204, this::thank);
        a.get(J + "/thanks-received", "Thanks the partner sent", ctx ->
                ctx.json(Map.of("thanks", reflections.thanksReceived(caller.memberId(ctx), j(ctx)))));
        a.get(J + "/questions/{questionId}/for-partner", "The caller's question turned to the partner, to edit before asking it",
                ctx -> ctx.json(Map.of("draft", partnerQuestions.draft(caller.memberId(ctx), j(ctx), ctx.pathParam("questionId")))));
        a.get(J + "/partner-questions", "Constraint questions asked of or by the caller", ctx ->
                ctx.json(Map.of("partnerQuestions", partnerQuestions.list(caller.memberId(ctx), j(ctx)))));
        a.post(J + "/partner-questions", "Ask the partner the constraint question", PartnerQuestion.class, 201, this::askPartner);
        a.post(J + "/partner-questions/{askId}/answer", "Answer it, choosing whether the asker may read it", PartnerAnswer.class, 200,
                this::answerPartner);
        a.post(J + "/partner-questions/{askId}/not-now", "Say not now, no reason needed", null, 200, ctx ->
                ctx.json(partnerQuestions.notNow(caller.memberId(ctx), j(ctx), ctx.pathParam("askId"))));
    }

    private static JourneyId j(Context ctx) {
        return JourneyPath.id(ctx);
    }

    /** A reframing to decide on (201); a question that signals danger gets the safety note (422, nothing kept). */
    private void ask(Context ctx) {
        MemberId member = caller.memberId(ctx);
        String question = bodies.read(ctx, Ask.class).question();
        ctx.status(201).json(Map.of("reframed", reflections.ask(member, j(ctx), question)));
    }

    private void decide(Context ctx) {
        MemberId member = caller.memberId(ctx);
        Decision d = bodies.read(ctx, Decision.class);
        ctx.json(reflections.settle(member, j(ctx), ctx.pathParam("questionId"), QuestionDecision.parse(d.decision()), d.text()));
    }

    private void noteConstraint(Context ctx) {
        MemberId member = caller.memberId(ctx);
        NewConstraint c = bodies.read(ctx, NewConstraint.class);
        ctx.status(201).json(reflections.noteConstraint(member, j(ctx), c.kind(), c.title(), c.note()));
    }

    private void reviseConstraint(Context ctx) {
        MemberId member = caller.memberId(ctx);
        String note = bodies.read(ctx, Note.class).note();
        reflections.reviseConstraint(member, j(ctx), ctx.pathParam("constraintId"), note);
        ctx.status(204);
    }

    private void shareConstraint(Context ctx) {
        MemberId member = caller.memberId(ctx);
        Sharing s = bodies.read(ctx, Sharing.class);
        if (s.shared() == null) {
            throw new org.openup.spi.failure.InvalidInputException("shared", "Say true to share it with your partner, false to keep it private.");
        }
        reflections.shareConstraint(member, j(ctx), ctx.pathParam("constraintId"), s.shared());
        ctx.status(204);
    }

    private void noteMoment(Context ctx) {
        MemberId member = caller.memberId(ctx);
        String what = bodies.read(ctx, NewMoment.class).what();
        ctx.status(201).json(reflections.noteMoment(member, j(ctx), what));
    }

    private void thank(Context ctx) {
        MemberId member = caller.memberId(ctx);
        String thanks = bodies.read(ctx, Thanks.class).thanks();
        reflections.thank(member, j(ctx), ctx.pathParam("momentId"), thanks);
        ctx.status(204);
    }

    private void askPartner(Context ctx) {
        MemberId member = caller.memberId(ctx);
        String question = bodies.read(ctx, PartnerQuestion.class).question();
        ctx.status(201).json(partnerQuestions.ask(member, j(ctx), question));
    }

    private void answerPartner(Context ctx) {
        MemberId member = caller.memberId(ctx);
        PartnerAnswer a = bodies.read(ctx, PartnerAnswer.class);
        ctx.json(partnerQuestions.answer(member, j(ctx), ctx.pathParam("askId"), a.answer(), Boolean.TRUE.equals(a.share())));
    }
}
