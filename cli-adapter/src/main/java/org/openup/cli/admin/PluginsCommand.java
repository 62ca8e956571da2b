package org.openup.cli.admin;

import org.openup.plugin.cli.JsonOption;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provider;
import org.openup.Core;
import com.google.inject.TypeLiteral;
import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.spi.notification.NotificationChannel;
import org.openup.plugin.PluginHost.Plugins;
import org.openup.plugin.cli.PluginCommand;
import org.openup.spi.web.WebRoutes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "plugins", mixinStandardHelpOptions = true, description = "The plugins found, what they add, and those left out with why.",
        footer = {"", "Example:", "  openup admin plugins --json"})
final class PluginsCommand implements Callable<Integer> {

    @Mixin
    JsonOption json;
    private final CliSession session;
    private final Plugins plugins;
    private final Injector injector;

    @Inject
    PluginsCommand(CliSession session, Plugins plugins, Injector injector) {
        this.session = session;
        this.plugins = plugins;
        this.injector = injector;
    }

    @Override
    public Integer call() {
        Map<String, Object> web = new LinkedHashMap<>();
        // the routes' names without building them (they would open the store for nothing)
        injector.getInstance(Key.get(new TypeLiteral<Map<String, Provider<WebRoutes>>>() { }))
                .keySet().forEach(name -> web.put(name, "/plugins/" + name + "/"));
        Set<PluginCommand> commands = injector.getInstance(Key.get(new TypeLiteral<Set<PluginCommand>>() { }));
        // channels need the store: opened through the session, so that it is closed with it
        session.core(Core.class);
        List<String> channels = injector.getInstance(Key.get(new TypeLiteral<Set<NotificationChannel>>() { }))
                .stream().map(NotificationChannel::name).sorted().toList();
        if (json.json) {
            session.json(Map.of("loaded", plugins.loaded(), "failed", plugins.failed(), "web", web,
                    "commands", commands.stream().map(PluginCommand::plugin).distinct().sorted().toList(), "channels", channels));
            return 0;
        }
        if (plugins.loaded().isEmpty()) {
            session.out().println("No plugins loaded.");
        }
        for (String name : plugins.loaded()) {
            boolean cli = commands.stream().anyMatch(c -> c.plugin().equals(name));
            session.out().printf("%-12s loaded%s%s%n", name, web.containsKey(name) ? "  web " + web.get(name) : "",
                    cli ? "  cli: openup " + name + " --help" : "");
        }
        plugins.failed().forEach(f -> session.out().printf("%-12s FAILED: %s%n", f.name(), f.reason()));
        if (!channels.isEmpty()) {
            session.out().println("Notification channels: " + String.join(", ", channels));
        }
        return 0;
    }
}
