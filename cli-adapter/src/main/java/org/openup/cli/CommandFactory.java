package org.openup.cli;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import com.google.inject.spi.InjectionPoint;
import picocli.CommandLine;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;

/**
 * How the CLI creates its own commands and mixins (plugins describe theirs, see
 * {@code PluginCommands}): a class that asks for injection ({@code @Inject} on a constructor,
 * field or method) comes from Guice and gets what it asks for (the {@code CliSession} above all);
 * anything else (picocli's own classes, the JDK's collections for options with several values, a
 * plain mixin or converter) picocli creates as it always does. A class whose injection Guice
 * cannot satisfy fails with Guice's message rather than running with empty fields.
 */
public final class CommandFactory implements CommandLine.IFactory {

    private final Injector injector;

    public CommandFactory(Injector injector) {
        this.injector = injector;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        return asksForInjection(type) ? injector.getInstance(type) : CommandLine.defaultFactory().create(type);
    }

    private static boolean asksForInjection(Class<?> type) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            return false; // a collection type for an option, say: picocli picks the class
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.isAnnotationPresent(jakarta.inject.Inject.class) || constructor.isAnnotationPresent(com.google.inject.Inject.class)) {
                return true;
            }
        }
        try {
            return !InjectionPoint.forInstanceMethodsAndFields(type).isEmpty();
        } catch (ConfigurationException malformed) {
            return true; // let Guice report what is wrong with its injection
        }
    }
}
