package org.openup.reflection;

/** What the member did with the reframer's proposal. */
public enum QuestionDecision {
    ACCEPTED, EDITED, REJECTED;

    public static QuestionDecision parse(String typed) {
        return org.openup.spi.failure.InvalidInputException.parseEnum(QuestionDecision.class, "decision", typed);
    }
}
