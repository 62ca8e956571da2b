package org.openup.content;

/** One entry of the constraint catalogue: a common reason opening up is hard, and a question to reflect on. */
public record ConstraintKind(String key, String title, String description, String prompt) {
}
