package org.openup.plugin;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.util.Modules;
import org.openup.CoreModule;
import org.openup.account.Accounts;
import org.openup.account.Recovery;
import org.openup.conversation.Conversations;
import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.store.Store;
import org.openup.engine.store.StoreSetUp;
import org.openup.engine.store.StoreSettings;
import org.openup.journey.Journeys;
import org.openup.plugin.cli.PluginCommand;
import org.openup.spi.MemberSettings;
import org.openup.spi.OpenUpPlugin;
import org.openup.spi.PartnerInviteSender;
import org.openup.spi.PublicAddress;
import org.openup.spi.web.WebRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Builds a host's injector: the core, every plugin on the class path, and the host's own modules.
 * A plugin that cannot be loaded or that fails to register is reported by name and left out; the
 * host still starts.
 */
public final class PluginHost {

    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);

    /** What was found on the class path: the plugins in use and the ones left out, with why. */
    public record Plugins(List<String> loaded, List<Failure> failed) {
        public record Failure(String name, String reason) {
        }
    }

    private final Injector injector;
    private final Plugins plugins;
    private final HostedStore store;

    private PluginHost(Injector injector, Plugins plugins, HostedStore store) {
        this.injector = injector;
        this.plugins = plugins;
        this.store = store;
    }

    public static PluginHost start(StoreSettings settings, Module... hostModules) {
        return start(settings, new CoreModule(settings), discover(), hostModules);
    }

    /**
     * For tests (the plugin test kit): exactly {@code plugins}, not the class path's, with
     * {@code overrides} replacing core bindings such as the clock or the delivery settings.
     */
    public static PluginHost start(StoreSettings settings, List<OpenUpPlugin> plugins, Module overrides) {
        return start(settings, Modules.override(new CoreModule(settings)).with(overrides), new Discovery(plugins, List.of()));
    }

    private static PluginHost start(StoreSettings settings, Module core, Discovery discovery, Module... hostModules) {
        List<Plugins.Failure> failed = new ArrayList<>(discovery.failures());
        Set<String> names = new HashSet<>();
        // what the plugins are given reaches into the injector made after they registered: nothing opens before first use
        AtomicReference<Injector> injector = new AtomicReference<>();
        HostedStore store = new HostedStore(settings.home(), () -> injector.get().getInstance(Store.class),
                () -> injector.get().getInstance(Jdbc.class));
        PublicAddress address = PublicAddress.from(System.getenv());
        Registration.Given given = new Registration.Given(store,
                new HostedJourneys(() -> injector.get().getInstance(Journeys.class), () -> injector.get().getInstance(Conversations.class)),
                new HostedAccounts(() -> injector.get().getInstance(Accounts.class), () -> injector.get().getInstance(Recovery.class)),
                address, new HostClock(() -> injector.get().getInstance(Clock.class)));
        List<String> loaded = new ArrayList<>();
        List<Module> modules = new ArrayList<>();
        modules.add(core);
        modules.add(new Contributions());
        for (OpenUpPlugin plugin : discovery.plugins()) {
            int tablesBefore = store.tablesMade();
            try {
                checkName(plugin.name(), names);
                Registration registration = new Registration(plugin, given);
                plugin.register(registration);
                modules.add(registration.module());
                loaded.add(plugin.name());
            } catch (RuntimeException | LinkageError e) {
                store.dropTablesSince(tablesBefore); // a plugin left out has nothing migrated either
                reportLeftOut(plugin, e, failed);
            }
        }
        modules.addAll(List.of(hostModules));
        Plugins plugins = new Plugins(List.copyOf(loaded), List.copyOf(failed));
        modules.add(binder -> {
            binder.bind(Plugins.class).toInstance(plugins);
            binder.bind(PublicAddress.class).toInstance(address);
            Multibinder.newSetBinder(binder, StoreSetUp.class).addBinding().toInstance(store::setUp);
        });
        injector.set(Guice.createInjector(modules));
        loaded.forEach(name -> log.info("Plugin {} loaded", name));
        return new PluginHost(injector.get(), plugins, store);
    }

    private static void reportLeftOut(OpenUpPlugin plugin, Throwable e, List<Plugins.Failure> failed) {
        log.error("Plugin {} failed to start and is left out: {}", plugin.name(), e.getMessage());
        failed.add(new Plugins.Failure(plugin.name(), firstLine(e)));
    }

    /** The injector's clock, asked at each reading: a plugin is given its clock before the injector exists. */
    private static final class HostClock extends Clock {
        private final Supplier<Clock> clock;

        HostClock(Supplier<Clock> clock) {
            this.clock = clock;
        }

        @Override
        public ZoneId getZone() {
            return clock.get().getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return clock.get().withZone(zone);
        }

        @Override
        public Instant instant() {
            return clock.get().instant();
        }
    }

    /** Plugin names become URL prefixes and command names: short, lower case, and each used once. */
    private static void checkName(String name, Set<String> taken) {
        if (name == null || !name.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new IllegalStateException("plugin name '" + name + "' must be lower-case letters, digits and '-', starting with a letter");
        }
        if (!taken.add(name)) {
            throw new IllegalStateException("another plugin is already called '" + name + "'");
        }
    }

    /** The contribution points, declared even when no plugin adds to them, so the hosts can always ask for them. */
    private static final class Contributions extends AbstractModule {
        @Override
        protected void configure() {
            MapBinder.newMapBinder(binder(), String.class, WebRoutes.class);
            MapBinder.newMapBinder(binder(), String.class, MemberSettings.class);
            MapBinder.newMapBinder(binder(), String.class, PartnerInviteSender.class);
            Multibinder.newSetBinder(binder(), PluginCommand.class);
        }
    }

    record Discovery(List<OpenUpPlugin> plugins, List<Plugins.Failure> failures) {
    }

    static Discovery discover() {
        List<OpenUpPlugin> found = new ArrayList<>();
        List<Plugins.Failure> failures = new ArrayList<>();
        Iterator<OpenUpPlugin> it = ServiceLoader.load(OpenUpPlugin.class).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                log.error("A plugin could not be loaded: {}", e.getMessage());
                failures.add(new Plugins.Failure("(unloadable)", firstLine(e)));
            }
        }
        return new Discovery(found, failures);
    }

    public Injector injector() {
        return injector;
    }

    public Plugins plugins() {
        return plugins;
    }

    /** Whether anything (the core or a plugin) has opened the store, which its owner then closes. */
    public boolean storeOpened() {
        return store.opened();
    }

    private static String firstLine(Throwable e) {
        Throwable shown = e instanceof CreationException ce && !ce.getErrorMessages().isEmpty()
                ? ce.getErrorMessages().iterator().next().getCause() : e;
        String message = shown == null || shown.getMessage() == null ? String.valueOf(e) : shown.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
