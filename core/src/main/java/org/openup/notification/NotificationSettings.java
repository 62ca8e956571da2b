package org.openup.notification;

import java.time.Duration;
import java.util.Map;

import static org.openup.engine.EnvironmentNumbers.number;

/**
 * How deliveries are retried: the first retry after {@code OPENUP_NOTIFY_RETRY_SECONDS} (default 10),
 * each next one twice as late up to {@code maxBackoff}, and after {@code OPENUP_NOTIFY_MAX_ATTEMPTS}
 * (default 12, about a day in all) the delivery is marked failed for an operator to look at.
 * {@code poll} is how often due work is looked for; {@code lease} how long a node owns a delivery
 * it is attempting before another node may try it.
 */
public record NotificationSettings(Duration firstRetry, Duration maxBackoff, int maxAttempts, Duration poll, Duration lease) {

    public static final NotificationSettings DEFAULTS = new NotificationSettings(Duration.ofSeconds(10), Duration.ofHours(4), 12,
            Duration.ofSeconds(1), Duration.ofMinutes(2));

    public static NotificationSettings from(Map<String, String> env) {
        return new NotificationSettings(Duration.ofSeconds(number(env, "OPENUP_NOTIFY_RETRY_SECONDS", 10, 1, 3600)),
                DEFAULTS.maxBackoff(), (int) number(env, "OPENUP_NOTIFY_MAX_ATTEMPTS", 12, 1, 100), DEFAULTS.poll(), DEFAULTS.lease());
    }

    /** The wait after the given number of failed attempts: doubling from the first retry, capped. */
    public Duration backoffAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration wait = firstRetry.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
