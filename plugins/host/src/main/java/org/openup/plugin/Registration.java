package org.openup.plugin;

import com.google.inject.Module;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import org.openup.content.ContentPack;
import org.openup.plugin.cli.PluginCommand;
import org.openup.spi.MemberAccounts;
import org.openup.spi.MemberData;
import org.openup.spi.MemberJourneys;
import org.openup.spi.MemberSettings;
import org.openup.spi.OpenUpPlugin;
import org.openup.spi.PartnerInviteSender;
import org.openup.spi.PluginContext;
import org.openup.spi.PluginStore;
import org.openup.spi.PublicAddress;
import org.openup.spi.cli.CliCommand;
import org.openup.spi.notification.NotificationChannel;
import org.openup.spi.web.WebRoutes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One plugin's {@link PluginContext}: what it is given (lazily, so registering opens nothing)
 * and what it contributes, handed to the hosts as Guice bindings under the plugin's name.
 */
final class Registration implements PluginContext {

    /** What every plugin is given; the same for all of them. */
    record Given(PluginStore store, MemberJourneys journeys, MemberAccounts accounts, PublicAddress address, Clock clock) {
    }

    private final OpenUpPlugin plugin;
    private final Given given;
    private final List<NotificationChannel> channels = new ArrayList<>();
    private final List<MemberData> memberData = new ArrayList<>();
    private final List<CliCommand> commands = new ArrayList<>();
    private final List<String> contentPacks = new ArrayList<>();
    private WebRoutes routes;
    private MemberSettings settings;
    private PartnerInviteSender sender;

    Registration(OpenUpPlugin plugin, Given given) {
        this.plugin = plugin;
        this.given = given;
    }

    @Override
    public PluginStore store() {
        return given.store();
    }

    @Override
    public MemberJourneys journeys() {
        return given.journeys();
    }

    @Override
    public MemberAccounts accounts() {
        return given.accounts();
    }

    @Override
    public PublicAddress publicAddress() {
        return given.address();
    }

    @Override
    public Clock clock() {
        return given.clock();
    }

    @Override
    public Optional<String> environment(String name) {
        return Optional.ofNullable(System.getenv(name));
    }

    @Override
    public void webRoutes(WebRoutes routes) {
        this.routes = once(this.routes, routes, "web routes");
    }

    @Override
    public void cliCommand(CliCommand command) {
        commands.add(command);
    }

    @Override
    public void notificationChannel(NotificationChannel channel) {
        channels.add(channel);
    }

    @Override
    public void memberSettings(MemberSettings settings) {
        this.settings = once(this.settings, settings, "a settings panel");
    }

    @Override
    public void partnerInviteSender(PartnerInviteSender sender) {
        this.sender = once(this.sender, sender, "a partner invite sender");
    }

    @Override
    public void memberData(MemberData data) {
        memberData.add(data);
    }

    @Override
    public void contentPack(String resource) {
        contentPacks.add(resource);
    }

    /** The contributions, bound where the core and the hosts look for them. */
    Module module() {
        String name = plugin.name();
        return binder -> {
            if (routes != null) {
                MapBinder.newMapBinder(binder, String.class, WebRoutes.class).addBinding(name).toInstance(routes);
            }
            if (settings != null) {
                MapBinder.newMapBinder(binder, String.class, MemberSettings.class).addBinding(name).toInstance(settings);
            }
            if (sender != null) {
                MapBinder.newMapBinder(binder, String.class, PartnerInviteSender.class).addBinding(name).toInstance(sender);
            }
            channels.forEach(c -> Multibinder.newSetBinder(binder, NotificationChannel.class).addBinding().toInstance(c));
            memberData.forEach(d -> Multibinder.newSetBinder(binder, MemberData.class).addBinding().toInstance(d));
            commands.forEach(c -> Multibinder.newSetBinder(binder, PluginCommand.class).addBinding().toInstance(new PluginCommand(name, c)));
            Class<?> owner = plugin.getClass();
            contentPacks.forEach(resource -> Multibinder.newSetBinder(binder, ContentPack.class).addBinding()
                    .toProvider(() -> ContentPack.read(owner.getResourceAsStream(resource))));
        };
    }

    private <T> T once(T had, T given, String what) {
        if (had != null) {
            throw new IllegalStateException("plugin " + plugin.name() + " contributes " + what + " twice; one is allowed");
        }
        return given;
    }
}
