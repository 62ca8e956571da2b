package org.openup.account;

import com.google.inject.Module;
import com.google.inject.Provider;
import com.google.inject.multibindings.Multibinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.member.MemberId;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.NotAuthenticatedException;
import org.openup.spi.failure.RefusedException;
import org.openup.spi.failure.TooManyAttemptsException;
import org.openup.spi.notification.Notification;
import org.openup.spi.notification.NotificationChannel;
import org.openup.notification.NotificationDispatcher;
import org.openup.spi.notification.NotificationKind;
import org.openup.testing.RunningCore;
import org.openup.testing.TestClock;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecoveryStoreTest {

    @TempDir
    Path home;

    private static final String PASSWORD = "a long enough secret";
    private static final String NEW_PASSWORD = "violet kettle under the stairs";

    /** A mailbox: carries recovery and, like the email plugin, asks for the link at delivery. */
    static final class Mailbox implements NotificationChannel {
        final List<String> links = new CopyOnWriteArrayList<>();
        final Provider<Recovery> recovery;

        Mailbox(Provider<Recovery> recovery) {
            this.recovery = recovery;
        }

        @Override
        public String name() {
            return "mailbox";
        }

        @Override
        public List<String> targets(String memberId, NotificationKind kind) {
            return List.of(memberId);
        }

        @Override
        public boolean carriesAccountMail() {
            return true;
        }

        @Override
        public void deliver(Notification n, String target) {
            links.add(switch (n.kind()) {
                case ACCOUNT_RECOVERY -> recovery.get().link(MemberId.of(n.memberId()));
                case ACCOUNT_CONFIRMATION -> recovery.get().confirmationLink(MemberId.of(n.memberId()));
                default -> n.kind().name();
            });
        }
    }

    /** A shared room: gets everything but recovery. */
    static final class Room implements NotificationChannel {
        final List<NotificationKind> kinds = new CopyOnWriteArrayList<>();

        @Override
        public String name() {
            return "room";
        }

        @Override
        public List<String> targets(String memberId, NotificationKind kind) {
            return List.of("room");
        }

        @Override
        public void deliver(Notification n, String target) {
            kinds.add(n.kind());
        }
    }

    private Mailbox mailbox;
    private final Room room = new Room();

    private Module mail(Clock clock) {
        return binder -> {
            mailbox = new Mailbox(binder.getProvider(Recovery.class));
            Multibinder<NotificationChannel> channels = Multibinder.newSetBinder(binder, NotificationChannel.class);
            channels.addBinding().toInstance(mailbox);
            channels.addBinding().toInstance(room);
            binder.bind(Clock.class).toInstance(clock);
        };
    }

    private static String token(String link) {
        assertThat(link).startsWith("/#/reset/");
        return link.substring("/#/reset/".length());
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void aMailedLinkSetsANewPasswordOnceEndsEverySessionAndLiftsALockOut(TestStores kind) {
        TestClock clock = new TestClock();
        try (RunningCore core = new RunningCore(kind.newStore(home), mail(clock))) {
            Accounts accounts = core.get(Accounts.class);
            Sessions sessions = core.get(Sessions.class);
            Recovery recovery = core.get(Recovery.class);
            NotificationDispatcher dispatcher = core.get(NotificationDispatcher.class);
            var ana = accounts.register("ana@example.org", PASSWORD, "Ana");
            String laptop = sessions.start(ana.member()).token();
            for (int i = 0; i < Accounts.FREE_FAILURES; i++) {
                assertThatThrownBy(() -> accounts.authenticate("ana@example.org", "a wrong guess", "10.0.0.7"))
                        .isInstanceOf(NotAuthenticatedException.class);
            }
            assertThatThrownBy(() -> accounts.authenticate("ana@example.org", PASSWORD, "10.0.0.7"))
                    .isInstanceOf(TooManyAttemptsException.class);

            assertThat(recovery.byMail()).isTrue();
            recovery.request(" ANA@example.org ");
            recovery.request("ana@example.org"); // asked twice in a row: one mail
            recovery.request("nobody@example.org");
            recovery.request("not an address");
            assertThat(dispatcher.deliverDue().delivered()).isEqualTo(1);
            assertThat(mailbox.links).hasSize(1);
            assertThat(room.kinds).doesNotContain(NotificationKind.ACCOUNT_RECOVERY);
            String token = token(mailbox.links.get(0));
            assertThat(core.rows("password_reset").toString()).doesNotContain(token);
            assertThat(core.rows("notification_outbox").toString()).doesNotContain(token);

            // a weak password is refused without using the link up
            assertThatThrownBy(() -> recovery.reset(token, "password12"))
                    .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("newPassword"));
            assertThat(recovery.reset(token, NEW_PASSWORD).memberId()).isEqualTo(ana.memberId());

            assertThat(sessions.find(laptop)).isEmpty();
            // the lock-out from 10.0.0.7 is lifted with the new password; the old one is gone
            assertThat(accounts.authenticate("ana@example.org", NEW_PASSWORD, "10.0.0.7").memberId()).isEqualTo(ana.memberId());
            assertThatThrownBy(() -> accounts.authenticate("ana@example.org", PASSWORD, "10.0.0.9"))
                    .isInstanceOf(NotAuthenticatedException.class);
            assertThatThrownBy(() -> recovery.reset(token, "another fine sentence here"))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("expired or was already used");

            // five minutes on, she may ask again; that link dies after an hour
            clock.advance(Recovery.MAIL_EVERY.plusSeconds(1));
            recovery.request("ana@example.org");
            dispatcher.deliverDue();
            assertThat(mailbox.links).hasSize(2);
            clock.advance(Recovery.LINK_LIFETIME.plusSeconds(1));
            assertThatThrownBy(() -> recovery.reset(token(mailbox.links.get(1)), "another fine sentence here"))
                    .isInstanceOf(RefusedException.class);
        }
    }

    @Test
    void withMailSigningUpAnswersAlikeForEveryAddressAndANewAccountWaitsForItsLink() {
        TestClock clock = new TestClock();
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home), mail(clock))) {
            Accounts accounts = core.get(Accounts.class);
            Signup signup = core.get(Signup.class);
            Recovery recovery = core.get(Recovery.class);
            var ana = accounts.register("ana@example.org", PASSWORD, "Ana");

            Signup.Outcome fresh = signup.register("ben@example.org", PASSWORD, "Ben");
            Signup.Outcome taken = signup.register("Ana@example.org", "another long enough secret", "Not Ana");
            assertThat(fresh).isInstanceOf(Signup.CheckMail.class).isEqualTo(taken);
            // what cannot be an account is still refused as such: that reveals nothing about anyone
            assertThatThrownBy(() -> signup.register("ben2@example.org", "password12", "Ben"))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(core.get(NotificationDispatcher.class).deliverDue().delivered()).isEqualTo(2);
            assertThat(mailbox.links).contains("ACCOUNT_EXISTS").anyMatch(l -> l.startsWith("/#/confirm/"));
            String confirm = mailbox.links.stream().filter(l -> l.startsWith("/#/confirm/")).findFirst().orElseThrow()
                    .substring("/#/confirm/".length());

            // until the link is used, the right password is told to confirm first; a wrong one learns nothing
            assertThatThrownBy(() -> accounts.authenticate("ben@example.org", PASSWORD, "10.0.0.1"))
                    .isInstanceOf(NotAuthenticatedException.class).hasMessageContaining("confirm your address first");
            assertThatThrownBy(() -> accounts.authenticate("ben@example.org", "not the right one", "10.0.0.1"))
                    .isInstanceOf(NotAuthenticatedException.class).hasMessage("That email and password do not match an account.");
            // a confirmation link sets no password, and a reset link confirms nothing by itself
            assertThatThrownBy(() -> recovery.reset(confirm, NEW_PASSWORD)).isInstanceOf(RefusedException.class);
            var ben = recovery.confirm(confirm);
            assertThat(accounts.authenticate("ben@example.org", PASSWORD, "10.0.0.1").memberId()).isEqualTo(ben.memberId());
            assertThatThrownBy(() -> recovery.confirm(confirm)).isInstanceOf(RefusedException.class);
            // the owner of the taken address kept her account and password
            assertThat(accounts.authenticate("ana@example.org", PASSWORD, "10.0.0.1").memberId()).isEqualTo(ana.memberId());
        }
    }

    @Test
    void anAddressSignedUpWithButNeverConfirmedIsFreeAgainOnceItsLinkExpired() {
        TestClock clock = new TestClock();
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home), mail(clock))) {
            Signup signup = core.get(Signup.class);
            // someone signs up with Dana's address and never confirms (they cannot: it is not their mailbox)
            signup.register("dana@example.org", "someone else's secret", "Not Dana");
            core.get(NotificationDispatcher.class).deliverDue();
            // within the hour the address is taken: Dana's own sign-up tells her by mail that someone tried
            signup.register("dana@example.org", PASSWORD, "Dana");
            core.get(NotificationDispatcher.class).deliverDue();
            assertThat(mailbox.links).containsOnlyOnce("ACCOUNT_EXISTS");
            // after it, the unconfirmed account gives the address up and Dana's sign-up makes her own
            String stranger = core.get(Accounts.class).memberWithEmail("dana@example.org").orElseThrow().value();
            clock.advance(Recovery.LINK_LIFETIME.plusMinutes(1));
            signup.register("dana@example.org", PASSWORD, "Dana");
            // and the key that sealed the stranger's name and that address is destroyed with the account
            assertThat(core.get(org.openup.engine.crypto.Keyring.class).isForgotten(stranger)).isTrue();
            assertThat(core.rowsRaw("member_key")).filteredOn(row -> row.contains(stranger)).singleElement()
                    .satisfies(row -> assertThat(row).as("member_id, wrapped_key, …").startsWith("[" + stranger + ", null, "));
            core.get(NotificationDispatcher.class).deliverDue();
            String confirm = mailbox.links.stream().filter(l -> l.startsWith("/#/confirm/")).reduce((a, b) -> b).orElseThrow();
            var dana = core.get(Recovery.class).confirm(token(confirm.replace("/#/confirm/", "/#/reset/")));
            assertThat(dana.displayName()).isEqualTo("Dana");
            assertThat(core.get(Accounts.class).authenticate("dana@example.org", PASSWORD, "10.0.0.1").memberId()).isEqualTo(dana.memberId());
            assertThat(core.rows("account")).hasSize(1);
        }
    }

    @Test
    void aResetLinkAlsoConfirmsAnAccountWhoseConfirmationWasLost() {
        TestClock clock = new TestClock();
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home), mail(clock))) {
            core.get(Signup.class).register("cleo@example.org", PASSWORD, "Cleo");
            clock.advance(Recovery.LINK_LIFETIME.plusMinutes(1));
            Recovery recovery = core.get(Recovery.class);
            recovery.request("cleo@example.org");
            core.get(NotificationDispatcher.class).deliverDue();
            String reset = mailbox.links.stream().filter(l -> l.startsWith("/#/reset/")).findFirst().orElseThrow();
            recovery.reset(token(reset), NEW_PASSWORD);
            assertThat(core.get(Accounts.class).authenticate("cleo@example.org", NEW_PASSWORD, "10.0.0.1").email())
                    .isEqualTo("cleo@example.org");
        }
    }

    @Test
    void withoutMailNothingIsQueuedAndTheOperatorMakesTheLink() {
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home))) {
            Accounts accounts = core.get(Accounts.class);
            Recovery recovery = core.get(Recovery.class);
            Signup.Outcome signedUp = core.get(Signup.class).register("ben@example.org", PASSWORD, "Ben");
            var ben = ((Signup.SignedUp) signedUp).account();
            assertThat(recovery.byMail()).isFalse();
            // without mail, the only way to tell someone the address is taken is to say so
            assertThatThrownBy(() -> core.get(Signup.class).register("ben@example.org", "another long enough secret", "B"))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("already an account");
            recovery.request("ben@example.org");
            assertThat(core.rows("notification_outbox")).isEmpty();

            assertThat(recovery.linkForAddress("nobody@example.org")).isEmpty();
            String link = recovery.linkForAddress("Ben@Example.org").orElseThrow();
            assertThat(recovery.reset(token(link), NEW_PASSWORD).memberId()).isEqualTo(ben.memberId());
            assertThat(accounts.authenticate("ben@example.org", NEW_PASSWORD, "127.0.0.1").memberId()).isEqualTo(ben.memberId());
            assertThatThrownBy(() -> recovery.reset("made-up-token", NEW_PASSWORD)).isInstanceOf(RefusedException.class);
            assertThatThrownBy(() -> recovery.reset(null, NEW_PASSWORD)).isInstanceOf(RefusedException.class);

            // deleting the account takes its links along
            recovery.linkForAddress("ben@example.org");
            accounts.delete(ben.member());
            assertThat(core.rows("password_reset")).isEmpty();
        }
    }
}
