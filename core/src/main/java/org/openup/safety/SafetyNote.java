package org.openup.safety;

import java.util.List;

/** What the product says instead of coaching when someone may not be safe with their partner. */
public record SafetyNote(String note, List<SafetyResource> resources) {
}
