package org.openup.engine.store;

import org.openup.engine.crypto.MasterKey;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreSettingsTest {

    @Test
    void defaultsToASqliteFileUnderData() {
        StoreSettings settings = StoreSettings.from(Map.of());
        assertThat(settings.home()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:sqlite:" + Path.of("data", "openup.db").toAbsolutePath());
        assertThat(settings.kind()).isEqualTo("sqlite");
        assertThat(settings.isPostgres()).isFalse();
    }

    @Test
    void usesPostgresWhenAUrlIsGiven() {
        StoreSettings settings = StoreSettings.from(Map.of("OPENUP_DB_URL", "jdbc:postgresql://db/openup?password=hunter2",
                "OPENUP_DB_USER", "app", "OPENUP_DB_PASSWORD", "pw"));
        assertThat(settings.isPostgres()).isTrue();
        assertThat(settings.user()).isEqualTo("app");
        assertThat(settings.displayUrl()).doesNotContain("hunter2");
        assertThat(settings.toString()).doesNotContain("hunter2").doesNotContain("pw");
    }

    @Test
    void takesTheMasterKeyFromTheEnvironmentAndNeverPrintsIt() {
        String key = MasterKey.generate();
        StoreSettings settings = StoreSettings.from(Map.of(MasterKey.ENV, key));
        assertThat(settings.masterKey()).isEqualTo(key);
        assertThat(settings.loadMasterKey().source()).isEqualTo(MasterKey.ENV);
        assertThat(settings.toString()).doesNotContain(key);
    }

    @Test
    void refusesNonsenseWithAMessageNamingTheVariable() {
        assertThatThrownBy(() -> StoreSettings.from(Map.of("OPENUP_DB_URL", "mysql://x")))
                .hasMessageContaining("OPENUP_DB_URL").hasMessageContaining("OPENUP_HOME");
        // the embedded store of OpenUp 0.1 is no longer a store to run on (openup admin carry-over brings it into SQLite)
        assertThatThrownBy(() -> StoreSettings.from(Map.of("OPENUP_DB_URL", "jdbc:h2:file:/tmp/x")))
                .hasMessageContaining("jdbc:postgresql:");
    }
}
