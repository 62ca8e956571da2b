package org.openup.content;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Spots text that says the writer is afraid of their partner or is being hurt. The method is not
 * for unsafe relationships, so such text gets a safety note instead of coaching. The signals are
 * content (phrases per language); a false alarm costs a kind note, a miss costs far more, so the
 * signals lean towards catching.
 */
public final class SafetyCheck {

    private final List<Pattern> signals;

    public SafetyCheck(Collection<String> signals) {
        this.signals = signals.stream()
                .map(s -> Pattern.compile("\\b" + s + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    public boolean isConcerning(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String normalised = text.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ");
        return signals.stream().anyMatch(p -> p.matcher(normalised).find());
    }
}
