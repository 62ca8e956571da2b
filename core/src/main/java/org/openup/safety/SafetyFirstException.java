package org.openup.safety;

/**
 * What a member wrote signals that someone may not be safe: nothing of it was kept, the member's
 * talk ladder is paused, and every adapter shows the note with its resources instead of an answer.
 */
public final class SafetyFirstException extends RuntimeException {

    private final transient SafetyNote note;

    public SafetyFirstException(SafetyNote note) {
        super(note.note());
        this.note = note;
    }

    public SafetyNote note() {
        return note;
    }
}
