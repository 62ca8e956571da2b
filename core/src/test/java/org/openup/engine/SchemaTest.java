package org.openup.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaTest {

    @TempDir
    Path home;

    @Test
    void startingTwiceOnTheSameFileKeepsTheSchemaAndItsVersion() {
        StoreSettings settings = StoreSettings.embedded(home);
        try (Store store = Store.open(settings)) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.currentVersion());
        }
        try (Store store = Store.open(settings)) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.currentVersion());
            assertThat(store.eventCount()).isZero();
            assertThat(store.headIndex()).isEqualTo(-1);
        }
        assertThat(home.resolve("openup.mv.db")).exists();
    }

    @Test
    void splitsScriptsIntoStatements() {
        assertThat(Schema.statements("-- note\nCREATE TABLE a (x INT);\n\nCREATE INDEX i\n ON a (x);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX i\n ON a (x)");
    }
}
