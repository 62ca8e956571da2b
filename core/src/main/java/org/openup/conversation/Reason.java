package org.openup.conversation;

/** Why the {@link Ladder} suggests the length it does; it always describes the most recent step. */
public enum Reason {
    /** No talk yet: begin at the start rung. */
    FIRST_TALK,
    /** The last talk kept the rung: not enough connecting talks in a row yet, or a neutral one. */
    STAY,
    /** The last talk completed a run of connecting talks, so the ladder moved up one rung. */
    LENGTHEN_AFTER_CONNECTING_TALKS,
    /** The last talk went off the rails, so the ladder moved down one rung (or stayed on the lowest). */
    STEP_BACK_AFTER_OFF_THE_RAILS,
    /** The ladder is on its highest rung and the last talk did not push it down. */
    AT_THE_TOP,
    /** Something the member wrote signalled danger: no talks are suggested until they resume. */
    PAUSED_FOR_SAFETY
}
