package org.openup.account;

import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.crypto.Keyring;
import org.openup.failure.InvalidInputException;
import org.openup.failure.NotAuthenticatedException;
import org.openup.failure.RefusedException;
import org.openup.failure.TooManyAttemptsException;
import org.openup.member.DisplayName;
import org.openup.member.MemberIds;
import org.openup.privacy.PersonalText;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Accounts for the web: an email and an Argon2id password hash per member, in an ordinary table.
 * Logins are throttled per account and per address, so guessing passwords is slow for everyone.
 */
public final class Accounts {

    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 200;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    /** No spaces, control characters (NUL included) or broken surrogates anywhere. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cc}\\p{Cs}]{1,64}@[^@\\s\\p{Cc}\\p{Cs}]+\\.[^@\\s\\p{Cc}\\p{Cs}]{2,}");
    private static final String WRONG = "That email and password do not match an account.";

    public record Account(String memberId, String email, String displayName, Instant createdAt) {
    }

    private final Jdbc jdbc;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final Clock clock;
    /** A hash to check against when the email is unknown, so both cases take the same time. */
    private final String decoy;
    private final Keyring keyring;

    public Accounts(Jdbc jdbc, Keyring keyring, PasswordHasher hasher, Sessions sessions, Clock clock) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.keyring = keyring;
        this.hasher = hasher;
        this.clock = clock;
        this.decoy = hasher.hash("decoy password that matches nobody");
    }

    public Account register(String email, String password, String displayName) {
        String address = email(email);
        String memberId = MemberIds.newId();
        PersonalText name = DisplayName.of(memberId, displayName);
        checkPassword("password", password);
        if (find(address).isPresent()) {
            throw new RefusedException("There is already an account with this email. Sign in instead.");
        }
        Instant now = clock.instant();
        try {
            // The address is sealed like any personal text; its keyed hash is what sign-in looks up.
            jdbc.update("INSERT INTO account (member_id, email_lookup, email, display_name, password_hash, created_at, "
                    + "password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", memberId, lookup(address),
                    new PersonalText(memberId, address), name, hasher.hash(password), now, now);
        } catch (RuntimeException e) {
            if (find(address).isPresent()) { // lost a race with the same email
                throw new RefusedException("There is already an account with this email. Sign in instead.");
            }
            throw e;
        }
        return new Account(memberId, address, name.text(), now);
    }

    /** The member behind email and password, or a refusal that says nothing about which was wrong. */
    public Account authenticate(String email, String password, String address) {
        String typed = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        // what could never be an account's address is not looked up (nor stored as a failure) as typed
        String mail = typed.length() <= 254 && EMAIL.matcher(typed).matches() ? typed : "";
        String from = address == null ? "unknown" : address;
        String lookup = mail.isEmpty() ? "" : lookup(mail);
        throttle(lookup, from);
        Optional<Stored> stored = mail.isEmpty() ? Optional.empty() : stored(mail);
        boolean ok = hasher.matches(password == null ? "" : password, stored.map(Stored::hash).orElse(decoy)) && stored.isPresent();
        if (!ok) {
            jdbc.update("INSERT INTO login_failure (email, address, failed_at) VALUES (?, ?, ?)", lookup, from, clock.instant());
            throw new NotAuthenticatedException(WRONG);
        }
        jdbc.update("DELETE FROM login_failure WHERE email = ?", lookup);
        return stored.get().account();
    }

    public void changePassword(String memberId, String current, String replacement) {
        Stored stored = jdbc.one("SELECT * FROM account WHERE member_id = ?", this::row, memberId)
                .orElseThrow(() -> new NotAuthenticatedException("Please sign in again."));
        if (!hasher.matches(current == null ? "" : current, stored.hash())) {
            throw new InvalidInputException("currentPassword", "Your current password is not right.");
        }
        checkPassword("newPassword", replacement);
        jdbc.update("UPDATE account SET password_hash = ?, password_changed_at = ? WHERE member_id = ?",
                hasher.hash(replacement), clock.instant(), memberId);
    }

    /** Asks for the password again before something that cannot be undone. */
    public void confirmPassword(String memberId, String password) {
        Stored stored = jdbc.one("SELECT * FROM account WHERE member_id = ?", this::row, memberId)
                .orElseThrow(() -> new NotAuthenticatedException("Please sign in again."));
        if (!hasher.matches(password == null ? "" : password, stored.hash())) {
            throw new InvalidInputException("password", "That is not your password.");
        }
    }

    public Optional<Account> byMember(String memberId) {
        return jdbc.one("SELECT * FROM account WHERE member_id = ?", this::row, memberId).map(Stored::account);
    }

    private Optional<Account> find(String email) {
        return stored(email).map(Stored::account);
    }

    private Optional<Stored> stored(String email) {
        return jdbc.one("SELECT * FROM account WHERE email_lookup = ?", this::row, lookup(email));
    }

    /**
     * Removes the member's credentials: account, sessions and failed sign-ins. Their events stay;
     * forgetting their key is what makes the text in them unreadable.
     */
    public void delete(String memberId) {
        byMember(memberId).ifPresent(account -> jdbc.update("DELETE FROM login_failure WHERE email = ?", lookup(account.email())));
        sessions.endAll(memberId);
        jdbc.update("DELETE FROM account WHERE member_id = ?", memberId);
    }

    /**
     * Accounts made before addresses were sealed hold them in the clear; this seals them once, on
     * the first start after the upgrade.
     */
    public void sealLegacyRows() {
        record Legacy(String memberId, String email, String name) {
        }
        jdbc.query("SELECT member_id, email, display_name FROM account WHERE email_lookup IS NULL",
                        rs -> new Legacy(rs.getString(1), rs.getString(2), rs.getString(3)))
                .forEach(row -> jdbc.update("UPDATE account SET email_lookup = ?, email = ?, display_name = ? WHERE member_id = ?",
                        lookup(row.email()), new PersonalText(row.memberId(), row.email()),
                        new PersonalText(row.memberId(), row.name()), row.memberId()));
    }

    private String lookup(String email) {
        return keyring.lookupHash("email", email);
    }

    private void throttle(String email, String address) {
        Instant since = clock.instant().minus(WINDOW);
        jdbc.update("DELETE FROM login_failure WHERE failed_at < ?", since);
        long forAccount = count("SELECT COUNT(*) FROM login_failure WHERE email = ? AND failed_at >= ?", email, since);
        long forAddress = count("SELECT COUNT(*) FROM login_failure WHERE address = ? AND failed_at >= ?", address, since);
        if (forAccount >= MAX_FAILURES_PER_ACCOUNT || forAddress >= MAX_FAILURES_PER_ADDRESS) {
            throw new TooManyAttemptsException("Too many sign-in attempts. Please wait " + WINDOW.toMinutes()
                    + " minutes and try again.", WINDOW);
        }
    }

    private long count(String sql, Object... values) {
        return jdbc.one(sql, rs -> rs.getLong(1), values).orElse(0L);
    }

    private static String email(String typed) {
        String email = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("email", "Please give a valid email address, like ana@example.org.");
        }
        return email;
    }

    private static void checkPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInputException(field, "A password needs at least " + MIN_PASSWORD + " characters; a few words in a row work well.");
        }
        if (password.length() > MAX_PASSWORD) {
            throw new InvalidInputException(field, "A password can be at most " + MAX_PASSWORD + " characters long.");
        }
    }

    private record Stored(Account account, String hash) {
    }

    private Stored row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stored(new Account(rs.getString("member_id"), jdbc.text(rs, "email"), jdbc.text(rs, "display_name"),
                Jdbc.instant(rs, "created_at")), rs.getString("password_hash"));
    }
}
