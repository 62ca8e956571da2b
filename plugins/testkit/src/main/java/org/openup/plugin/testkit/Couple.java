package org.openup.plugin.testkit;

/** Ana and Ben, in one journey. */
public record Couple(Partner ana, Partner ben) {
}
