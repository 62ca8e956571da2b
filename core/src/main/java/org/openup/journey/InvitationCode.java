package org.openup.journey;

import org.openup.spi.failure.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The partner invitation code: 12 characters from an alphabet without look-alikes, shown as
 * {@code ABCD-EFGH-JKMN} so it can be read aloud or typed from a phone. Only its SHA-256 hash is
 * ever stored; the code itself exists in the inviter's answer and nowhere else.
 */
public final class InvitationCode {

    /** Crockford's base32: no I, L, O or U, so nothing is confused with 1, 0 or V. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCode() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The canonical form of what a person typed: case, spaces and dashes ignored, and the
     * look-alikes O, I and L read as 0 and 1. Refuses anything that cannot be a code.
     */
    public static String normalise(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInputException("code", "Please give the invitation code your partner sent you.");
        }
        StringBuilder out = new StringBuilder(LENGTH);
        for (char ch : typed.strip().toUpperCase().toCharArray()) {
            if (ch == '-' || ch == ' ') {
                continue;
            }
            char c = switch (ch) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> ch;
            };
            if (ALPHABET.indexOf(c) < 0 || out.length() == LENGTH) {
                throw malformed();
            }
            out.append(c);
        }
        if (out.length() != LENGTH) {
            throw malformed();
        }
        return out.toString();
    }

    /** The stored form: hex SHA-256 of the canonical code. */
    public static String hash(String typed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalise(typed).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static InvalidInputException malformed() {
        return new InvalidInputException("code",
                "That does not look like an invitation code. A code has 12 letters and digits, like ABCD-EFGH-JKMN.");
    }
}
