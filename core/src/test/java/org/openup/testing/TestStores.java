package org.openup.testing;

import org.openup.engine.store.StoreSettings;

import java.nio.file.Path;
import java.util.Map;

/** The two real stores every store test runs on: a SQLite file and a PostgreSQL database. */
public enum TestStores {
    SQLITE, POSTGRES;

    /** Settings for a new, empty store of this kind; {@code home} holds the SQLite file. */
    public StoreSettings newStore(Path home) {
        return switch (this) {
            case SQLITE -> StoreSettings.embedded(home);
            case POSTGRES -> StoreSettings.from(Map.of(
                    StoreSettings.HOME, home.toString(),
                    StoreSettings.DB_URL, PostgresServer.shared().newDatabaseUrl(),
                    StoreSettings.DB_USER, "postgres"));
        };
    }

    /** The same store as environment variables, for a launcher started as a separate process. */
    public Map<String, String> environment(StoreSettings settings) {
        return switch (this) {
            case SQLITE -> Map.of(StoreSettings.HOME, settings.home().toString());
            case POSTGRES -> Map.of(StoreSettings.HOME, settings.home().toString(),
                    StoreSettings.DB_URL, settings.jdbcUrl(),
                    StoreSettings.DB_USER, settings.user());
        };
    }
}
