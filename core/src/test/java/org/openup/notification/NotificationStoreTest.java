package org.openup.notification;

import org.openup.spi.notification.Notification;
import org.openup.spi.notification.NotificationKind;
import org.openup.spi.notification.NotificationChannel;

import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.conversation.Conversations;
import org.openup.engine.readmodel.Replay;
import org.openup.engine.store.StoreSettings;
import org.openup.journey.JourneyId;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.reflection.Reflections;
import org.openup.testing.RunningCore;
import org.openup.testing.TestClock;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Notifications from real events through the outbox to a channel, on a SQLite file and on PostgreSQL. */
class NotificationStoreTest {

    static final NotificationSettings FAST = new NotificationSettings(Duration.ofSeconds(10), Duration.ofMinutes(5), 4,
            Duration.ofSeconds(1), Duration.ofMinutes(1));

    @TempDir
    Path home;

    /** Records what it is given; fails the first {@code failures} attempts. Enabled for every member. */
    static final class Recorder implements NotificationChannel {
        final List<Notification> received = new CopyOnWriteArrayList<>();
        final AtomicInteger failures;

        Recorder(int failures) {
            this.failures = new AtomicInteger(failures);
        }

        @Override
        public String name() {
            return "recorder";
        }

        @Override
        public List<String> targets(String memberId, NotificationKind kind) {
            return List.of("inbox-of-" + memberId);
        }

        @Override
        public void deliver(Notification notification, String target) {
            if (failures.getAndDecrement() > 0) {
                throw new IllegalStateException("receiver unavailable");
            }
            received.add(notification);
        }

        List<NotificationKind> kindsFor(MemberId member) {
            return received.stream().filter(n -> n.memberId().equals(member.value())).map(Notification::kind).toList();
        }
    }

