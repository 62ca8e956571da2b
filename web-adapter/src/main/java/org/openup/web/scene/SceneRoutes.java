package org.openup.web.scene;

import org.openup.web.openapi.Api;
import org.openup.web.openapi.ApiRoutes;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openup.content.Content;
import org.openup.journey.JourneyId;
import org.openup.member.MemberId;
import org.openup.scene.Scenes;
import org.openup.web.JsonBodies;
import org.openup.web.access.Caller;
import org.openup.web.journey.JourneyPath;

import java.util.Map;

/** Step 3, set the scene: the couple's scene library and the words scenes are described with. */
public final class SceneRoutes implements ApiRoutes {

    private static final String J = "/api/v1/journeys/{journeyId}";

    private final Scenes scenes;
    private final Content content;
    private final Caller caller;
    private final JsonBodies bodies;

    @Inject
    public SceneRoutes(Scenes scenes, Content content, Caller caller, JsonBodies bodies) {
        this.scenes = scenes;
        this.content = content;
        this.caller = caller;
        this.bodies = bodies;
    }

    @Override
    public void register(Api api) {
        Api a = api.tagged("Scenes");
        a.get("/api/v1/scene-vocabulary", "The words scenes are described with", ctx -> ctx.json(content.sceneVocabulary(Content.BASE)));
        a.get(J + "/scenes", "The couple's scene library", ctx ->
                ctx.json(Map.of("scenes", scenes.library(caller.memberId(ctx), JourneyPath.id(ctx)))));
        a.post(J + "/scenes", "Describe a scene", Scenes.Draft.class, 201, this::describe);
        a.put(J + "/scenes/{sceneId}", "Revise a scene", Scenes.Draft.class, 200, this::revise);
    }

    private void describe(Context ctx) {
        MemberId member = caller.memberId(ctx);
        Scenes.Draft draft = bodies.read(ctx, Scenes.Draft.class);
        JourneyId journey = JourneyPath.id(ctx);
        String sceneId = scenes.describe(member, journey, draft);
        ctx.status(201).json(scenes.scene(member, journey, sceneId));
    }

    private void revise(Context ctx) {
        MemberId member = caller.memberId(ctx);
        Scenes.Draft draft = bodies.read(ctx, Scenes.Draft.class);
        JourneyId journey = JourneyPath.id(ctx);
        scenes.revise(member, journey, ctx.pathParam("sceneId"), draft);
        ctx.json(scenes.scene(member, journey, ctx.pathParam("sceneId")));
    }
}
