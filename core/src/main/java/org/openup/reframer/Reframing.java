package org.openup.reframer;

import java.util.Objects;

/**
 * What the reframer made of a question: how it read it, the question as it was given, and the
 * constraint question it proposes to ask instead.
 */
public record Reframing(Kind kind, String original, String proposal) {

    public enum Kind {
        /** A wish to steer the partner was recognised and turned into a constraint question. */
        REFRAMED,
        /** The question already asks what is in the partner's way; it comes back tidied. */
        ALREADY_CONSTRAINT,
        /** Nothing specific was recognised; the proposal is a general constraint question. */
        GENERIC,
        /** Written in a language the content does not cover yet: a general question, and an honest word about why. */
        OTHER_LANGUAGE
    }

    public Reframing {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(proposal, "proposal");
    }
}
