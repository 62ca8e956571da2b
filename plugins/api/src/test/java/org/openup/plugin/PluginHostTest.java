package org.openup.plugin;

import com.google.inject.Binder;
import com.google.inject.name.Names;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.engine.StoreSettings;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PluginHostTest {

    @TempDir
    Path home;

    static final class Greeter implements OpenUpPlugin {
        @Override
        public String name() {
            return "greeter";
        }

        @Override
        public void configure(Binder binder) {
            binder.bindConstant().annotatedWith(Names.named("greeting")).to("hello");
        }
    }

    static final class Broken implements OpenUpPlugin {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public void configure(Binder binder) {
            throw new IllegalStateException("missing configuration value WIDGET_URL");
        }
    }

    @Test
    void aBrokenPluginIsReportedByNameAndTheOthersStillLoad() {
        PluginHost host = PluginHost.start(StoreSettings.embedded(home),
                new PluginHost.Discovery(List.of(new Broken(), new Greeter()), List.of()));

        assertThat(host.plugins().loaded()).containsExactly("greeter");
        assertThat(host.plugins().failed()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("broken");
            assertThat(f.reason()).contains("WIDGET_URL");
        });
        assertThat(host.injector().getInstance(com.google.inject.Key.get(String.class, Names.named("greeting"))))
                .isEqualTo("hello");
        assertThat(host.injector().getInstance(PluginHost.Plugins.class)).isEqualTo(host.plugins());
    }

    @Test
    void withNoPluginsOnTheClassPathTheHostRunsTheCoreAlone() {
        PluginHost host = PluginHost.start(StoreSettings.embedded(home));
        assertThat(host.plugins().loaded()).isEmpty();
        assertThat(host.plugins().failed()).isEmpty();
    }
}
