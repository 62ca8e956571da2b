package org.openup.reflection;

/** The reframer's answer to a member's question (see Reframer). */
public record Reframing(Kind kind, String original, String proposal) {
    public enum Kind { REFRAMED, ALREADY_CONSTRAINT, GENERIC }
}
