package org.openup.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.engine.readmodel.Jdbc;
import org.openup.failure.InvalidInputException;
import org.openup.failure.NotAuthenticatedException;
import org.openup.failure.RefusedException;
import org.openup.failure.TooManyAttemptsException;
import org.openup.testing.RunningCore;
import org.openup.testing.TestClock;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountsStoreTest {

    @TempDir
    Path home;

    @Test
    void registerSignInChangePasswordAndThrottle() {
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home))) {
            Accounts accounts = core.get(Accounts.class);
            var ana = accounts.register(" Ana@Example.org ", "a long enough secret", "Ana");
            assertThat(ana.email()).isEqualTo("ana@example.org");
            assertThat(core.rows("account").toString()).doesNotContain("a long enough secret");

            assertThatThrownBy(() -> accounts.register("ana@example.org", "another long secret", "Ana 2"))
                    .isInstanceOf(RefusedException.class);
            assertThatThrownBy(() -> accounts.register("not-an-email", "a long enough secret", "X"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("email");
            assertThatThrownBy(() -> accounts.register("ben@example.org", "short", "Ben"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 10");

            assertThat(accounts.authenticate("ANA@example.org", "a long enough secret", "127.0.0.1").memberId())
                    .isEqualTo(ana.memberId());
            assertThatThrownBy(() -> accounts.authenticate("ana@example.org", "wrong password!", "127.0.0.1"))
                    .isInstanceOf(NotAuthenticatedException.class);
            assertThatThrownBy(() -> accounts.authenticate("nobody@example.org", "wrong password!", "127.0.0.1"))
                    .isInstanceOf(NotAuthenticatedException.class).hasMessage("That email and password do not match an account.");

            assertThatThrownBy(() -> accounts.changePassword(ana.memberId(), "not it", "a brand new secret"))
                    .isInstanceOf(InvalidInputException.class);
            accounts.changePassword(ana.memberId(), "a long enough secret", "a brand new secret");
            assertThat(accounts.authenticate("ana@example.org", "a brand new secret", "10.0.0.9").memberId()).isEqualTo(ana.memberId());

            for (int i = 0; i < Accounts.MAX_FAILURES_PER_ACCOUNT; i++) {
                assertThatThrownBy(() -> accounts.authenticate("ana@example.org", "guess", "10.0.0.7"))
                        .isInstanceOf(NotAuthenticatedException.class);
            }
            // now even the right password waits: guessing stays slow
            assertThatThrownBy(() -> accounts.authenticate("ana@example.org", "a brand new secret", "10.0.0.7"))
                    .isInstanceOf(TooManyAttemptsException.class);
        }
    }

    @Test
    void sessionsLiveInTheStoreAndEnd() {
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home))) {
            Sessions sessions = core.get(Sessions.class);
            var started = sessions.start("member-1");
            assertThat(sessions.find(started.token())).get().extracting(Sessions.Session::memberId).isEqualTo("member-1");
            assertThat(core.rows("web_session").toString()).doesNotContain(started.token());
            var other = sessions.start("member-1");
            assertThat(sessions.find(other.token())).isPresent(); // now remembered here
            sessions.endOthers("member-1", started.token());
            assertThat(sessions.find(other.token())).isEmpty();
            sessions.end(started.token());
            assertThat(sessions.find(started.token())).isEmpty();
            assertThat(sessions.find("forged")).isEmpty();
        }
    }

    @Test
    void aRememberedSessionEndsAtOnceHereAndWithinASecondWhenAnotherNodeEndsIt() throws Exception {
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home))) {
            // given: Ana with two sessions, each found once so this node remembers them
            Accounts accounts = core.get(Accounts.class);
            Sessions here = core.get(Sessions.class);
            var ana = accounts.register("ana@example.org", "a long enough secret", "Ana");
            var first = here.start(ana.memberId());
            var second = here.start(ana.memberId());
            assertThat(here.find(first.token())).isPresent();
            assertThat(here.find(second.token())).isPresent();

            // when: another node (its own Sessions on the same store) signs the first one out
            new Sessions(core.get(Jdbc.class), Clock.systemUTC()).end(first.token());

            // then: this node refuses it once its memory of it is older than REMEMBERED_FOR
            Thread.sleep(Sessions.REMEMBERED_FOR.toMillis() + 100);
            assertThat(here.find(first.token())).isEmpty();

            // and deleting the account here ends the other at once, though it was just found again
            assertThat(here.find(second.token())).isPresent();
            accounts.delete(ana.memberId());
            assertThat(here.find(second.token())).isEmpty();
        }
    }

    @Test
    void aRememberedSessionStillExpiresOnTime() {
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home))) {
            // given: a session found once, on a clock we move
            TestClock clock = new TestClock();
            Sessions sessions = new Sessions(core.get(Jdbc.class), clock);
            var started = sessions.start("member-1");
            assertThat(sessions.find(started.token())).isPresent();

            // when: its lifetime passes while it is remembered
            clock.advance(Sessions.LIFETIME.plusSeconds(1));

            // then: it is refused
            assertThat(sessions.find(started.token())).isEmpty();
        }
    }
}
