package org.openup.spi.failure;

/**
 * The domain said no: the request was well formed but breaks a rule of the method or the journey
 * (a used invitation code, a third member, a member who left). The message is written for the
 * person who asked and is safe to show them. Never retried.
 */
public class RefusedException extends RuntimeException {
    public RefusedException(String message) {
        super(message);
    }
}
