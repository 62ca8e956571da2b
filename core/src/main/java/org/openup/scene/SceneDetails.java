package org.openup.scene;

import org.openup.privacy.PersonalText;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What makes a setting: time of day, place, moving or still, music, food and drink (each a word
 * from the scene vocabulary, or null), plus a name and free notes.
 */
public record SceneDetails(PersonalText name, String timeOfDay, String place, String movement, String music,
                           String foodAndDrink, PersonalText notes) {

    /** The attributes the scene statistics compare, by vocabulary dimension; blanks left out. */
    public Map<String, String> attributes() {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "timeOfDay", timeOfDay);
        put(out, "place", place);
        put(out, "movement", movement);
        put(out, "music", music);
        put(out, "foodAndDrink", foodAndDrink);
        return out;
    }

    private static void put(Map<String, String> out, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.put(key, value);
        }
    }
}
