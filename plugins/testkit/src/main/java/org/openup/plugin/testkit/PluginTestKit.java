package org.openup.plugin.testkit;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import org.openup.Core;
import org.openup.engine.store.StoreSettings;
import org.openup.journey.JourneyId;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.notification.NotificationDispatcher;
import org.openup.notification.NotificationSettings;
import org.openup.spi.OpenUpPlugin;
import org.openup.plugin.PluginHost;
import org.openup.spi.PublicAddress;
import org.openup.plugin.cli.PluginCommand;
import org.openup.spi.cli.CliCommand;
import org.openup.spi.web.WebRoutes;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A real core with your plugin, on a temporary store, for a JUnit test:
 * <pre>{@code
 * try (PluginTestKit kit = PluginTestKit.start(tempDir, new MyPlugin())) {
 *     Couple couple = kit.couple();
 *     String invitation = couple.ana().invite(10);
 *     kit.deliverNotifications();
 *     // assert what your channel received
 * }
 * }</pre>
 * Time is a {@link KitClock} you move with {@link #advance}; failed deliveries are retried after
 * one second, doubling, five tries in all.
 */
public final class PluginTestKit implements AutoCloseable {

    public static final NotificationSettings QUICK_RETRIES = new NotificationSettings(Duration.ofSeconds(1), Duration.ofSeconds(30), 5,
            Duration.ofMillis(200), Duration.ofMinutes(1));

    private final PluginHost host;
    private final Core core;
    private final KitClock clock;

    private PluginTestKit(PluginHost host, KitClock clock) {
        this.host = host;
        this.clock = clock;
        this.core = host.injector().getInstance(Core.class).start();
    }

    /** On a new SQLite file store under {@code home}. */
    public static PluginTestKit start(Path home, OpenUpPlugin... plugins) {
        return start(StoreSettings.embedded(home), plugins);
    }

    /** On the given store, e.g. a PostgreSQL database ({@code StoreSettings.from(env)}). */
    public static PluginTestKit start(StoreSettings store, OpenUpPlugin... plugins) {
        KitClock clock = new KitClock();
        PluginHost host = PluginHost.start(store, List.of(plugins), binder -> {
            binder.bind(Clock.class).toInstance(clock);
            binder.bind(NotificationSettings.class).toInstance(QUICK_RETRIES);
        });
        if (!host.plugins().failed().isEmpty()) {
            throw new IllegalStateException("Plugins failed to start: " + host.plugins().failed());
        }
        return new PluginTestKit(host, clock);
    }

    /** Two members, Ana and Ben, in one journey. */
    public Couple couple() {
        return couple(MemberId.newId(), MemberId.newId());
    }

    /**
     * Ana and Ben as above, each with a web account (ana@example.org and ben@example.org), for
     * plugins that reach members at their address.
     */
    public Couple coupleWithAccounts() {
        org.openup.account.Accounts accounts = get(org.openup.account.Accounts.class);
        MemberId ana = accounts.register("ana@example.org", "a long enough secret", "Ana").member();
        MemberId ben = accounts.register("ben@example.org", "a long enough secret", "Ben").member();
        return couple(ana, ben);
    }

    /** Ana starts a journey and Ben joins it with her code. */
    private Couple couple(MemberId ana, MemberId ben) {
        Journeys journeys = get(Journeys.class);
        JourneyId journey = journeys.start(ana, "Ana").journeyId();
        journeys.join(ben, journeys.invitePartner(ana, journey).code(), "Ben");
        return new Couple(new Partner(this, ana, journey), new Partner(this, ben, journey));
    }

    /** A member on their own (solo mode): they record what their partner chose in person. */
    public Partner solo(String name) {
        MemberId member = MemberId.newId();
        return new Partner(this, member, get(Journeys.class).start(member, name).journeyId());
    }

    /** One pass of the notification outbox: due notifications go to the channels, failures wait for their retry. */
    public NotificationDispatcher.Pass deliverNotifications() {
        return get(NotificationDispatcher.class).deliverDue();
    }

    /** Moves the clock (reminders and retries come due), then runs one pass of the outbox. */
    public NotificationDispatcher.Pass advance(Duration by) {
        clock.advance(by);
        return deliverNotifications();
    }

    public KitClock clock() {
        return clock;
    }

    /** Any binding: a core service, or one of your plugin's. */
    public <T> T get(Class<T> type) {
        return host.injector().getInstance(type);
    }

    public Injector injector() {
        return host.injector();
    }

    /** Calls the routes a plugin registered, in this JVM, as the web adapter would mount them. */
    public PluginWeb web(String plugin) {
        WebRoutes routes = host.injector().getInstance(Key.get(new TypeLiteral<java.util.Map<String, WebRoutes>>() { })).get(plugin);
        if (routes == null) {
            throw new IllegalArgumentException("Plugin " + plugin + " registered no web routes");
        }
        return new PluginWeb(routes, get(PublicAddress.class).base());
    }

    /** Runs {@code openup <plugin> args…} as {@code member}; output and exit code come back. */
    public PluginCli.Result cli(Partner member, String plugin, String... args) {
        List<CliCommand> commands = host.injector().getInstance(Key.get(new TypeLiteral<Set<PluginCommand>>() { })).stream()
                .filter(c -> c.plugin().equals(plugin)).map(PluginCommand::command).toList();
        return PluginCli.run(member, plugin, commands, args);
    }

    @Override
    public void close() {
        get(NotificationDispatcher.class).close();
        core.close();
    }
}
