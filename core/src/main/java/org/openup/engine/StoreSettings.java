package org.openup.engine;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the store lives, read from the environment: an H2 file under {@code $OPENUP_HOME}
 * (default {@code ./data}) unless {@code OPENUP_DB_URL} points at PostgreSQL.
 */
public record StoreSettings(Path home, String jdbcUrl, String user, String password, int segments, String masterKey) {

    public static final String HOME = "OPENUP_HOME";
    public static final String DB_URL = "OPENUP_DB_URL";
    public static final String DB_USER = "OPENUP_DB_USER";
    public static final String DB_PASSWORD = "OPENUP_DB_PASSWORD";
    public static final String SEGMENTS = "OPENUP_SEGMENTS";

    public static StoreSettings fromEnvironment() {
        return from(System.getenv());
    }

    public static StoreSettings from(Map<String, String> env) {
        Path home = Path.of(Optional.ofNullable(env.get(HOME)).filter(s -> !s.isBlank()).orElse("data"))
                .toAbsolutePath().normalize();
        int segments = parseSegments(env.get(SEGMENTS));
        String url = env.get(DB_URL);
        String masterKey = env.get(MasterKey.ENV);
        if (url == null || url.isBlank()) {
            return embedded(home, segments).withMasterKey(masterKey);
        }
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException(DB_URL + " must be a jdbc:postgresql: (or jdbc:h2:) URL, got: " + url);
        }
        return new StoreSettings(home, url, env.getOrDefault(DB_USER, ""), env.getOrDefault(DB_PASSWORD, ""), segments, masterKey);
    }

    /**
     * The embedded store. AUTO_SERVER lets a second process (the CLI beside a running web
     * adapter) open the same file through the first one's server instead of being locked out.
     * WRITE_DELAY=0 writes each commit to the file before the commit returns: H2's default keeps
     * commits in memory for up to half a second, so a killed process lost writes it had
     * already answered (the crash test in system-tests showed it).
     * MAX_COMPACT_TIME=0: H2 otherwise spends up to its whole budget rewriting chunks on every
     * close, about 350 ms on a 10,000-event store without shrinking the file, which every CLI
     * run paid for. A running store reclaims dead space in the background instead.
     * REUSE_SPACE=FALSE: every chunk is appended to the file, never written into the space of
     * dead ones, so the newest chunk is the last in the file, where H2's recovery finds it. With
     * space reused, a process killed after a while of sustained writes sometimes came back without
     * commits it had answered (see {@link EmbeddedFileUpkeep}, which reclaims the dead space).
     * No RETENTION_TIME: H2 keeps a replaced chunk 45 s before it may be dropped. With 0 an online
     * backup restored without its last commits (BackupsTest).
     */
    public static StoreSettings embedded(Path home, int segments) {
        String file = home.resolve("openup").toString();
        return new StoreSettings(home, "jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;MAX_COMPACT_TIME=0;REUSE_SPACE=FALSE;QUERY_CACHE_SIZE=64", "sa", "",
                segments, null);
    }


    public static StoreSettings embedded(Path home) {
        return embedded(home, 4);
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    public String kind() {
        return isPostgres() ? "postgresql" : "h2";
    }

    /** The URL with anything secret-looking removed, safe for /health and logs. */
    public String displayUrl() {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    public StoreSettings withSegments(int count) {
        return new StoreSettings(home, jdbcUrl, user, password, count, masterKey);
    }

    /** {@code key}: base64 of 32 bytes, or null to use the key file under {@code home}. */
    public StoreSettings withMasterKey(String key) {
        return new StoreSettings(home, jdbcUrl, user, password, segments, key);
    }

    /** The master key: the one given, or else the key file under {@code home} (made on first use). */
    public MasterKey loadMasterKey() {
        return MasterKey.from(masterKey == null ? java.util.Map.of() : java.util.Map.of(MasterKey.ENV, masterKey), home);
    }

    /** Never prints the password or the master key. */
    @Override
    public String toString() {
        return "StoreSettings[" + displayUrl() + ", home " + home + ", " + segments + " segments, master key "
                + (masterKey == null ? "from the key file" : "given") + "]";
    }

    private static int parseSegments(String value) {
        if (value == null || value.isBlank()) {
            return 4;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 1 || n > 64) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SEGMENTS + " must be a whole number from 1 to 64, got: " + value);
        }
    }
}
