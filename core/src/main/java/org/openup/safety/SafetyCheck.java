package org.openup.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots text that says someone in the relationship is being hurt or is afraid of their partner,
 * or that the writer may harm themselves. The method is not for unsafe relationships, so such text
 * gets a safety note instead of coaching. The signals are content (phrases per language, with
 * named terms and spellings); a false alarm costs a kind note, a miss costs far more, so the
 * signals lean towards catching.
 */
public final class SafetyCheck {

    private static final Pattern TERM = Pattern.compile("\\{(\\w+)}");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final int MAX_TERM_DEPTH = 4;

    private final List<Language> languages;

    /** One language's signals, with the terms they name ({@code {partner}}) and the spellings to even out first. */
    public record Signals(List<String> signals, Map<String, String> terms, Map<String, String> spellings) {
        public Signals {
            signals = signals == null ? List.of() : List.copyOf(signals);
            terms = terms == null ? Map.of() : Map.copyOf(terms);
            spellings = spellings == null ? Map.of() : Map.copyOf(spellings);
        }
    }

    public SafetyCheck(Collection<Signals> languages) {
        this.languages = languages.stream().filter(l -> !l.signals().isEmpty()).map(Language::new).toList();
    }

    public boolean isConcerning(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return languages.stream().anyMatch(l -> l.matches(text));
    }

    /** Whether any of the texts is concerning; absent ones are skipped. */
    public boolean anyConcerning(String... texts) {
        for (String text : texts) {
            if (isConcerning(text)) {
                return true;
            }
        }
        return false;
    }

    private static final class Language {
        private final List<Map.Entry<String, String>> spellings;
        /** Every signal in one alternation: one pass over the text instead of one per signal. */
        private final Pattern anySignal;

        Language(Signals signals) {
            // longest first, so "won't" is evened out before "n't"
            this.spellings = signals.spellings().entrySet().stream()
                    .map(e -> Map.entry(e.getKey().toLowerCase(Locale.ROOT), e.getValue().toLowerCase(Locale.ROOT)))
                    .sorted(Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length()).reversed()
                            .thenComparing(Map.Entry::getKey))
                    .toList();
            // The text is lower-cased by even() before matching, so a signal written in lower case
            // (all of ours) needs no case folding, which made up most of the cost; one with capitals
            // (or an escape such as \\S) keeps it for itself. One alternation makes one pass over the text.
            List<String> alternatives = new ArrayList<>();
            for (String signal : signals.signals()) {
                String regex = expand(signal, signals.terms(), 0);
                Pattern.compile(regex); // a broken signal is named on its own, not as part of the whole
                alternatives.add(regex.equals(regex.toLowerCase(Locale.ROOT)) ? "(?:" + regex + ")" : "(?iu:" + regex + ")");
            }
            this.anySignal = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                    Pattern.UNICODE_CHARACTER_CLASS);
        }

        boolean matches(String text) {
            return anySignal.matcher(even(text)).find();
        }

        /**
         * Lower case, one kind of apostrophe, every run of other punctuation or space one space, and
         * spellings evened out ("won't" → "will not"), so a signal is written once for all of them.
         */
        private String even(String text) {
            // one pass instead of two regular expressions: this runs on every word a member writes
            String lower = text.toLowerCase(Locale.ROOT);
            StringBuilder out = new StringBuilder(lower.length() + 2).append(' ');
            lower.codePoints().forEach(c -> {
                if (c == '\u2019' || c == '\u2018' || c == '`') {
                    c = '\'';
                }
                if (c == '\'' || Character.isLetter(c) || isNumber(c)) {
                    out.appendCodePoint(c);
                } else if (out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            });
            if (out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
            String even = out.toString();
            for (Map.Entry<String, String> spelling : spellings) {
                even = even.replace(spelling.getKey(), spelling.getValue());
            }
            return (even.contains("  ") ? SPACES.matcher(even).replaceAll(" ") : even).strip();
        }

        /** What {@code \\p{N}} matches. */
        private static boolean isNumber(int c) {
            int type = Character.getType(c);
            return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
        }

        private static String expand(String signal, Map<String, String> terms, int depth) {
            if (depth > MAX_TERM_DEPTH) {
                throw new IllegalArgumentException("Safety terms refer to each other too deeply: " + signal);
            }
            Matcher m = TERM.matcher(signal);
            StringBuilder out = new StringBuilder();
            boolean found = false;
            while (m.find()) {
                String term = terms.get(m.group(1));
                if (term == null) {
                    throw new IllegalArgumentException("A safety signal names an unknown term {" + m.group(1) + "}: " + signal);
                }
                m.appendReplacement(out, Matcher.quoteReplacement("(?:" + term + ")"));
                found = true;
            }
            m.appendTail(out);
            return found ? expand(out.toString(), terms, depth + 1) : out.toString();
        }
    }
}
