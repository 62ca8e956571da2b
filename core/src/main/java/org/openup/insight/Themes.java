package org.openup.insight;

import org.openup.insight.InsightViews.Theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What keeps getting in the way, from a member's own notes on their talks: the words that come
 * back in at least two of them. Pure and small on purpose: it points at a theme, it does not
 * interpret one.
 */
final class Themes {

    static final int AT_LEAST = 2;
    private static final int MOST = 5;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]{3,}");
    private static final Set<String> SMALL = Set.of("that", "this", "with", "were", "was", "have", "been", "just", "about",
            "because", "when", "then", "they", "them", "their", "there", "what", "which", "would", "could", "should", "into",
            "from", "again", "after", "before", "also", "very", "really", "much", "more", "some", "even", "still", "only",
            "both", "each", "other", "felt", "feel", "talk", "talked", "talking", "while", "being", "didn't", "wasn't", "it's",
            "i'm", "we're", "he's", "she's", "don't", "couldn't", "wouldn't", "thing", "things", "kind", "like", "your", "mine",
            "ours", "over", "than", "here", "where", "will");

    private Themes() {
    }

    static List<Theme> recurring(List<String> notes) {
        Map<String, Integer> inNotes = new HashMap<>();
        for (String note : notes) {
            if (note == null) {
                continue;
            }
            Set<String> words = new HashSet<>();
            Matcher m = WORD.matcher(note.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            while (m.find()) {
                String w = m.group();
                if (!SMALL.contains(w)) {
                    words.add(w);
                }
            }
            words.forEach(w -> inNotes.merge(w, 1, Integer::sum));
        }
        List<Theme> themes = new ArrayList<>();
        inNotes.forEach((word, count) -> {
            if (count >= AT_LEAST) {
                themes.add(new Theme(word, count));
            }
        });
        themes.sort(Comparator.comparingInt(Theme::talks).reversed().thenComparing(Theme::word));
        return List.copyOf(themes.subList(0, Math.min(MOST, themes.size())));
    }
}
