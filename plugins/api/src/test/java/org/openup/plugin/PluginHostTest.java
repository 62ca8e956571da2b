package org.openup.plugin;

import com.google.inject.Binder;
import com.google.inject.name.Names;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.content.Content;
import org.openup.content.ContentPack;
import org.openup.engine.store.StoreSettings;

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

    static final class Dutch implements OpenUpPlugin {
        @Override
        public String name() {
            return "dutch";
        }

        @Override
        public void configure(Binder binder) {
            com.google.inject.multibindings.Multibinder.newSetBinder(binder, ContentPack.class).addBinding().toInstance(
                    ContentPack.read(new java.io.ByteArrayInputStream(
                            "{\"language\":\"nl\",\"prompts\":{\"talk.short\":\"Kort en verbonden werkt beter.\"}}"
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        }
    }

    @Test
    void aPluginCanAddAContentPack() {
        PluginHost host = PluginHost.start(StoreSettings.embedded(home), new PluginHost.Discovery(List.of(new Dutch()), List.of()));
        Content content = host.injector().getInstance(Content.class);
        assertThat(content.languages()).contains("en", "nl");
        assertThat(content.prompt("talk.short", "nl")).isEqualTo("Kort en verbonden werkt beter.");
        assertThat(content.prompt("moment.thank", "nl")).isEqualTo(content.prompt("moment.thank", "en"));
    }

    static final class Named extends PluginModule {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        protected void configure() {
            webRoutes(NoRoutes.class);
        }
    }

    static final class NoRoutes implements org.openup.spi.web.WebRoutes {
        @Override
        public void register(org.openup.spi.web.Routes routes) {
            routes.get("/", "nothing", request -> org.openup.spi.web.WebResponse.noContent());
        }
    }

    @Test
    void aPluginWhoseNameCannotBeAPathOrIsTakenIsLeftOutByName() {
        // Given three plugins, one named like a path and two with the same name
        PluginHost host = PluginHost.start(StoreSettings.embedded(home),
                new PluginHost.Discovery(List.of(new Named("../admin"), new Named("chat"), new Named("chat")), List.of()));

        // Then the first of the two is loaded and the others are reported
        assertThat(host.plugins().loaded()).containsExactly("chat");
        assertThat(host.plugins().failed()).extracting(PluginHost.Plugins.Failure::reason)
                .anySatisfy(r -> assertThat(r).contains("lower-case"))
                .anySatisfy(r -> assertThat(r).contains("already called 'chat'"));
        assertThat(host.injector().getInstance(com.google.inject.Key.get(
                new com.google.inject.TypeLiteral<java.util.Map<String, org.openup.spi.web.WebRoutes>>() { }))).containsOnlyKeys("chat");
    }

    @Test
    void withNoPluginsOnTheClassPathTheHostRunsTheCoreAlone() {
        PluginHost host = PluginHost.start(StoreSettings.embedded(home));
        assertThat(host.plugins().loaded()).isEmpty();
        assertThat(host.plugins().failed()).isEmpty();
    }
}
