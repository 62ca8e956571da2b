package org.openup.web;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import org.openup.web.account.AccountRoutes;
import org.openup.web.conversation.ConversationRoutes;
import org.openup.web.export.ExportRoutes;
import org.openup.web.health.HealthRoutes;
import org.openup.web.insight.InsightRoutes;
import org.openup.web.journey.JourneyRoutes;
import org.openup.web.journey.PartnerInviteRoutes;
import org.openup.web.openapi.ApiRoutes;
import org.openup.web.plugin.PluginRoutes;
import org.openup.web.reflection.ReflectionRoutes;
import org.openup.web.scene.SceneRoutes;
import org.openup.web.settings.SettingsRoutes;

/**
 * The web adapter's features, each contributing its routes the way the core's features contribute
 * aggregates and read models, and plugins their routes: a feature is one line here.
 */
final class WebModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder<ApiRoutes> routes = Multibinder.newSetBinder(binder(), ApiRoutes.class);
        routes.addBinding().to(HealthRoutes.class);
        routes.addBinding().to(AccountRoutes.class);
        routes.addBinding().to(JourneyRoutes.class);
        routes.addBinding().to(ReflectionRoutes.class);
        routes.addBinding().to(SceneRoutes.class);
        routes.addBinding().to(ConversationRoutes.class);
        routes.addBinding().to(InsightRoutes.class);
        routes.addBinding().to(ExportRoutes.class);
        routes.addBinding().to(PartnerInviteRoutes.class);
        routes.addBinding().to(SettingsRoutes.class);
        routes.addBinding().to(PluginRoutes.class); // the plugins', under /plugins/<name>
    }
}
