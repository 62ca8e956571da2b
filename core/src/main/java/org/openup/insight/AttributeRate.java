package org.openup.insight;

import java.util.Objects;

/**
 * How talks went in scenes with one attribute value: how many talks, how many connected, the
 * smoothed connection rate, and whether there are enough talks to take that rate seriously.
 */
public record AttributeRate(String attribute, String value, int talks, int connected, double rate, boolean enoughData) {

    public AttributeRate {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(value, "value");
        if (talks < 1 || connected < 0 || connected > talks) {
            throw new IllegalArgumentException(
                    "Need at least one talk and 0 to " + talks + " connected, but got " + connected + " of " + talks + ".");
        }
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw new IllegalArgumentException("A rate lies between 0 and 1, but got " + rate + ".");
        }
    }
}
