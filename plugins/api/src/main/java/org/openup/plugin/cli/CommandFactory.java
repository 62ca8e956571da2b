package org.openup.plugin.cli;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import picocli.CommandLine;

import java.lang.reflect.Modifier;

/**
 * How the CLI and the plugin test kit create commands and mixins: through Guice, so that any
 * command, a third-party plugin's as much as the core's, gets its {@code @Inject} fields (the
 * {@link CliContext} above all). What picocli itself instantiates (its own classes, and the
 * JDK's collections for options with several values) it still creates itself, and so it does a
 * class Guice cannot construct (a converter or provider with a private constructor, say).
 */
public final class CommandFactory implements CommandLine.IFactory {

    private final Injector injector;

    public CommandFactory(Injector injector) {
        this.injector = injector;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        String name = type.getName();
        if (name.startsWith("picocli.") || name.startsWith("java.") || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            return CommandLine.defaultFactory().create(type);
        }
        try {
            return injector.getInstance(type);
        } catch (ConfigurationException notForGuice) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
