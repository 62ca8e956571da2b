package org.openup.account;

import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.crypto.Keyring;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.NotAuthenticatedException;
import org.openup.spi.failure.RefusedException;
import org.openup.spi.failure.TooManyAttemptsException;
import org.openup.member.DisplayName;
import org.openup.member.MemberId;
import org.openup.privacy.PersonalText;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Accounts for the web: an email and an Argon2id password hash per member, in an ordinary table
 * (the way back in when the password is lost is {@link Recovery}).
 * Every password check (signing in, changing the password, confirming it before a forget) is
 * throttled per account and client: a stranger guessing from elsewhere slows only their own
 * attempts, never the owner's from their own device. Each check is counted before the password is
 * verified, one at a time per account and client, so parallel guesses cannot slip past the count.
 */
public final class Accounts {

    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 200;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /**
     * A pair's wrong passwords are forgiven together once it has had none for this long: longer
     * than the longest wait ({@link #WINDOW}), so a guess made just after a wait is over still finds
     * the count, and the next wait is the longest again rather than the free tries anew.
     */
    static final Duration FORGIVEN_AFTER = WINDOW.multipliedBy(2);
    /**
     * Wrong passwords for one account from one client before each further try must wait, 1, 2, 4, 8,
     * then 15 ({@link #WINDOW}) minutes after the last; all forgiven once the pair is quiet for
     * {@link #FORGIVEN_AFTER}.
     */
    static final int FREE_FAILURES = 5;
    /** Wrong passwords from one client across all accounts, while they are kept (see {@link #FREE_FAILURES}). */
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    /** No spaces, control characters (NUL included) or broken surrogates anywhere. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cc}\\p{Cs}]{1,64}@[^@\\s\\p{Cc}\\p{Cs}]+\\.[^@\\s\\p{Cc}\\p{Cs}]{2,}");
    private static final String WRONG = "That email and password do not match an account.";

    public record Account(MemberId member, String email, String displayName, Instant createdAt) {

        /** The member's id as text, which the plugins' tests compare with the plugin test kit's (see {@link MemberId}). */
        public String memberId() {
            return member.value();
        }
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
        return create(email, password, displayName, false)
                .orElseThrow(() -> new RefusedException("There is already an account with this email. Sign in instead."));
    }

    /**
     * A new account that cannot sign in until its address is confirmed ({@link Recovery#confirm}),
     * or empty when the address has an account already. Checks and hashes the same either way, so
     * neither the answer nor its time tells whether the address was taken.
     */
    Optional<Account> registerPending(String email, String password, String displayName) {
        return create(email, password, displayName, true);
    }

    /** A new account (waiting for its address to be confirmed, or not), or empty when the address is taken. */
    private Optional<Account> create(String email, String password, String displayName, boolean awaiting) {
        String address = requireAddress(email);
        MemberId member = MemberId.newId();
        String memberId = member.value();
        PersonalText name = DisplayName.of(member, displayName);
        checkPassword("password", password, address, name.text());
        Instant now = clock.instant();
        if (!awaiting && find(address).isPresent()) {
            // without mail the answer says the address is taken anyway: no hash to spend on it
            return Optional.empty();
        }
        // with mail, a taken address costs the same hash as a free one, so the time tells nothing
        String hash = hasher.hash(password);
        if (awaiting) {
            freeIfNeverConfirmed(address, now);
        }
        if (find(address).isPresent()) {
            return Optional.empty();
        }
        try {
            // The address is sealed like any personal text; its keyed hash is what sign-in looks up.
            jdbc.update("INSERT INTO account (member_id, email_lookup, email, display_name, password_hash, created_at, "
                    + "password_changed_at, awaiting_confirmation_since) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", memberId, lookup(address),
                    new PersonalText(memberId, address), name, hash, now, now, awaiting ? now : null);
        } catch (RuntimeException e) {
            if (find(address).isPresent()) { // lost a race with the same email
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(new Account(member, address, name.text(), now));
    }

    /**
     * An account never confirmed within its link's lifetime holds nothing (it could never sign in):
     * it gives its address up, so nobody can keep another person's address by signing up with it.
     * Its key is destroyed too: the address and name were sealed with it, and a key nobody can
     * ever use again is one more thing on disk that could open an old copy of them.
     */
    private void freeIfNeverConfirmed(String address, Instant now) {
        stored(address).filter(old -> old.awaitingSince() != null && old.awaitingSince().isBefore(now.minus(Recovery.LINK_LIFETIME)))
                .ifPresent(stale -> {
                    String member = stale.account().memberId();
                    jdbc.update("DELETE FROM password_reset WHERE member_id = ?", member);
                    // only while still unconfirmed: a confirmation that just won the race keeps the account
                    if (jdbc.update("DELETE FROM account WHERE member_id = ? AND awaiting_confirmation_since IS NOT NULL", member) > 0) {
                        keyring.forget(member);
                    }
                });
    }

    /** The name the account shows (the same a member chose for their journeys: see {@link Names}). */
    void rename(MemberId member, PersonalText name) {
        jdbc.update("UPDATE account SET display_name = ? WHERE member_id = ?", name, member.value());
    }

    void confirm(MemberId memberId) {
        jdbc.update("UPDATE account SET awaiting_confirmation_since = NULL WHERE member_id = ?", memberId.value());
    }

    /** The member behind email and password, or a refusal that says nothing about which was wrong. */
    public Account authenticate(String email, String password, String address) {
        // what could never be an account's address is not looked up (nor stored as a failure) as typed
        String mail = address(email).orElse("");
        String from = address == null ? "unknown" : address;
        String lookup = mail.isEmpty() ? "" : lookup(mail);
        Optional<Stored> stored = mail.isEmpty() ? Optional.empty() : stored(mail);
        boolean ok = checked(lookup, from, () -> hasher.matches(password == null ? "" : password, stored.map(Stored::hash).orElse(decoy))
                && stored.isPresent());
        if (!ok) {
            throw new NotAuthenticatedException(WRONG);
        }
        if (stored.get().awaitingSince() != null) { // told only to whoever knows the password
            throw new NotAuthenticatedException("Please confirm your address first, with the link in the mail we sent. No mail? "
                    + "\"Forgot your password?\" sends a new link.");
        }
        return stored.get().account();
    }

    public void changePassword(MemberId memberId, String current, String replacement, String address) {
        Stored stored = jdbc.one("SELECT * FROM account WHERE member_id = ?", this::row, memberId.value())
                .orElseThrow(() -> new NotAuthenticatedException("Please sign in again."));
        if (!checked(lookup(stored.account().email()), address, () -> hasher.matches(current == null ? "" : current, stored.hash()))) {
            throw new InvalidInputException("currentPassword", "Your current password is not right.");
        }
        checkPassword("newPassword", replacement, stored.account().email(), stored.account().displayName());
        jdbc.update("UPDATE account SET password_hash = ?, password_changed_at = ? WHERE member_id = ?",
                hasher.hash(replacement), clock.instant(), memberId.value());
    }

    /** Asks for the password again before something that cannot be undone. */
    public void confirmPassword(MemberId memberId, String password, String address) {
        Stored stored = jdbc.one("SELECT * FROM account WHERE member_id = ?", this::row, memberId.value())
                .orElseThrow(() -> new NotAuthenticatedException("Please sign in again."));
        if (!checked(lookup(stored.account().email()), address, () -> hasher.matches(password == null ? "" : password, stored.hash()))) {
            throw new InvalidInputException("password", "That is not your password.");
        }
    }

    /** The member whose account has this address, for recovery; empty for an unknown or impossible address. */
    Optional<MemberId> memberWithEmail(String typed) {
        return address(typed).flatMap(this::find).map(Account::member);
    }

    /** A new password set through recovery (checked by the caller): wrong passwords counted against the account are forgiven. */
    void setPassword(Account account, String password) {
        jdbc.update("UPDATE account SET password_hash = ?, password_changed_at = ?, awaiting_confirmation_since = NULL WHERE member_id = ?",
                hasher.hash(password), clock.instant(), account.memberId());
        jdbc.update("DELETE FROM login_failure WHERE email = ?", lookup(account.email()));
    }

    public Optional<Account> byMember(MemberId memberId) {
        return jdbc.one("SELECT * FROM account WHERE member_id = ?", this::row, memberId.value()).map(Stored::account);
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
    public void delete(MemberId memberId) {
        byMember(memberId).ifPresent(account -> jdbc.update("DELETE FROM login_failure WHERE email = ?", lookup(account.email())));
        sessions.endAll(memberId);
        jdbc.update("DELETE FROM password_reset WHERE member_id = ?", memberId.value());
        jdbc.update("DELETE FROM account WHERE member_id = ?", memberId.value());
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

    /**
     * A password check for one account from one client: counted as a failure before {@code verify}
     * runs (in a transaction that holds the pair, so parallel checks take turns and see each other's
     * count), forgiven when it succeeds. Refused while the pair must wait.
     */
    private boolean checked(String account, String address, java.util.function.BooleanSupplier verify) {
        String client = address == null || address.isBlank() ? "unknown" : address;
        jdbc.inTransaction(() -> {
            jdbc.serialise("password-check:" + account + "|" + client);
            Instant now = clock.instant();
            // a pair's failures are forgiven together once it has been quiet for FORGIVEN_AFTER; each
            // expiring on its own would drop the count (and the wait) a moment after a 15-minute Retry-After
            Instant quietSince = now.minus(FORGIVEN_AFTER);
            jdbc.update("DELETE FROM login_failure WHERE failed_at < ? AND NOT EXISTS (SELECT 1 FROM login_failure recent "
                    + "WHERE recent.email = login_failure.email AND recent.address = login_failure.address AND recent.failed_at >= ?)",
                    quietSince, quietSince);
            long forPair = count("SELECT COUNT(*) FROM login_failure WHERE email = ? AND address = ?", account, client);
            long forClient = count("SELECT COUNT(*) FROM login_failure WHERE address = ?", client);
            Duration wait = Duration.ZERO;
            if (forPair >= FREE_FAILURES) {
                Instant last = jdbc.one("SELECT MAX(failed_at) AS last FROM login_failure WHERE email = ? AND address = ?",
                        rs -> Jdbc.instant(rs, "last"), account, client).orElse(now);
                Duration backoff = Duration.ofMinutes(1L << Math.min(4, forPair - FREE_FAILURES));
                wait = Duration.between(now, last.plus(backoff.compareTo(WINDOW) > 0 ? WINDOW : backoff));
            }
            if (forClient >= MAX_FAILURES_PER_ADDRESS) {
                wait = wait.compareTo(WINDOW) > 0 ? wait : WINDOW;
            }
            if (wait.compareTo(Duration.ZERO) > 0) {
                long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
                throw new TooManyAttemptsException("Too many wrong passwords from here. Please wait " + minutes
                        + (minutes == 1 ? " minute" : " minutes") + " and try again.", wait);
            }
            jdbc.update("INSERT INTO login_failure (email, address, failed_at) VALUES (?, ?, ?)", account, client, now);
            return null;
        });
        boolean ok = verify.getAsBoolean();
        if (ok) {
            jdbc.update("DELETE FROM login_failure WHERE email = ? AND address = ?", account, client);
        }
        return ok;
    }

    private long count(String sql, Object... values) {
        return jdbc.one(sql, rs -> rs.getLong(1), values).orElse(0L);
    }

    /** Refuses what could never be an account's address, naming the field. */
    public static String requireAddress(String typed) {
        return address(typed).orElseThrow(() -> new InvalidInputException("email", "Please give a valid email address, like ana@example.org."));
    }

    /** The address as accounts keep it (trimmed, lower case), if it could be one at all. */
    private static Optional<String> address(String typed) {
        String email = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return email.length() <= 254 && EMAIL.matcher(email).matches() ? Optional.of(email) : Optional.empty();
    }

    /**
     * At least {@link #MIN_PASSWORD} characters as people count them (code points, so five emoji are
     * five), no control characters, and not guessable: zxcvbn's estimate must reach "safely
     * unguessable" for an online attack (score 3 of 4), which rules out "password12", "1234567890",
     * "aaaaaaaaaa" and ten spaces while a few ordinary words in a row pass. The member's own email
     * and name count as guessable too.
     */
    static void checkPassword(String field, String password, String... personal) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD) {
            throw new InvalidInputException(field, "A password needs at least " + MIN_PASSWORD + " characters; a few words in a row work well.");
        }
        if (length > MAX_PASSWORD) {
            throw new InvalidInputException(field, "A password can be at most " + MAX_PASSWORD + " characters long.");
        }
        if (password.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE)) {
            throw new InvalidInputException(field, "A password cannot hold invisible control characters.");
        }
        java.util.List<String> avoid = java.util.Arrays.stream(personal).filter(java.util.Objects::nonNull).toList();
        // a new estimator per check: building one is cheap once its word lists are loaded, and it keeps no shared state
        if (new com.nulabinc.zxcvbn.Zxcvbn().measure(password, avoid).getScore() < 3) {
            throw new InvalidInputException(field, "That password would be easy to guess. A few unrelated words in a row, "
                    + "like a short odd sentence, are strong and easy to remember.");
        }
    }

    private record Stored(Account account, String hash, Instant awaitingSince) {
    }

    private Stored row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stored(new Account(MemberId.of(rs.getString("member_id")), jdbc.text(rs, "email"), jdbc.text(rs, "display_name"),
                Jdbc.instant(rs, "created_at")), rs.getString("password_hash"), Jdbc.instant(rs, "awaiting_confirmation_since"));
    }
}
