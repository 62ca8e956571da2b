package org.openup.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.openup.engine.readmodel.Jdbc;
import org.openup.member.MemberId;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.NotAuthenticatedException;
import org.openup.spi.failure.RefusedException;
import org.openup.spi.failure.TooManyAttemptsException;
import org.openup.testing.RunningCore;
import org.openup.testing.TestClock;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

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

            assertThatThrownBy(() -> accounts.changePassword(ana.member(), "not it", "a brand new secret", "10.0.0.1"))
                    .isInstanceOf(InvalidInputException.class);
            accounts.changePassword(ana.member(), "a long enough secret", "a brand new secret", "10.0.0.1");
            assertThat(accounts.authenticate("ana@example.org", "a brand new secret", "10.0.0.9").memberId()).isEqualTo(ana.memberId());

            for (int i = 0; i < Accounts.FREE_FAILURES; i++) {
                assertThatThrownBy(() -> accounts.authenticate("ana@example.org", "guess", "10.0.0.7"))
                        .isInstanceOf(NotAuthenticatedException.class);
            }
            // from that client even the right password now waits: guessing stays slow
            assertThatThrownBy(() -> accounts.authenticate("ana@example.org", "a brand new secret", "10.0.0.7"))
                    .isInstanceOf(TooManyAttemptsException.class)
                    .satisfies(e -> assertThat(((TooManyAttemptsException) e).retryAfter()).isPositive());
            // the stranger's guesses never lock the owner out of her own device
            assertThat(accounts.authenticate("ana@example.org", "a brand new secret", "10.0.0.9").memberId()).isEqualTo(ana.memberId());
            // re-checks of the password before a change or a forget count the same way
            for (int i = 0; i < Accounts.FREE_FAILURES; i++) {
                assertThatThrownBy(() -> accounts.confirmPassword(ana.member(), "guess", "10.0.0.8"))
                        .isInstanceOf(InvalidInputException.class);
            }
            assertThatThrownBy(() -> accounts.confirmPassword(ana.member(), "a brand new secret", "10.0.0.8"))
                    .isInstanceOf(TooManyAttemptsException.class);
            assertThatThrownBy(() -> accounts.changePassword(ana.member(), "a brand new secret", "another new secret", "10.0.0.8"))
                    .isInstanceOf(TooManyAttemptsException.class);
        }
    }

    @Test
    void eachWrongPasswordPastTheFreeOnesWaitsLongerUpToAQuarterOfAnHour() {
        TestClock clock = new TestClock();
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home), binder -> binder.bind(Clock.class).toInstance(clock))) {
            Accounts accounts = core.get(Accounts.class);
            accounts.register("ana@example.org", "a long enough secret", "Ana");
            for (int i = 0; i < Accounts.FREE_FAILURES; i++) {
                assertThatThrownBy(() -> accounts.authenticate("ana@example.org", "a wrong guess", "10.0.0.7"))
                        .isInstanceOf(NotAuthenticatedException.class);
            }
            // 1, 2, 4, 8, then 15 minutes after each wrong one, and 15 from then on while the guessing goes on
            for (long minutes : new long[]{1, 2, 4, 8, 15, 15}) {
                Duration wait = Duration.ofMinutes(minutes);
                assertThat(waitAsked(accounts)).as("right after a wrong one").isEqualTo(wait);
                clock.advance(wait.minusSeconds(1));
                assertThat(waitAsked(accounts)).as("a second before the %d minutes are up", minutes).isEqualTo(Duration.ofSeconds(1));
                clock.advance(Duration.ofSeconds(1));
                assertThatThrownBy(() -> accounts.authenticate("ana@example.org", "a wrong guess", "10.0.0.7"))
                        .as("after %d minutes the next guess is checked", minutes).isInstanceOf(NotAuthenticatedException.class);
            }
            // a guess a little after a wait is over still finds the count: the next wait is 15 minutes
            // again, not the free tries anew
            clock.advance(Accounts.WINDOW.plusMinutes(1));
            assertThatThrownBy(() -> accounts.authenticate("ana@example.org", "a wrong guess", "10.0.0.7"))
                    .isInstanceOf(NotAuthenticatedException.class);
            assertThat(waitAsked(accounts)).isEqualTo(Accounts.WINDOW);
            // once the pair has been quiet for longer than the longest wait, all is forgiven
            clock.advance(Accounts.FORGIVEN_AFTER);
            assertThat(accounts.authenticate("ana@example.org", "a long enough secret", "10.0.0.7").email()).isEqualTo("ana@example.org");
            for (int i = 0; i < Accounts.FREE_FAILURES; i++) {
                assertThatThrownBy(() -> accounts.authenticate("ana@example.org", "a wrong guess", "10.0.0.7"))
                        .as("the free tries are back").isInstanceOf(NotAuthenticatedException.class);
            }
        }
    }

    /** How long the next try from 10.0.0.7 must wait, asked with the right password (which waits like any other). */
    private static Duration waitAsked(Accounts accounts) {
        try {
            accounts.authenticate("ana@example.org", "a long enough secret", "10.0.0.7");
        } catch (TooManyAttemptsException e) {
            return e.retryAfter();
        }
        throw new AssertionError("the try was not made to wait");
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void guessesSentAllAtOnceAreCountedOneAtATime(TestStores kind) throws Exception {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            Accounts accounts = core.get(Accounts.class);
            accounts.register("ana@example.org", "a long enough secret", "Ana");
            int tries = 12;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(tries);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < tries; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    try {
                        accounts.authenticate("ana@example.org", "guess", "10.0.0.7");
                        return "signed in";
                    } catch (NotAuthenticatedException e) {
                        return "wrong";
                    } catch (TooManyAttemptsException e) {
                        return "wait";
                    }
                }));
            }
            start.countDown();
            java.util.Map<String, Long> counted = new java.util.TreeMap<>();
            for (var answer : answers) {
                counted.merge(answer.get(60, java.util.concurrent.TimeUnit.SECONDS), 1L, Long::sum);
            }
            pool.shutdown();
            assertThat(counted).isEqualTo(java.util.Map.of("wait", (long) (tries - Accounts.FREE_FAILURES), "wrong", (long) Accounts.FREE_FAILURES));
        }
    }

    @Test
    void sessionsLiveInTheStoreAndEnd() {
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home))) {
            Sessions sessions = core.get(Sessions.class);
            MemberId member = MemberId.of("member-1");
            var started = sessions.start(member);
            assertThat(sessions.find(started.token())).get().extracting(Sessions.Session::memberId).isEqualTo(member);
            assertThat(core.rows("web_session").toString()).doesNotContain(started.token());
            var other = sessions.start(member);
            assertThat(sessions.find(other.token())).isPresent(); // now remembered here
            sessions.endOthers(member, started.token());
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
            var first = here.start(ana.member());
            var second = here.start(ana.member());
            assertThat(here.find(first.token())).isPresent();
            assertThat(here.find(second.token())).isPresent();

            // when: another node (its own Sessions on the same store) signs the first one out
            new Sessions(core.get(Jdbc.class), Clock.systemUTC()).end(first.token());

            // then: this node refuses it once its memory of it is older than REMEMBERED_FOR
            Thread.sleep(Sessions.REMEMBERED_FOR.toMillis() + 100);
            assertThat(here.find(first.token())).isEmpty();

            // and deleting the account here ends the other at once, though it was just found again
            assertThat(here.find(second.token())).isPresent();
            accounts.delete(ana.member());
            assertThat(here.find(second.token())).isEmpty();
        }
    }

    @Test
    void aRememberedSessionStillExpiresOnTime() {
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home))) {
            // given: a session found once, on a clock we move
            TestClock clock = new TestClock();
            Sessions sessions = new Sessions(core.get(Jdbc.class), clock);
            var started = sessions.start(MemberId.of("member-1"));
            assertThat(sessions.find(started.token())).isPresent();

            // when: its lifetime passes while it is remembered
            clock.advance(Sessions.LIFETIME.plusSeconds(1));

            // then: it is refused
            assertThat(sessions.find(started.token())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void aNewNameReachesTheAccountAndEveryJourneyTheMemberIsStillIn(TestStores kind) {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            Accounts.Account ana = core.get(Accounts.class).register("ana@example.org", "a long enough secret", "Ana");
            org.openup.journey.Journeys journeys = core.get(org.openup.journey.Journeys.class);
            org.openup.journey.JourneyId j = journeys.start(ana.member(), "Ana").journeyId();

            assertThat(core.get(Names.class).rename(ana.member(), "  Ana  Bell ").text()).isEqualTo("Ana Bell");

            assertThat(core.get(Accounts.class).byMember(ana.member())).get().extracting(Accounts.Account::displayName).isEqualTo("Ana Bell");
            assertThat(journeys.journey(ana.member(), j).viewer().displayName()).isEqualTo("Ana Bell");
            // a name that is not allowed changes neither
            assertThatThrownBy(() -> core.get(Names.class).rename(ana.member(), " ")).isInstanceOf(InvalidInputException.class);
            assertThat(core.get(Accounts.class).byMember(ana.member())).get().extracting(Accounts.Account::displayName).isEqualTo("Ana Bell");
        }
    }
}
