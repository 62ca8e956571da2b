package org.openup.engine;

import java.util.Map;

/** Whole numbers from environment variables, with a default and bounds, for the settings records. */
public final class EnvironmentNumbers {

    private EnvironmentNumbers() {
    }

    /** {@code fallback} when unset or blank; a clear message naming the variable when out of bounds or not a number. */
    public static long number(Map<String, String> env, String name, long fallback, long min, long max) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", got: " + value);
        }
    }
}
