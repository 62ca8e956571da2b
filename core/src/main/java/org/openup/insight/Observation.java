package org.openup.insight;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One talk seen through its scene: attribute to value (timeOfDay=evening, place=kitchen,
 * movement=walking, ...) and whether it connected. Values that are blank or missing say nothing
 * about the scene, so they are dropped here; the rest are stripped of surrounding spaces so
 * "tea " and "tea" count together.
 */
public record Observation(Map<String, String> attributes, boolean connected) {

    public Observation {
        Objects.requireNonNull(attributes, "attributes");
        Map<String, String> kept = new LinkedHashMap<>();
        attributes.forEach((attribute, value) -> {
            if (attribute == null || attribute.isBlank()) {
                throw new IllegalArgumentException("A scene attribute needs a name, but got '" + attribute + "'.");
            }
            if (value != null && !value.isBlank()) {
                kept.put(attribute, value.strip());
            }
        });
        attributes = Map.copyOf(kept);
    }
}
