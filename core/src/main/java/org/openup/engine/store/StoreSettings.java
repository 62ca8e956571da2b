package org.openup.engine.store;

import org.openup.engine.crypto.MasterKey;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the store lives, read from the environment: a SQLite file under {@code $OPENUP_HOME}
 * (default {@code ./data}) unless {@code OPENUP_DB_URL} points at PostgreSQL.
 */
public record StoreSettings(Path home, String jdbcUrl, String user, String password, String masterKey) {

    public static final String HOME = "OPENUP_HOME";
    public static final String DB_URL = "OPENUP_DB_URL";
    public static final String DB_USER = "OPENUP_DB_USER";
    public static final String DB_PASSWORD = "OPENUP_DB_PASSWORD";
    /** The embedded database's file name under the home folder. */
    public static final String EMBEDDED_FILE = "openup.db";

    public static StoreSettings fromEnvironment() {
        return from(System.getenv());
    }

    public static StoreSettings from(Map<String, String> env) {
        Path home = Path.of(Optional.ofNullable(env.get(HOME)).filter(s -> !s.isBlank()).orElse("data"))
                .toAbsolutePath().normalize();
        String url = env.get(DB_URL);
        String masterKey = env.get(MasterKey.ENV);
        if (url == null || url.isBlank()) {
            return embedded(home).withMasterKey(masterKey);
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(DB_URL + " must be a jdbc:postgresql: URL (leave it unset for the embedded "
                    + "store under " + HOME + "), got: " + url);
        }
        return new StoreSettings(home, url, env.getOrDefault(DB_USER, ""), env.getOrDefault(DB_PASSWORD, ""), masterKey);
    }

    /** The embedded store: one SQLite file under {@code home}; see {@link EmbeddedDatabase} for its settings. */
    public static StoreSettings embedded(Path home) {
        return new StoreSettings(home, "jdbc:sqlite:" + home.resolve(EMBEDDED_FILE), "", "", null);
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    public String kind() {
        return isPostgres() ? "postgresql" : "sqlite";
    }

    /** The embedded database file (meaningless for PostgreSQL). */
    public Path embeddedFile() {
        return home.resolve(EMBEDDED_FILE);
    }

    /** The URL with anything secret-looking removed, safe for logs. */
    public String displayUrl() {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** {@code key}: base64 of 32 bytes, or null to use the key file under {@code home}. */
    public StoreSettings withMasterKey(String key) {
        return new StoreSettings(home, jdbcUrl, user, password, key);
    }

    /** The master key: the one given, or else the key file under {@code home} (made on first use). */
    public MasterKey loadMasterKey() {
        return MasterKey.from(masterKey == null ? Map.of() : Map.of(MasterKey.ENV, masterKey), home);
    }

    /** Never prints the password or the master key. */
    @Override
    public String toString() {
        return "StoreSettings[" + displayUrl() + ", home " + home + ", master key "
                + (masterKey == null ? "from the key file" : "given") + "]";
    }
}
