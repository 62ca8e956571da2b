package org.openup.engine.crypto;

import org.openup.engine.readmodel.ReadCache;
import org.openup.engine.store.JdbcTransactions;
import org.openup.engine.store.Store;
import org.openup.engine.store.StoreUnavailableException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.openup.privacy.PersonalText;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-member data keys, and the AES-GCM sealing of personal text under them. A member's key is
 * made the first time text of theirs is sealed, stored wrapped by the {@link MasterKey} in
 * {@code member_key}, and destroyed when the member is forgotten; from then on everything sealed
 * under it reads as {@link #FORGOTTEN}. A key made inside a command is written in the command's
 * transaction and shared with other threads only once that has committed, so no text is ever
 * sealed under a key that was not kept.
 */
public final class Keyring {

    public static final String FORGOTTEN = PersonalText.FORGOTTEN;

    /** How long another node's forget may take to reach this one's cache. */
    static final long KEY_CACHE_NANOS = 10_000_000_000L;

    private static final String COLUMN_PREFIX = "ou1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Runnable afterForget;
    private final JdbcTransactions transactions;
    private final MasterKey master;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Bounded, so neither keys nor the texts opened with them pile up for every member ever read. */
    private final Cache<String, Cached> cache = Caffeine.newBuilder().maximumSize(KEYS_CACHED).build();
    /** Keys this thread made in the transaction it is in, not yet committed. */
    private final ThreadLocal<Map<String, Cached>> madeHere = ThreadLocal.withInitial(HashMap::new);
    private volatile boolean masterChecked;
    private final AtomicLong forgets = new AtomicLong();

    /** Opened column texts kept per member while their key is cached (see {@link Cached#opened}). */
    private static final int OPENED_PER_MEMBER = 128;
    private static final int KEYS_CACHED = 10_000;

    /** One AES/GCM cipher per thread: looking the algorithm up costs more than using it on short text. */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no AES/GCM", e);
        }
    });

    /**
     * A member's key as last read; {@code key} null means forgotten, which is for ever. Column
     * texts opened under it are kept with it, so a page read again does not decrypt again; they
     * go when the key entry does (after {@link #KEY_CACHE_NANOS}, or at once when forgotten), so
     * no opened text outlives the key in this process.
     */
    private record Cached(SecretKey key, long readAt, Map<String, String> opened) {
        Cached(SecretKey key, long readAt) {
            this(key, readAt, key == null ? Map.of()
                    : Caffeine.newBuilder().maximumSize(OPENED_PER_MEMBER).<String, String>build().asMap());
        }

        boolean fresh() {
            return key == null || System.nanoTime() - readAt < KEY_CACHE_NANOS;
        }
    }

    /** {@code afterForget}: runs after a key was destroyed and committed. */
    public Keyring(JdbcTransactions transactions, MasterKey master, Clock clock, Runnable afterForget) {
        this.afterForget = afterForget;
        this.transactions = transactions;
        this.master = master;
        this.clock = clock;
    }

    /** {@code text} sealed under {@code owner}'s key; empty once the owner is forgotten. */
    public Optional<byte[]> encrypt(String owner, String text) {
        return key(owner, true).map(key -> {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, iv, owner, text.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return out;
        });
    }

    /** The text sealed by {@link #encrypt}, or {@link #FORGOTTEN} when the owner's key is gone. */
    public String decrypt(String owner, byte[] sealed) {
        return key(owner, false).map(key -> decrypt(key, owner, sealed)).orElse(FORGOTTEN);
    }

    private static String decrypt(SecretKey key, String owner, byte[] sealed) {
        if (sealed == null || sealed.length <= IV_BYTES) {
            return FORGOTTEN;
        }
        byte[] iv = Arrays.copyOf(sealed, IV_BYTES);
        byte[] body = Arrays.copyOfRange(sealed, IV_BYTES, sealed.length);
        return new String(crypt(Cipher.DECRYPT_MODE, key, iv, owner, body), StandardCharsets.UTF_8);
    }

    /** The form personal text takes in a read-model column: {@code ou1:<owner>:<base64>}. */
    public String sealForColumn(String owner, String text) {
        String body = encrypt(owner, text).map(Base64.getEncoder()::encodeToString).orElse("");
        return COLUMN_PREFIX + owner + ":" + body;
    }

    /** A column written by {@link #sealForColumn} in the clear again (null stays null). */
    public String openColumn(String column) {
        if (column == null || !column.startsWith(COLUMN_PREFIX)) {
            // Only rows written before encryption existed look like this; schema step 5 rebuilds them.
            return column;
        }
        int split = column.lastIndexOf(':');
        String owner = column.substring(COLUMN_PREFIX.length(), split);
        String body = column.substring(split + 1);
        if (body.isEmpty()) {
            return FORGOTTEN;
        }
        Cached entry = entry(owner, false).orElse(null);
        if (entry == null || entry.key() == null) {
            return FORGOTTEN;
        }
        String known = entry.opened().get(body);
        if (known != null) {
            return known;
        }
        String text = decrypt(entry.key(), owner, Base64.getDecoder().decode(body));
        entry.opened().put(body, text);
        return text;
    }

    /**
     * Destroys {@code member}'s key, here and (within {@link #KEY_CACHE_NANOS}) on every node, then
     * has the store drop every older copy of the row it can (see {@link Store#scrubFreedSpace}).
     */
    public void forget(String member) {
        if (transactions.inTransaction()) {
            throw new IllegalStateException("A key is destroyed in a commit of its own, not inside another transaction");
        }
        checkMaster();
        Timestamp now = Timestamp.from(clock.instant());
        // a commit of its own, taking its turn like any writer (see JdbcTransactions)
        transactions.executeInTransaction(() -> withConnection(c -> {
            int changed = execute(c, "UPDATE member_key SET wrapped_key = NULL, forgotten_at = ? WHERE member_id = ?",
                    now, member);
            if (changed == 0) {
                // Never wrote anything: a tombstone still stops a key being made for them later.
                execute(c, "INSERT INTO member_key (member_id, wrapped_key, created_at, forgotten_at) VALUES (?, NULL, ?, ?)",
                        member, now, now);
            }
            return changed;
        }));
        cache.put(member, new Cached(null, System.nanoTime()));
        forgets.incrementAndGet();
        afterForget.run();
    }

    /** How many members were forgotten through this process since it started ({@link ReadCache} watches it). */
    public long forgetsHere() {
        return forgets.get();
    }

    public boolean isForgotten(String member) {
        return key(member, false).isEmpty();
    }

    private Optional<SecretKey> key(String member, boolean createIfMissing) {
        return entry(member, createIfMissing).flatMap(entry -> Optional.ofNullable(entry.key()));
    }

    /** The member's cached key entry, read again when stale; empty when they never had a key. */
    private Optional<Cached> entry(String member, boolean createIfMissing) {
        Cached madeInThisTransaction = madeHere.get().get(member);
        if (madeInThisTransaction != null) {
            return Optional.of(madeInThisTransaction);
        }
        Cached cached = cache.getIfPresent(member);
        if (cached != null && cached.fresh()) {
            return Optional.of(cached);
        }
        checkMaster();
        Optional<Optional<SecretKey>> stored = withConnection(c -> read(c, member));
        if (stored.isPresent()) {
            Cached fresh = new Cached(stored.get().orElse(null), System.nanoTime());
            cache.put(member, fresh);
            return Optional.of(fresh);
        }
        if (!createIfMissing) {
            return Optional.empty();
        }
        // Made in the command's transaction (or a short one of its own, taking its turn like any
        // writer), and given to other threads only once that has committed: text they sealed under
        // a key that then rolled back could never be read.
        return Optional.of(transactions.fetchInTransaction(() -> {
            Cached made = new Cached(withConnection(c -> create(c, member)).orElse(null), System.nanoTime());
            madeHere.get().put(member, made);
            transactions.whenDone(committed -> {
                madeHere.get().remove(member);
                if (committed) {
                    cache.put(member, made);
                }
            });
            return made;
        }));
    }

    @FunctionalInterface
    private interface Sql<T> {
        T run(Connection c) throws SQLException;
    }

    /** On the thread's transaction when it is in one (the embedded store has one writer: a second connection would wait for it). */
    private <T> T withConnection(Sql<T> work) {
        try (Connection c = transactions.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot read or write the member's key: " + e.getMessage(), e);
        }
    }

    /** Empty: no row. Present but empty: forgotten. */
    private Optional<Optional<SecretKey>> read(Connection c, String member) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT wrapped_key FROM member_key WHERE member_id = ?")) {
            p.setString(1, member);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String wrapped = rs.getString(1);
                return Optional.of(Optional.ofNullable(wrapped).map(w -> unwrap(member, w)));
            }
        }
    }

    /** The key made now, or the one another process or thread made first; empty when the member is forgotten meanwhile. */
    private Optional<SecretKey> create(Connection c, String member) throws SQLException {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        // Another process or thread may make it at the same time: theirs then stands (on
        // PostgreSQL this waits for their commit), and is read back.
        int made = execute(c, "INSERT INTO member_key (member_id, wrapped_key, created_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (member_id) DO NOTHING", member, wrap(member, fresh), Timestamp.from(clock.instant()));
        if (made == 0) {
            return read(c, member).orElseThrow(() -> new StoreUnavailableException("The member's key was neither made nor found", null));
        }
        return Optional.of(new SecretKeySpec(fresh, "AES"));
    }

    private String wrap(String member, byte[] key) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, master.key(), iv, "member-key:" + member, key);
        return Base64.getEncoder().encodeToString(iv) + "." + Base64.getEncoder().encodeToString(sealed);
    }

    private SecretKey unwrap(String member, String wrapped) {
        String[] parts = wrapped.split("\\.");
        byte[] key = crypt(Cipher.DECRYPT_MODE, master.key(), Base64.getDecoder().decode(parts[0]),
                "member-key:" + member, Base64.getDecoder().decode(parts[1]));
        return new SecretKeySpec(key, "AES");
    }

    /** The owner (or key holder) is bound in as associated data, so text cannot be moved to another member. */
    private static byte[] crypt(int mode, SecretKey key, byte[] iv, String associated, byte[] input) {
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new StoreUnavailableException("Personal text failed its integrity check (wrong key or altered data)", e);
        }
    }

    /**
     * The first start records a fingerprint of the master key; a node started with another key is
     * stopped here with a clear message, rather than sealing text no other node can read.
     */
    public void verifyMasterKey() {
        checkMaster();
    }

    private void checkMaster() {
        if (masterChecked) {
            return;
        }
        String fingerprint = fingerprint();
        // On the thread's own connection: inside a command the fingerprint is recorded with it
        // (a second connection would wait for this one's write lock on the embedded store).
        Optional<String> recorded = withConnection(Keyring::recordedFingerprint);
        if (recorded.isEmpty()) {
            // the first to record it, in the command's transaction or a short one of its own
            recorded = transactions.fetchInTransaction(() -> withConnection(c -> {
                execute(c, "INSERT INTO master_key_check (id, fingerprint) VALUES (1, ?) ON CONFLICT (id) DO NOTHING", fingerprint);
                return recordedFingerprint(c);
            }));
        }
        if (recorded.isPresent() && !MessageDigest.isEqual(recorded.get().getBytes(StandardCharsets.US_ASCII),
                fingerprint.getBytes(StandardCharsets.US_ASCII))) {
            throw new StoreUnavailableException("This store was created with a different master key than the one in "
                    + master.source() + ". Start with the key it was created with (" + MasterKey.ENV
                    + " or $OPENUP_HOME/" + MasterKey.FILE_NAME + ").", null);
        }
        transactions.whenDone(committed -> masterChecked |= committed);
    }

    private static Optional<String> recordedFingerprint(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT fingerprint FROM master_key_check WHERE id = 1");
             ResultSet rs = p.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    private String fingerprint() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master.key().getEncoded(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal("openup master key fingerprint".getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }

    /**
     * A keyed hash of {@code value}, stable for the life of the master key: lets a table find a row
     * by an email address without storing the address in the clear.
     */
    public String lookupHash(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master.key().getEncoded(), "HmacSHA256"));
            mac.update((purpose + ":").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }

    private static int execute(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            return p.executeUpdate();
        }
    }
}
