package org.openup.spi.failure;

import java.time.Duration;

/** Refused for now because of too many attempts in a short time; {@link #retryAfter()} says when to try again. */
public class TooManyAttemptsException extends RefusedException {
    private final Duration retryAfter;

    public TooManyAttemptsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
