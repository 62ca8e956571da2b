package org.openup.plugin.testkit;

import org.openup.spi.OpenUpPlugin;
import org.openup.spi.PluginContext;
import org.openup.spi.cli.CliCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.spi.failure.NotAuthenticatedException;
import org.openup.spi.notification.Notification;
import org.openup.spi.notification.NotificationChannel;
import org.openup.spi.notification.NotificationKind;
import org.openup.plugin.web.RequestBodies;
import org.openup.spi.web.Routes;
import org.openup.spi.web.WebResponse;
import org.openup.spi.web.WebRoutes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kit drives a real core; a tiny plugin with all three kinds of contribution is its subject. */
class PluginTestKitTest {

    @TempDir
    Path home;

    static final List<Notification> RECEIVED = new CopyOnWriteArrayList<>();

    static final class Tally implements OpenUpPlugin {
        @Override
        public String name() {
            return "tally";
        }

        @Override
        public void register(PluginContext context) {
            context.notificationChannel(new NotificationChannel() {
                @Override
                public String name() {
                    return "tally";
                }

                @Override
                public List<String> targets(String memberId, NotificationKind kind) {
                    return List.of(memberId);
                }

                @Override
                public void deliver(Notification notification, String target) {
                    RECEIVED.add(notification);
                }
            });
            context.webRoutes(new TallyRoutes());
            context.cliCommand(CliCommand.named("count").forMember().description("How many notifications I received").does(call -> {
                String me = call.member().memberId();
                call.out().println(RECEIVED.stream().filter(n -> n.memberId().equals(me)).count());
                return 0;
            }));
        }
    }

    static final class TallyRoutes implements WebRoutes {
        @Override
        public void register(Routes routes) {
            routes.get("/mine/{kind}", "How many of my notifications are of a kind", request -> WebResponse.json(200, Map.of("count",
                    RECEIVED.stream().filter(n -> n.memberId().equals(request.memberId())
                            && n.kind().name().equals(request.pathParam("kind"))).count())));
            routes.post("/notes", "Keep a note", Note.class, request -> WebResponse.json(201,
                    Map.of("kept", request.body(Note.class).text(), "by", request.memberId())));
        }
    }

    record Note(String text) {
    }

    @Test
    void aJourneyDrivenThroughTheKitReachesThePluginsChannelRoutesAndCommands() throws Exception {
        RECEIVED.clear();
        try (PluginTestKit kit = PluginTestKit.start(home, new Tally())) {
            // Given Ana invites Ben and Ben chooses a time an hour ahead
            Couple couple = kit.couple();
            String invitation = couple.ana().invite(10);
            couple.ben().chooseTimeIn(invitation, Duration.ofHours(1), "UTC");

            // When the outbox is worked now and again at the reminder time (30 minutes before)
            kit.deliverNotifications();
            kit.advance(Duration.ofMinutes(30));

            // Then the channel got what each of them may know, and the route and command agree
            assertThat(RECEIVED).extracting(Notification::kind).containsExactlyInAnyOrder(NotificationKind.INVITATION_RECEIVED,
                    NotificationKind.TIME_CHOSEN, NotificationKind.TALK_REMINDER, NotificationKind.TALK_REMINDER);
            assertThat(kit.web("tally").call(couple.ben(), "GET", "/mine/TALK_REMINDER", null).body()).isEqualTo(Map.of("count", 1L));
            assertThatThrownBy(() -> kit.web("tally").call("GET", "/mine/TALK_REMINDER", null))
                    .isInstanceOf(NotAuthenticatedException.class);
            assertThat(kit.cli(couple.ana(), "tally", "count").out().strip()).isEqualTo("2");
        }
    }

    @Test
    void aRouteGetsItsBodyReadAsStrictlyAsTheWebAdapterReadsIt() throws Exception {
        try (PluginTestKit kit = PluginTestKit.start(home, new Tally())) {
            // given: a member signed in
            Partner ana = kit.solo("Ana");
            PluginWeb web = kit.web("tally");

            // when / then: a well-formed body is read; no body, a number for text, or trailing text are refused
            assertThat(web.call(ana, "POST", "/notes", "{\"text\":\"tea at eight\"}").body())
                    .isEqualTo(Map.of("kept", "tea at eight", "by", ana.memberId()));
            assertThatThrownBy(() -> web.call(ana, "POST", "/notes", null))
                    .isInstanceOf(RequestBodies.MalformedBodyException.class).hasMessage("This request needs a JSON body.");
            assertThatThrownBy(() -> web.call(ana, "POST", "/notes", "{\"text\":5}"))
                    .isInstanceOf(RequestBodies.MalformedBodyException.class)
                    .hasMessage("'text' must be text (in double quotes).")
                    .extracting(e -> ((RequestBodies.MalformedBodyException) e).field()).isEqualTo("text");
            assertThatThrownBy(() -> web.call(ana, "POST", "/notes", "{\"text\":\"a\"} and more"))
                    .isInstanceOf(RequestBodies.MalformedBodyException.class);
        }
    }
}
