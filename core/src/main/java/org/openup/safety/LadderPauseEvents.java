package org.openup.safety;

/** Whether a member's talk ladder is paused. No text: only that a safety note was shown, never why. */
public final class LadderPauseEvents {

    private LadderPauseEvents() {
    }

    public record TalkLadderPaused(String pauseId, String journeyId, String memberId) {
    }

    public record TalkLadderResumed(String pauseId, String journeyId, String memberId) {
    }
}
