package org.openup.account;

import org.openup.engine.Jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Web sessions in the database, so any node can serve any request. The token goes to the browser
 * in an HttpOnly cookie; the table keeps only its hash, and a CSRF token that state-changing
 * requests must echo in a header.
 */
public final class Sessions {

    public static final Duration LIFETIME = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Session(String memberId, String csrfToken, Instant expiresAt) {
    }

    /** A new session: the token is for the cookie and exists nowhere else. */
    public record Started(String token, Session session) {
    }

    private final Jdbc jdbc;
    private final Clock clock;

    public Sessions(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Started start(String memberId) {
        String token = random();
        String csrf = random();
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        jdbc.update("INSERT INTO web_session (token_hash, member_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                hash(token), memberId, csrf, now, expires);
        return new Started(token, new Session(memberId, csrf, expires));
    }

    public Optional<Session> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.one("SELECT member_id, csrf_token, expires_at FROM web_session WHERE token_hash = ? AND expires_at > ?",
                rs -> new Session(rs.getString(1), rs.getString(2), Jdbc.instant(rs, "expires_at")), hash(token), clock.instant());
    }

    public void end(String token) {
        if (token != null) {
            jdbc.update("DELETE FROM web_session WHERE token_hash = ?", hash(token));
        }
    }

    /** Ends every session of the member but the one given (after a password change, say). */
    public void endOthers(String memberId, String keepToken) {
        jdbc.update("DELETE FROM web_session WHERE member_id = ? AND token_hash <> ?", memberId, keepToken == null ? "" : hash(keepToken));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
