package org.openup.spi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A random secret a plugin hands out in a link or as an id (URL-safe base64), and the hash it
 * keeps in its tables instead of the secret where a leaked table must not open the link.
 */
public record SecretToken(String value) {

    public SecretToken {
        Objects.requireNonNull(value, "value");
    }

    /** Seeded at the first secret, not when a plugin registers (every CLI run registers every plugin). */
    private static final class Random {
        static final SecureRandom INSTANCE = new SecureRandom();
    }

    /** {@code bytes} random bytes (16 or more for anything that guards access). */
    public static SecretToken random(int bytes) {
        return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(bytes)));
    }

    /** Raw random bytes from the same generator, for a secret in another format (a signing key). */
    public static byte[] randomBytes(int bytes) {
        byte[] out = new byte[bytes];
        Random.INSTANCE.nextBytes(out);
        return out;
    }

    /** SHA-256 of the value, hex: what to store and look up by when only the holder should have the secret. */
    public String sha256() {
        return sha256(value);
    }

    /** SHA-256 of a secret someone presented, hex, to look it up by. */
    public static String sha256(String presented) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The value is a secret: never in a log line. */
    @Override
    public String toString() {
        return "SecretToken[" + value.length() + " chars]";
    }
}
