package org.openup.engine;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreSettingsTest {

    @Test
    void defaultsToAnH2FileUnderDataThatTwoProcessesCanShare() {
        StoreSettings settings = StoreSettings.from(Map.of());
        assertThat(settings.home()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(settings.jdbcUrl()).startsWith("jdbc:h2:file:").contains("AUTO_SERVER=TRUE").contains("WRITE_DELAY=0").contains("MAX_COMPACT_TIME=0")
                .contains("REUSE_SPACE=FALSE") // chunks appended: reused space lost answered writes to a crash (see StoreSettings.embedded)
                .doesNotContain("RETENTION_TIME"); // H2's 45 s: with 0 a backup missed its last commits
        assertThat(settings.kind()).isEqualTo("h2");
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
                .hasMessageContaining("OPENUP_DB_URL");
        assertThatThrownBy(() -> StoreSettings.from(Map.of("OPENUP_SEGMENTS", "zero")))
                .hasMessageContaining("OPENUP_SEGMENTS");
    }
}
