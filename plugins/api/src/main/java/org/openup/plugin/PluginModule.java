package org.openup.plugin;

import org.openup.spi.MemberSettings;
import org.openup.spi.PartnerInviteSender;

import com.google.inject.AbstractModule;
import com.google.inject.binder.LinkedBindingBuilder;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import org.openup.content.ContentPack;
import org.openup.spi.notification.NotificationChannel;
import org.openup.plugin.cli.PluginCommand;
import org.openup.spi.MemberData;
import org.openup.spi.web.WebRoutes;

/**
 * The easy way to write a plugin: extend this, give it a {@link #name()}, and in
 * {@link #configure()} say what it contributes. Each method is one line in the plugin; the hosts
 * collect the contributions through Guice multibindings and mount them under the plugin's name.
 */
public abstract class PluginModule extends AbstractModule implements OpenUpPlugin {

    /** Web routes, served by the web adapter under {@code /plugins/<name>/}. One class per plugin. */
    protected final void webRoutes(Class<? extends WebRoutes> routes) {
        MapBinder.newMapBinder(binder(), String.class, WebRoutes.class).addBinding(name()).to(routes);
    }

    /** A picocli {@code @Command} class, run by the CLI as {@code openup <name> <command>}. Built by Guice. */
    protected final void cliCommand(Class<?> command) {
        Multibinder.newSetBinder(binder(), PluginCommand.class).addBinding().toInstance(new PluginCommand(name(), command));
    }

    /** A channel that receives the notifications addressed to the members who enabled it. */
    protected final LinkedBindingBuilder<NotificationChannel> notificationChannel() {
        return Multibinder.newSetBinder(binder(), NotificationChannel.class).addBinding();
    }

    /** The plugin's panel on each member's Settings page. One per plugin. */
    protected final LinkedBindingBuilder<MemberSettings> memberSettings() {
        return MapBinder.newMapBinder(binder(), String.class, MemberSettings.class).addBinding(name());
    }

    /** A way to send the partner their join link, offered beside the code on the home page. One per plugin. */
    protected final LinkedBindingBuilder<PartnerInviteSender> partnerInviteSender() {
        return MapBinder.newMapBinder(binder(), String.class, PartnerInviteSender.class).addBinding(name());
    }

    /** What the plugin keeps about a member outside the events, erased when the member is forgotten. */
    protected final LinkedBindingBuilder<MemberData> memberData() {
        return Multibinder.newSetBinder(binder(), MemberData.class).addBinding();
    }

    /** A content pack (prompts, a language) from a JSON resource in the plugin's jar. */
    protected final void contentPack(String resource) {
        Class<?> owner = getClass();
        Multibinder.newSetBinder(binder(), ContentPack.class).addBinding()
                .toProvider(() -> ContentPack.read(owner.getResourceAsStream(resource)));
    }
}
