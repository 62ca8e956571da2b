package org.openup.account;

import org.openup.engine.readmodel.Jdbc;
import org.openup.member.MemberId;
import org.openup.spi.MemberData;
import org.openup.spi.failure.RefusedException;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * A password a member sets so that a CLI on a machine they share acts as them only when it is
 * given. The CLI trusts whoever runs it as the OS user (it has no sign-in); a lock keeps a partner
 * using the same OS account from acting as the other with {@code --profile}. It is kept in the
 * store, keyed by member, so a new profile made with the same id is locked too.
 *
 * <p>It is a lock on the door, not on the files: that OS user can also read the store and its
 * master key (docs/security.md says so).
 */
public final class MemberLocks implements MemberData {

    private final Jdbc jdbc;
    private final PasswordHasher hasher;
    private final Clock clock;

    public MemberLocks(Jdbc jdbc, PasswordHasher hasher, Clock clock) {
        this.jdbc = jdbc;
        this.hasher = hasher;
        this.clock = clock;
    }

    public boolean isLocked(MemberId member) {
        return hash(member) != null;
    }

    /** Locks the member with {@code password}, held to the same rules as an account's. */
    public void lock(MemberId member, String password) {
        if (isLocked(member)) {
            throw new RefusedException("This profile is locked already. To choose another password, unlock it first.");
        }
        Accounts.checkPassword("password", password);
        jdbc.update("INSERT INTO member_lock (member_id, password_hash, locked_at) VALUES (?, ?, ?)", member.value(),
                hasher.hash(password), clock.instant());
    }

    /**
     * Lets the member through when they are not locked or gave the right password; refuses
     * otherwise. {@code password} is asked only when there is a lock (one read of it).
     */
    public void open(MemberId member, Supplier<String> password) {
        String hash = hash(member);
        if (hash != null) {
            check(hash, password.get());
        }
    }

    private void check(String hash, String password) {
        if (password == null || password.isEmpty()) {
            throw new RefusedException("This profile is locked with a password. Run it in a terminal to be asked, "
                    + "or give it in OPENUP_PASSWORD.");
        }
        if (!hasher.matches(password, hash)) {
            throw new RefusedException("That is not this profile's password.");
        }
    }

    /** Removes the lock, given its password ({@code password} is asked only when there is one). */
    public void unlock(MemberId member, Supplier<String> password) {
        String hash = hash(member);
        if (hash == null) {
            throw new RefusedException("This profile is not locked.");
        }
        check(hash, password.get());
        jdbc.update("DELETE FROM member_lock WHERE member_id = ?", member.value());
    }

    @Override
    public void erase(String memberId) {
        jdbc.update("DELETE FROM member_lock WHERE member_id = ?", memberId);
    }

    private String hash(MemberId member) {
        return jdbc.one("SELECT password_hash FROM member_lock WHERE member_id = ?", rs -> rs.getString(1), member.value()).orElse(null);
    }
}
