package org.openup.spi.failure;

/**
 * Nothing the asking member may see has this id. Deliberately the same answer for "does not
 * exist" and "belongs to someone else", so ids cannot be probed.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
