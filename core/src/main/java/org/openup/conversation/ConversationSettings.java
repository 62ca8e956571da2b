package org.openup.conversation;

import java.time.Duration;
import java.util.Map;

/**
 * The waiting rules of going meta, from configuration: how long the asker waits after "not now" or
 * a decline ({@code OPENUP_COOLING_OFF_HOURS}, default 24) and how early a reminder comes before a
 * chosen time ({@code OPENUP_REMIND_MINUTES}, default 30).
 */
public record ConversationSettings(Duration coolingOff, Duration remindBefore) {

    public static final ConversationSettings DEFAULTS = new ConversationSettings(Duration.ofHours(24), Duration.ofMinutes(30));

    public static ConversationSettings from(Map<String, String> env) {
        return new ConversationSettings(
                Duration.ofHours(number(env, "OPENUP_COOLING_OFF_HOURS", 24, 0, 24 * 30)),
                Duration.ofMinutes(number(env, "OPENUP_REMIND_MINUTES", 30, 0, 24 * 60)));
    }

    private static long number(Map<String, String> env, String name, long fallback, long min, long max) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", got: " + value);
        }
    }
}
