package org.openup.safety;

/** Somewhere a person who is not safe can turn to. */
public record SafetyResource(String name, String contact, String description) {
}
