package org.openup.plugin;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.content.Content;
import org.openup.engine.store.StoreSettings;
import org.openup.spi.OpenUpPlugin;
import org.openup.spi.PluginContext;
import org.openup.spi.web.WebResponse;
import org.openup.spi.web.WebRoutes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class PluginHostTest {

    @TempDir
    Path home;

    /** A plugin made of its name and what it does at registration. */
    record Plugin(String name, Consumer<PluginContext> registering) implements OpenUpPlugin {
        @Override
        public void register(PluginContext context) {
            registering.accept(context);
        }
    }

    private static final WebRoutes NO_ROUTES = routes -> routes.get("/", "nothing", request -> WebResponse.noContent());

    @Test
    void aBrokenPluginIsReportedByNameAndTheOthersStillLoad() {
        PluginHost host = PluginHost.start(StoreSettings.embedded(home), List.of(
                new Plugin("broken", context -> {
                    context.store().tables(PluginHostTest.class, "org/openup/plugin/broken-migration", 1);
                    throw new IllegalStateException("missing configuration value WIDGET_URL");
                }),
                new Plugin("greeter", context -> context.webRoutes(NO_ROUTES))), binder -> { });

        assertThat(host.plugins().loaded()).containsExactly("greeter");
        assertThat(host.plugins().failed()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("broken");
            assertThat(f.reason()).contains("WIDGET_URL");
        });
        assertThat(host.injector().getInstance(Key.get(new TypeLiteral<Map<String, WebRoutes>>() { }))).containsOnlyKeys("greeter");
        assertThat(host.injector().getInstance(PluginHost.Plugins.class)).isEqualTo(host.plugins());
        // the plugin left out migrates nothing: its broken migration never stops the store from opening
        assertThat(host.injector().getInstance(org.openup.engine.store.Store.class).schemaVersion()).isPositive();
    }

    @Test
    void aPluginCanAddAContentPack() {
        PluginHost host = PluginHost.start(StoreSettings.embedded(home),
                List.of(new Plugin("dutch", context -> context.contentPack("/org/openup/plugin/dutch.json"))), binder -> { });
        Content content = host.injector().getInstance(Content.class);
        assertThat(content.languages()).contains("en", "nl");
        assertThat(content.prompt("talk.short", "nl")).isEqualTo("Kort en verbonden werkt beter.");
        assertThat(content.prompt("moment.thank", "nl")).isEqualTo(content.prompt("moment.thank", "en"));
    }

    @Test
    void aPluginWhoseNameCannotBeAPathOrIsTakenIsLeftOutByName() {
        // Given three plugins, one named like a path and two with the same name
        PluginHost host = PluginHost.start(StoreSettings.embedded(home), List.of(new Plugin("../admin", c -> c.webRoutes(NO_ROUTES)),
                new Plugin("chat", c -> c.webRoutes(NO_ROUTES)), new Plugin("chat", c -> c.webRoutes(NO_ROUTES))), binder -> { });

        // Then the first of the two is loaded and the others are reported
        assertThat(host.plugins().loaded()).containsExactly("chat");
        assertThat(host.plugins().failed()).extracting(PluginHost.Plugins.Failure::reason)
                .anySatisfy(r -> assertThat(r).contains("lower-case"))
                .anySatisfy(r -> assertThat(r).contains("already called 'chat'"));
        assertThat(host.injector().getInstance(Key.get(new TypeLiteral<Map<String, WebRoutes>>() { }))).containsOnlyKeys("chat");
    }

    @Test
    void registeringOpensNothingAndThePluginsTablesAreMadeAsTheStoreOpens() {
        // Given a plugin that makes its tables when it registers
        PluginHost host = PluginHost.start(StoreSettings.embedded(home), List.of(new Plugin("notes", context ->
                context.store().tables(PluginHostTest.class, "org/openup/plugin/migration", 1))), binder -> { });
        // Then no store file exists until something asks for the store
        StoreSettings settings = StoreSettings.embedded(home);
        assertThat(Files.exists(settings.embeddedFile())).isFalse();
        // and once it opens, the plugin's table is there before anything else runs
        var jdbc = host.injector().getInstance(org.openup.engine.readmodel.Jdbc.class);
        assertThat(Files.exists(settings.embeddedFile())).isTrue();
        assertThat(jdbc.query("SELECT COUNT(*) AS n FROM plugin_note", rs -> rs.getLong("n"))).containsExactly(0L);
    }

    @Test
    void withNoPluginsOnTheClassPathTheHostRunsTheCoreAlone() {
        PluginHost host = PluginHost.start(StoreSettings.embedded(home));
        assertThat(host.plugins().loaded()).isEmpty();
        assertThat(host.plugins().failed()).isEmpty();
    }
}
