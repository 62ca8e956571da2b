package org.openup.engine.store;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void startingTwiceKeepsTheSchemaAtTheVersionThisBuildBrings(TestStores kind) {
        StoreSettings settings = kind.newStore(home);
        try (Store store = Store.open(settings)) {
            assertThat(store.schemaVersion()).isPositive().isEqualTo(store.expectedSchemaVersion());
            // the shortcut past Flyway knows the newest migration Flyway finds in this build
            assertThat(kind == TestStores.POSTGRES ? Migrations.LATEST_POSTGRESQL : Migrations.LATEST_SQLITE)
                    .isEqualTo(Migrations.scannedCoreTarget(store.dataSource(), settings));
        }
        try (Store store = Store.open(settings)) {
            assertThat(store.schemaVersion()).isEqualTo(store.expectedSchemaVersion());
            assertThat(store.eventCount()).isZero();
            assertThat(store.headIndex()).isEqualTo(-1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void processesStartingTogetherOnAnEmptyStoreMigrateItOnce(TestStores kind) throws Exception {
        StoreSettings settings = kind.newStore(home);
        ExecutorService starters = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> versions = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                versions.add(starters.submit(() -> {
                    try (Store store = Store.open(settings)) {
                        return store.schemaVersion();
                    }
                }));
            }
            for (Future<Integer> version : versions) {
                assertThat(version.get(60, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            starters.shutdownNow();
        }
        try (Store store = Store.open(settings); var c = store.dataSource().getConnection();
             var s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT version) FROM " + Migrations.CORE_HISTORY + " WHERE success")) {
            rs.next();
            assertThat(rs.getInt(1)).as("each migration recorded once").isEqualTo(rs.getInt(2));
        }
    }
}
