package org.openup.web.settings;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.openup.spi.failure.NotFoundException;
import org.openup.spi.MemberSettings;
import org.openup.web.JsonBodies;
import org.openup.web.access.Caller;
import org.openup.web.openapi.Api;
import org.openup.web.openapi.ApiRoutes;

import java.util.List;
import java.util.Map;

/**
 * The member's settings as the plugins offer them, one panel each: the app shows whatever panels
 * there are, so a new plugin needs no change here.
 */
public final class SettingsRoutes implements ApiRoutes {

    /** One plugin's panel for the caller. */
    record Panel(String plugin, String title, String description, List<MemberSettings.Switch> switches,
                 List<MemberSettings.Item> items, List<MemberSettings.Action> actions) {
    }

    record Change(String key, Boolean on) {
    }

    record Act(String value) {
    }

    /** An action's result, with the panel as it stands after it. */
    record Acted(MemberSettings.Done done, Panel panel) {
    }

    private final Map<String, MemberSettings> panels;
    private final Caller caller;
    private final JsonBodies bodies;

    @Inject
    public SettingsRoutes(Map<String, MemberSettings> panels, Caller caller, JsonBodies bodies) {
        this.panels = panels;
        this.caller = caller;
        this.bodies = bodies;
    }

    @Override
    public void register(Api api) {
        Api a = api.tagged("Settings");
        a.get("/api/v1/settings", "My settings, one panel per plugin that offers any", this::list);
        a.post("/api/v1/settings/{plugin}", "Turn one of my switches in a plugin's panel on or off", Change.class, 200, this::change);
        a.post("/api/v1/settings/{plugin}/actions/{action}", "Do one of the actions a plugin's panel offers me (a secret it "
                + "makes is in the answer this once)", Act.class, 200, this::act);
        a.delete("/api/v1/settings/{plugin}/items/{itemId}", "Remove one of my items from a plugin's panel", this::remove);
    }

    private void list(Context ctx) {
        String member = caller.memberId(ctx).value(); // the panels are the plugins', which take ids as text
        ctx.json(Map.of("panels", panels.keySet().stream().sorted().map(name -> panel(name, member)).toList()));
    }

    private void change(Context ctx) {
        String member = caller.memberId(ctx).value();
        MemberSettings settings = settings(ctx);
        Change change = bodies.read(ctx, Change.class);
        settings.set(member, change.key() == null ? "" : change.key(), Boolean.TRUE.equals(change.on()));
        ctx.json(panel(ctx.pathParam("plugin"), member));
    }

    private void act(Context ctx) {
        String member = caller.memberId(ctx).value();
        MemberSettings settings = settings(ctx);
        Act act = bodies.readOptional(ctx, Act.class, new Act(null));
        MemberSettings.Done done = settings.act(member, ctx.pathParam("action"), act.value());
        ctx.json(new Acted(done, panel(ctx.pathParam("plugin"), member)));
    }

    private void remove(Context ctx) {
        String member = caller.memberId(ctx).value();
        settings(ctx).remove(member, ctx.pathParam("itemId"));
        ctx.json(panel(ctx.pathParam("plugin"), member));
    }

    private MemberSettings settings(Context ctx) {
        MemberSettings settings = panels.get(ctx.pathParam("plugin"));
        if (settings == null) {
            throw new NotFoundException("No plugin here offers settings called " + ctx.pathParam("plugin") + ".");
        }
        return settings;
    }

    private Panel panel(String name, String member) {
        MemberSettings settings = panels.get(name);
        return new Panel(name, settings.title(), settings.description(member), settings.switches(member), settings.items(member),
                settings.actions(member));
    }
}
