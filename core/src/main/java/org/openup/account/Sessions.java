package org.openup.account;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.openup.engine.readmodel.Jdbc;
import org.openup.member.MemberId;
import org.openup.spi.SecretToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Web sessions in the database, so any node can serve any request. The token goes to the browser
 * in an HttpOnly cookie; the table keeps only its hash, and a CSRF token that state-changing
 * requests must echo in a header.
 *
 * <p>Every request asks for its session, so a session found is kept in memory for up to
 * {@link #REMEMBERED_FOR} (its expiry still checked on each use). Ending sessions here forgets
 * them here at once; another node may still accept an ended session for that long.
 */
public final class Sessions {

    public static final Duration LIFETIME = Duration.ofDays(30);

    /** How long a session found in the table is used without asking the table again. */
    public static final Duration REMEMBERED_FOR = Duration.ofSeconds(1);

    public record Session(MemberId memberId, String csrfToken, Instant expiresAt) {
    }

    private record Remembered(Session session, long foundAt) {
    }

    /** A new session: the token is for the cookie and exists nowhere else. */
    public record Started(String token, Session session) {
    }

    private final Jdbc jdbc;
    private final Clock clock;
    private final Map<String, Remembered> remembered = Caffeine.newBuilder().maximumSize(10_000).<String, Remembered>build().asMap();
    /** Counts endings here, so that a look-up that raced with one does not remember what was just ended. */
    private final AtomicLong endings = new AtomicLong();

    public Sessions(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Started start(MemberId memberId) {
        String token = random();
        String csrf = random();
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        jdbc.update("INSERT INTO web_session (token_hash, member_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                hash(token), memberId.value(), csrf, now, expires);
        return new Started(token, new Session(memberId, csrf, expires));
    }

    public Optional<Session> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Instant now = clock.instant();
        Remembered known = remembered.get(hash);
        if (known != null && System.nanoTime() - known.foundAt() < REMEMBERED_FOR.toNanos()) {
            return known.session().expiresAt().isAfter(now) ? Optional.of(known.session()) : Optional.empty();
        }
        long endingsBefore = endings.get();
        Optional<Session> found = jdbc.one("SELECT member_id, csrf_token, expires_at FROM web_session WHERE token_hash = ? AND expires_at > ?",
                rs -> new Session(MemberId.of(rs.getString(1)), rs.getString(2), Jdbc.instant(rs, "expires_at")), hash, now);
        found.ifPresent(session -> remembered.put(hash, new Remembered(session, System.nanoTime())));
        if (found.isEmpty() || endings.get() != endingsBefore) {
            remembered.remove(hash); // gone, or an ending ran meanwhile: ask the table next time
        }
        return found;
    }

    public void end(String token) {
        if (token != null) {
            String hash = hash(token);
            jdbc.update("DELETE FROM web_session WHERE token_hash = ?", hash);
            endings.incrementAndGet();
            remembered.remove(hash);
        }
    }

    /** Ends every session of the member but the one given (after a password change, say). */
    public void endOthers(MemberId memberId, String keepToken) {
        jdbc.update("DELETE FROM web_session WHERE member_id = ? AND token_hash <> ?", memberId.value(), keepToken == null ? "" : hash(keepToken));
        forgetSessionsOf(memberId);
    }

    /** Ends every session of the member (their account is being deleted). */
    public void endAll(MemberId memberId) {
        jdbc.update("DELETE FROM web_session WHERE member_id = ?", memberId.value());
        forgetSessionsOf(memberId);
    }

    private void forgetSessionsOf(MemberId memberId) {
        endings.incrementAndGet();
        synchronized (remembered) {
            remembered.values().removeIf(r -> r.session().memberId().equals(memberId));
        }
    }

    private static String random() {
        return SecretToken.random(32).value();
    }

    static String hash(String token) {
        return SecretToken.sha256(token);
    }
}
