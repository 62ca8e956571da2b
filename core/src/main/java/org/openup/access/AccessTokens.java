package org.openup.access;

import org.openup.engine.Store;
import org.openup.engine.StoreUnavailableException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Bearer tokens that let a client act as a member. They are credentials, not events: an ordinary
 * table holds only their SHA-256 hash, so a copy of the database does not let anyone in.
 */
public final class AccessTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Store store;
    private final Clock clock;

    public AccessTokens(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public String issue(String memberId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try (Connection c = store.dataSource().getConnection();
             PreparedStatement p = c.prepareStatement(
                     "INSERT INTO access_token (token_hash, member_id, created_at) VALUES (?, ?, ?)")) {
            p.setString(1, hash(token));
            p.setString(2, memberId);
            p.setTimestamp(3, Timestamp.from(clock.instant()));
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot store the access token", e);
        }
        return token;
    }

    public Optional<String> memberFor(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        try (Connection c = store.dataSource().getConnection();
             PreparedStatement p = c.prepareStatement("SELECT member_id FROM access_token WHERE token_hash = ?")) {
            p.setString(1, hash(token));
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot check the access token", e);
        }
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
