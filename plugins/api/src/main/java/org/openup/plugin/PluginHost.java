package org.openup.plugin;

import org.openup.spi.MemberSettings;
import org.openup.spi.PartnerInviteSender;
import org.openup.spi.PluginStore;
import org.openup.spi.PublicAddress;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.util.Modules;
import org.openup.plugin.cli.PluginCommand;
import org.openup.spi.web.WebRoutes;
import org.openup.CoreModule;
import org.openup.engine.store.StoreSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Builds a host's injector: the core, every plugin on the class path, and the host's own modules.
 * A plugin that cannot be loaded or wired is reported by name and left out; the host still starts.
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

    private PluginHost(Injector injector, Plugins plugins) {
        this.injector = injector;
        this.plugins = plugins;
    }

    public static PluginHost start(StoreSettings settings, Module... hostModules) {
        return start(settings, discover(), hostModules);
    }

    /**
     * For tests (the plugin test kit): exactly {@code plugins}, not the class path's, with
     * {@code overrides} replacing core bindings such as the clock or the delivery settings.
     */
    public static PluginHost start(StoreSettings settings, List<OpenUpPlugin> plugins, Module overrides) {
        return start(Modules.override(new CoreModule(settings)).with(overrides), new Discovery(plugins, List.of()));
    }

    static PluginHost start(StoreSettings settings, Discovery discovery, Module... hostModules) {
        return start(new CoreModule(settings), discovery, hostModules);
    }

    private static PluginHost start(Module core, Discovery discovery, Module... hostModules) {
        List<OpenUpPlugin> candidates = new ArrayList<>(discovery.plugins());
        List<Plugins.Failure> failed = new ArrayList<>(discovery.failures());
        Set<String> names = new HashSet<>();
        for (Iterator<OpenUpPlugin> it = candidates.iterator(); it.hasNext(); ) {
            OpenUpPlugin plugin = it.next();
            try {
                checkName(plugin.name(), names);
            } catch (RuntimeException | LinkageError e) {
                reportLeftOut(plugin, e, failed);
                it.remove();
            }
        }
        // Wiring everything at once is the usual case and costs one injector (a CLI run feels each
        // one). Only when that fails is each plugin wired on its own, to find the broken one and
        // leave it out. Nothing is bound as an eager singleton, so a failed attempt creates nothing.
        try {
            return host(core, candidates, failed, hostModules);
        } catch (CreationException | LinkageError first) {
            for (Iterator<OpenUpPlugin> it = candidates.iterator(); it.hasNext(); ) {
                OpenUpPlugin plugin = it.next();
                try {
                    Guice.createInjector(Stage.TOOL, core, new Contributions(), plugin);
                } catch (RuntimeException | LinkageError e) {
                    reportLeftOut(plugin, e, failed);
                    it.remove();
                }
            }
            return host(core, candidates, failed, hostModules);
        }
    }

    private static PluginHost host(Module core, List<OpenUpPlugin> candidates, List<Plugins.Failure> failed, Module... hostModules) {
        List<Module> modules = new ArrayList<>();
        modules.add(core);
        modules.add(new Contributions());
        modules.addAll(candidates);
        modules.addAll(List.of(hostModules));
        List<String> loaded = candidates.stream().map(OpenUpPlugin::name).toList();
        Plugins plugins = new Plugins(loaded, List.copyOf(failed));
        modules.add(binder -> {
            binder.bind(Plugins.class).toInstance(plugins);
            binder.bind(PublicAddress.class).toInstance(PublicAddress.from(System.getenv()));
        });
        Injector injector = Guice.createInjector(modules);
        loaded.forEach(name -> log.info("Plugin {} loaded", name));
        return new PluginHost(injector, plugins);
    }

    private static void reportLeftOut(OpenUpPlugin plugin, Throwable e, List<Plugins.Failure> failed) {
        log.error("Plugin {} failed to start and is left out: {}", plugin.name(), e.getMessage());
        failed.add(new Plugins.Failure(plugin.name(), firstLine(e)));
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
        @com.google.inject.Provides
        @com.google.inject.Singleton
        PluginStore pluginStore(org.openup.engine.store.Store store, org.openup.engine.readmodel.Jdbc jdbc) {
            return new HostedStore(store, jdbc);
        }

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

    private static String firstLine(Throwable e) {
        Throwable shown = e instanceof CreationException ce && !ce.getErrorMessages().isEmpty()
                ? ce.getErrorMessages().iterator().next().getCause() : e;
        String message = shown == null || shown.getMessage() == null ? String.valueOf(e) : shown.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
