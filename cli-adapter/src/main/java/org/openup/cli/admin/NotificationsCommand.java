package org.openup.cli.admin;

import org.openup.plugin.cli.JsonOption;
import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.notification.NotificationDispatcher;
import org.openup.notification.Notifications;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "notifications", mixinStandardHelpOptions = true,
        description = {"The notification outbox: deliveries by channel and state, and reminders waiting for their time.",
                "The web adapter delivers by itself; without one running, --deliver does one pass now."},
        footer = {"", "Examples:", "  openup admin notifications", "  openup admin notifications --deliver --json"})
final class NotificationsCommand implements Callable<Integer> {

    @Mixin
    JsonOption json;

    @Option(names = "--deliver", description = "Deliver what is due now (one pass), then report.")
    boolean deliver;

    private final CliSession session;

    @Inject
    NotificationsCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        NotificationDispatcher.Pass pass = null;
        if (deliver) {
            // the outbox commits with the events, so every notification written so far is in it
            pass = session.core(NotificationDispatcher.class).deliverDue();
        }
        Notifications outbox = session.core(Notifications.class);
        long waiting = outbox.waiting();
        var deliveries = outbox.deliveryCounts();
        if (json.json) {
            Map<String, Object> answer = new LinkedHashMap<>();
            if (pass != null) {
                answer.put("pass", pass);
            }
            answer.put("waiting", waiting);
            answer.put("deliveries", deliveries);
            session.json(answer);
            return 0;
        }
        if (pass != null) {
            session.out().printf("Delivered %d, %d to retry, %d given up (%d newly due).%n", pass.delivered(), pass.retrying(),
                    pass.failed(), pass.routed());
        }
        session.out().printf("Reminders and notifications waiting for their time: %d%n", waiting);
        deliveries.forEach((channel, states) -> session.out().printf("%-10s %s%n", channel, states));
        return 0;
    }
}
