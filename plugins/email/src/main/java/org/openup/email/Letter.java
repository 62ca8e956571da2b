package org.openup.email;

/** One mail's words: a subject, and the same message as plain text and as HTML. */
record Letter(String subject, String text, String html) {
}
