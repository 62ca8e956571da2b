package org.openup.conversation;

import java.time.Duration;
import java.util.Map;

import static org.openup.engine.EnvironmentNumbers.number;

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
}