    static Module with(Recorder recorder, Clock clock) {
        return binder -> {
            Multibinder.newSetBinder(binder, NotificationChannel.class).addBinding().toInstance(recorder);
            binder.bind(Clock.class).toInstance(clock);
            binder.bind(NotificationSettings.class).toInstance(FAST);
        };
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void theInviteeTheAskerAndBothAtReminderTimeAreNotifiedOnceEvenAcrossRetriesRestartsAndReplays(TestStores kind) {
        TestClock clock = new TestClock();
        Recorder recorder = new Recorder(1);
        StoreSettings store = kind.newStore(home);
        MemberId ana = MemberId.newId();
        MemberId ben = MemberId.newId();
        JourneyId journey;
        String invitation;
        try (RunningCore core = new RunningCore(store, with(recorder, clock))) {
            Journeys journeys = core.get(Journeys.class);
            Conversations conversations = core.get(Conversations.class);
            NotificationDispatcher dispatcher = core.get(NotificationDispatcher.class);
            journey = journeys.start(ana, "Ana").journeyId();
            journeys.join(ben, journeys.invitePartner(ana, journey).code(), "Ben");

            // Given Ana invites Ben, and Ben's receiver is down at first
            invitation = conversations.invite(ana, journey, "my father's illness", 10, List.of()).invitationId();
            NotificationDispatcher.Pass first = dispatcher.deliverDue();
            assertThat(first).isEqualTo(new NotificationDispatcher.Pass(1, 0, 1, 0));

            // When the backoff has not passed, nothing is tried; when it has, the delivery goes through
            assertThat(dispatcher.deliverDue()).isEqualTo(new NotificationDispatcher.Pass(0, 0, 0, 0));
            clock.advance(FAST.firstRetry());
            assertThat(dispatcher.deliverDue().delivered()).isEqualTo(1);
            assertThat(recorder.kindsFor(ben)).containsExactly(NotificationKind.INVITATION_RECEIVED);
            assertThat(recorder.received.get(0).minutes()).isEqualTo(10);
            assertThat(recorder.received.get(0).invitationId()).isEqualTo(invitation);

            // When Ben chooses a time two hours ahead, Ana hears of it now; the reminders wait in the store
            Instant talkAt = clock.instant().plus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            conversations.chooseTime(ben, journey, invitation, talkAt, "Europe/Berlin", null);
            assertThat(dispatcher.deliverDue().delivered()).isEqualTo(1);
            assertThat(recorder.kindsFor(ana)).containsExactly(NotificationKind.TIME_CHOSEN);
            assertThat(core.get(Notifications.class).waiting()).isEqualTo(2);
        }

        // Then after a restart, at the reminder time, both are reminded once
        try (RunningCore core = new RunningCore(store, with(recorder, clock))) {
            NotificationDispatcher dispatcher = core.get(NotificationDispatcher.class);
            clock.advance(Duration.ofMinutes(89));
            assertThat(dispatcher.deliverDue().delivered()).isZero();
            clock.advance(Duration.ofMinutes(1));
            assertThat(dispatcher.deliverDue().delivered()).isEqualTo(2);
            assertThat(recorder.kindsFor(ana)).containsExactly(NotificationKind.TIME_CHOSEN, NotificationKind.TALK_REMINDER);
            assertThat(recorder.kindsFor(ben)).containsExactly(NotificationKind.INVITATION_RECEIVED, NotificationKind.TALK_REMINDER);
            Notification reminder = recorder.received.get(recorder.received.size() - 1);
            assertThat(reminder.talkZone()).isEqualTo("Europe/Berlin");
            assertThat(reminder.minutes()).isEqualTo(10);

            // And a replay of every projection adds nothing to send
            long rows = core.count("SELECT COUNT(*) FROM notification_outbox");
            core.get(Replay.class).rebuildAll(line -> { });
            assertThat(core.count("SELECT COUNT(*) FROM notification_outbox")).isEqualTo(rows);
            assertThat(dispatcher.deliverDue()).isEqualTo(new NotificationDispatcher.Pass(0, 0, 0, 0));
            assertThat(recorder.received).hasSize(4);
            assertThat(recorder.received).extracting(Notification::deliveryId).doesNotHaveDuplicates();

            // And the outbox holds no personal text
            assertThat(String.join("\n", core.rows("notification_outbox"))).doesNotContain("father").doesNotContain("Ana");
            assertThat(recorder.received.toString()).doesNotContain("father");
        }
    }

    @Test
    void thanksReachThePartnerAndADeferredInvitationCancelsNothingButTellsTheAsker() {
        TestClock clock = new TestClock();
        Recorder recorder = new Recorder(0);
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home), with(recorder, clock))) {
            Journeys journeys = core.get(Journeys.class);
            Reflections reflections = core.get(Reflections.class);
            Conversations conversations = core.get(Conversations.class);
            MemberId ana = MemberId.newId();
            MemberId ben = MemberId.newId();
            JourneyId journey = journeys.start(ana, "Ana").journeyId();
            journeys.join(ben, journeys.invitePartner(ana, journey).code(), "Ben");

            // Given Ana thanks Ben for a moment he opened up, and Ben says "not now" to her invitation
            String moment = reflections.noteMoment(ana, journey, "He told me about his day at work").momentId();
            reflections.thank(ana, journey, moment, "Thank you for telling me about the meeting");
            String invitation = conversations.invite(ana, journey, null, 5, List.of()).invitationId();
            conversations.notNow(ben, journey, invitation);

            // When the outbox is worked
            core.get(NotificationDispatcher.class).deliverDue();

            // Then Ben hears of the thanks (not its words) and the invitation; Ana hears "not now"
            assertThat(recorder.kindsFor(ben)).containsExactlyInAnyOrder(NotificationKind.GRATITUDE_RECEIVED, NotificationKind.INVITATION_RECEIVED);
            assertThat(recorder.kindsFor(ana)).containsExactly(NotificationKind.INVITATION_DEFERRED);
            assertThat(recorder.received.toString()).doesNotContain("meeting").doesNotContain("work");
            assertThat(core.get(Notifications.class).of(ben, 10)).extracting(Notification::kind)
                    .containsExactlyInAnyOrder(NotificationKind.GRATITUDE_RECEIVED, NotificationKind.INVITATION_RECEIVED);
        }
    }

    @Test
    void aFailedDeliveryIsLoggedWithoutItsIdsOrTheChannelsErrorText() {
        ch.qos.logback.classic.Logger dispatcherLog = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(NotificationDispatcher.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines = new ch.qos.logback.core.read.ListAppender<>();
        lines.start();
        dispatcherLog.addAppender(lines);
        // a channel whose error names where it sends, as a webhook's or a mail server's does
        List<String> deliveryIds = new CopyOnWriteArrayList<>();
        NotificationChannel talkative = new NotificationChannel() {
            @Override
            public String name() {
                return "talkative";
            }

            @Override
            public List<String> targets(String memberId, NotificationKind kind) {
                return List.of("inbox-of-" + memberId);
            }

            @Override
            public void deliver(Notification notification, String target) {
                deliveryIds.add(notification.deliveryId());
                throw new IllegalStateException("hooks.ana-private.example refused the post for ben.private@example.org at " + target
                        + " in " + notification.journeyId());
            }
        };
        TestClock clock = new TestClock();
        Module module = binder -> {
            Multibinder.newSetBinder(binder, NotificationChannel.class).addBinding().toInstance(talkative);
            binder.bind(Clock.class).toInstance(clock);
            binder.bind(NotificationSettings.class).toInstance(FAST);
        };
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home), module)) {
            Journeys journeys = core.get(Journeys.class);
            MemberId ana = MemberId.newId();
            MemberId ben = MemberId.newId();
            JourneyId journey = journeys.start(ana, "Ana").journeyId();
            journeys.join(ben, journeys.invitePartner(ana, journey).code(), "Ben");
            core.get(Conversations.class).invite(ana, journey, null, 5, List.of());

            // when: the delivery fails
            assertThat(core.get(NotificationDispatcher.class).deliverDue().retrying()).isEqualTo(1);

            // then: the log says which channel failed and how, and nothing that leads to a person
            assertThat(deliveryIds).hasSize(1);
            List<String> logged = lines.list.stream().map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).toList();
            assertThat(logged).singleElement().satisfies(line -> assertThat(line)
                    .contains("talkative").contains("IllegalStateException")
                    .doesNotContain("ana-private").doesNotContain("ben.private").doesNotContain(deliveryIds.get(0))
                    .doesNotContain(ben.value()).doesNotContain(ana.value()).doesNotContain(journey.value()));
        } finally {
            dispatcherLog.detachAppender(lines);
        }
    }

    @Test
    void aReceiverThatNeverAnswersIsRetriedWithDoublingWaitsThenGivenUp() {
        TestClock clock = new TestClock();
        Recorder recorder = new Recorder(Integer.MAX_VALUE);
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home), with(recorder, clock))) {
            Journeys journeys = core.get(Journeys.class);
            MemberId ana = MemberId.newId();
            MemberId ben = MemberId.newId();
            JourneyId journey = journeys.start(ana, "Ana").journeyId();
            journeys.join(ben, journeys.invitePartner(ana, journey).code(), "Ben");
            core.get(Conversations.class).invite(ana, journey, null, 5, List.of());
            NotificationDispatcher dispatcher = core.get(NotificationDispatcher.class);

            // Given the first try failed
            assertThat(dispatcher.deliverDue().retrying()).isEqualTo(1);
            // When time passes by 10 s, then 20 s, then 40 s, each wait exactly long enough
            for (long wait : new long[]{10, 20}) {
                clock.advance(Duration.ofSeconds(wait - 1));
                assertThat(dispatcher.deliverDue().retrying()).as("too early after %d s", wait - 1).isZero();
                clock.advance(Duration.ofSeconds(1));
                assertThat(dispatcher.deliverDue().retrying()).as("due after %d s", wait).isEqualTo(1);
            }
            clock.advance(Duration.ofSeconds(40));
            // Then the fourth failure is the last (FAST allows four attempts)
            assertThat(dispatcher.deliverDue().failed()).isEqualTo(1);
            assertThat(core.get(Notifications.class).deliveryCounts()).containsEntry("recorder", java.util.Map.of("failed", 1L));
            clock.advance(Duration.ofHours(1));
            assertThat(dispatcher.deliverDue()).isEqualTo(new NotificationDispatcher.Pass(0, 0, 0, 0));
        }
    }
}
