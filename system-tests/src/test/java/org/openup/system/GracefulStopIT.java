package org.openup.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.engine.store.Backups;
import org.openup.engine.store.Store;
import org.openup.engine.store.StoreSettings;
import org.openup.spi.failure.RefusedException;
import org.openup.testing.TestStores;
import org.openup.testing.WebProcess;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A web adapter stopped with SIGTERM closes the embedded store in order before it exits: SQLite
 * folds its journal into the database and removes it, and the store counts as unused again, so a
 * restore can follow at once (while the adapter runs, one is refused).
 */
class GracefulStopIT {

    @TempDir
    Path home;

    private final WebNodes nodes = new WebNodes();

    @AfterEach
    void killNodes() {
        nodes.killAll();
    }

    @Test
    void sigtermClosesTheEmbeddedStoreSoARestoreCanFollow() throws Exception {
        // given: a running web adapter on the embedded store, and a backup of it
        StoreSettings settings = TestStores.SQLITE.newStore(home.resolve("store"));
        WebProcess node = nodes.start("graceful", TestStores.SQLITE.environment(settings));
        Path backup = home.resolve("backup.zip");
        try (Store store = Store.open(settings)) {
            Backups.backup(store, backup);
        }
        assertThatThrownBy(() -> Backups.restore(settings, backup)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("in use");

        // when: it is stopped with SIGTERM
        int exit = node.stop();

        // then: it exited as a stopped process does, with its journal folded in, and a restore is allowed
        assertThat(exit).as("exit status after SIGTERM").isEqualTo(143);
        assertThat(Path.of(settings.embeddedFile() + "-wal")).as("SQLite's journal after the last close").doesNotExist();
        Backups.restore(settings, backup);
        try (Store store = Store.open(settings)) {
            assertThat(store.schemaVersion()).isEqualTo(store.expectedSchemaVersion());
        }
    }
}
