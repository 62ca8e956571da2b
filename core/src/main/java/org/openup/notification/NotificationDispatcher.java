package org.openup.notification;

import org.openup.spi.notification.Notification;
import org.openup.spi.notification.NotificationChannel;

import org.openup.engine.BackgroundThread;
import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Works the outbox: routes due notifications to the channels and delivers them, retrying failures
 * with exponential backoff. Everything it needs is in the database, so after a restart (or on
 * another node) it carries on where it stopped. A delivery cut off by a crash is tried again with
 * the same delivery id, which receivers use to drop the duplicate.
 */
public final class NotificationDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    /** What one pass did, for tests and the operator command. */
    public record Pass(int routed, int delivered, int retrying, int failed) {
    }

    private final Outbox outbox;
    private final Set<NotificationChannel> channels;
    private final NotificationSettings settings;
    private final Clock clock;
    /** Names this process among all that deliver (its leases say who holds a delivery): pid@host and a random suffix. */
    private final String node = java.lang.management.ManagementFactory.getRuntimeMXBean().getName() + "/"
            + java.util.UUID.randomUUID().toString().substring(0, 8);
    private ScheduledExecutorService timer;

    public NotificationDispatcher(Jdbc jdbc, Store store, Set<NotificationChannel> channels, NotificationSettings settings, Clock clock) {
        this.outbox = new Outbox(jdbc, store.transactions());
        this.channels = Set.copyOf(channels);
        this.settings = settings;
        this.clock = clock;
    }

    /** Delivers in the background until closed. Hosts that live long (the web adapter) call this. */
    public synchronized NotificationDispatcher start() {
        if (timer == null && !channels.isEmpty()) {
            timer = BackgroundThread.scheduler("openup-notifications");
            long every = settings.poll().toMillis();
            timer.scheduleWithFixedDelay(this::passQuietly, every, every, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** One pass over the outbox, now. */
    public Pass deliverDue() {
        // whole milliseconds: the databases round finer parts, and a rounded-up "now" written by
        // routing would not yet be due when compared with the unrounded one a moment later
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int routed = outbox.route(channels, now);
        int delivered = 0;
        int retrying = 0;
        int failed = 0;
        for (Outbox.Delivery d : outbox.claim(now, now.plus(settings.lease()), node)) {
            NotificationChannel channel = channel(d.channel());
            try {
                if (channel == null) {
                    throw new IllegalStateException("channel " + d.channel() + " is not installed here");
                }
                channel.deliver(d.notification(), d.target());
                outbox.delivered(d, clock.instant());
                delivered++;
            } catch (NotificationChannel.TargetGone e) {
                outbox.dropped(d, clock.instant(), e.getMessage());
            } catch (Exception e) {
                int attempts = d.attempts() + 1;
                Instant at = clock.instant();
                boolean giveUp = attempts >= settings.maxAttempts();
                outbox.failed(d, giveUp ? null : at.plus(settings.backoffAfter(attempts)), at, String.valueOf(e.getMessage()));
                // the channel and the kind of error only: a delivery id leads to a member, and a channel's
                // error text can name a webhook's host or a mail address (its outbox row keeps the text)
                log.warn("A delivery on {} failed (attempt {}{}): {}", d.channel(), attempts,
                        giveUp ? ", giving up" : "", e.getClass().getSimpleName());
                if (giveUp) {
                    failed++;
                } else {
                    retrying++;
                }
            }
        }
        return new Pass(routed, delivered, retrying, failed);
    }

    private NotificationChannel channel(String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private void passQuietly() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            // the store may be briefly away; the next pass tries again
            log.warn("Notification pass failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }
}
