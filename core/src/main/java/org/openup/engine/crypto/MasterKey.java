package org.openup.engine.crypto;

import org.openup.engine.store.OwnerOnlyFiles;
import org.openup.engine.store.StoreUnavailableException;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The key that wraps every member's data key. It never enters the database: it comes from
 * {@code OPENUP_MASTER_KEY} (base64 of 32 bytes), or else from {@code $OPENUP_HOME/master.key},
 * which is created on first start readable by its owner only. Several nodes on one PostgreSQL
 * must share it, so there it is best given through the environment.
 */
public final class MasterKey {

    public static final String ENV = "OPENUP_MASTER_KEY";
    public static final String FILE_NAME = "master.key";
    private static final int BYTES = 32;

    private final SecretKey key;
    private final String source;

    private MasterKey(byte[] bytes, String source) {
        this.key = new SecretKeySpec(bytes, "AES");
        this.source = source;
    }

    public static MasterKey from(Map<String, String> env, Path home) {
        String given = env.get(ENV);
        if (given != null && !given.isBlank()) {
            return new MasterKey(decode(given.strip(), ENV), ENV);
        }
        return fromFile(home.resolve(FILE_NAME));
    }

    /** A fresh random key, for tests and for {@code openup admin} to print one. */
    public static String generate() {
        byte[] bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    static MasterKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return new MasterKey(decode(text, file.toString()), file.toString());
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot read or create the master key file " + file
                    + " (set " + ENV + " or make OPENUP_HOME writable): " + e.getMessage(), e);
        }
    }

    /** Written to a private temporary file and moved into place, so a crash never leaves half a key. */
    private static void create(Path file) throws IOException {
        OwnerOnlyFiles.folder(file.toAbsolutePath().getParent());
        Path temp = OwnerOnlyFiles.tempFileBeside(file, ".master", ".tmp");
        try {
            Files.writeString(temp, generate() + "\n", StandardCharsets.US_ASCII);
            try {
                // A hard link fails if the name exists (a rename would replace it): if another
                // process won the race, its key stands and both read the same one.
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(temp);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static byte[] decode(String text, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The master key in " + where + " is not base64. "
                    + "Create one with: head -c 32 /dev/urandom | base64");
        }
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("The master key in " + where + " must be 32 bytes (base64 of 32 bytes), got "
                    + bytes.length + ". Create one with: head -c 32 /dev/urandom | base64");
        }
        return bytes;
    }

    SecretKey key() {
        return key;
    }

    /** Where the key came from (the variable's name or the file's path), never the key. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "MasterKey[from " + source + "]";
    }
}
