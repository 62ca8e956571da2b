package org.openup.conversation;

/** How a talk felt afterwards, as the person who started it judges it. */
public enum Outcome {
    /** We reached each other: the partner shared something, or both felt closer. */
    CONNECTED,
    /** Nothing went wrong, nothing much opened up either. */
    NEUTRAL,
    /** It turned into blame, defending or withdrawal. */
    OFF_THE_RAILS;

    /** Reads what a person or a client typed: case and dashes or spaces do not matter. */
    public static Outcome parse(String typed) {
        return org.openup.spi.failure.InvalidInputException.parseEnum(Outcome.class, "outcome", typed);
    }
}
