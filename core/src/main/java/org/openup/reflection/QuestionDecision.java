package org.openup.reflection;

/** What the member did with the reframer's proposal. */
public enum QuestionDecision {
    ACCEPTED, EDITED, REJECTED
}
