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
        /** First characters of words that get their own short list of signals to try. */
        private static final int INDEXED = 128;
        private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
        private static final String WORD_ENDS = "(?![\\p{L}\\p{N}])";

        private final List<Map.Entry<String, String>> spellings;
        /** Every signal in one alternation, for a word that begins with a character not indexed. */
        private final Pattern anySignal;
        /**
         * For each ASCII character, only the signals that can begin with it: trying all 52 at every
         * word was the screen's whole cost (a tenth of the server's CPU under a load of moments),
         * and most words rule out all but a few by their first letter alone.
         */
        private final Pattern[] byFirst = new Pattern[INDEXED];

        Language(Signals signals) {
            // longest first, so "won't" is evened out before "n't"
            this.spellings = signals.spellings().entrySet().stream()
                    .map(e -> Map.entry(e.getKey().toLowerCase(Locale.ROOT), e.getValue().toLowerCase(Locale.ROOT)))
                    .sorted(Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length()).reversed()
                            .thenComparing(Map.Entry::getKey))
                    .toList();
            // The text is lower-cased by even() before matching, so a signal written in lower case
            // (all of ours) needs no case folding, which made up most of the cost; one with capitals
            // (or an escape such as \\S) keeps it for itself.
            List<String> alternatives = new ArrayList<>();
            for (String signal : signals.signals()) {
                String regex = expand(signal, signals.terms(), 0);
                Pattern.compile(regex); // a broken signal is named on its own, not as part of the whole
                alternatives.add(regex.equals(regex.toLowerCase(Locale.ROOT)) ? "(?:" + regex + ")" : "(?iu:" + regex + ")");
            }
            this.anySignal = alternation(alternatives);
            List<Pattern> alone = alternatives.stream().map(a -> Pattern.compile(a, FLAGS)).toList();
            for (int c = 0; c < INDEXED; c++) {
                List<String> possible = new ArrayList<>();
                for (int i = 0; i < alone.size(); i++) {
                    if (canBeginWith(alone.get(i), (char) c)) {
                        possible.add(alternatives.get(i));
                    }
                }
                byFirst[c] = possible.isEmpty() ? null : alternation(possible);
            }
        }

        private static Pattern alternation(List<String> alternatives) {
            return Pattern.compile("(?:" + String.join("|", alternatives) + ")" + WORD_ENDS, FLAGS);
        }

        /**
         * Whether some text beginning with {@code c} could match: the engine either matched the one
         * character or needed more input to decide. A signal ruled out here fails on every text
         * whose word begins with {@code c}, since it stopped at that character without reading on.
         */
        private static boolean canBeginWith(Pattern signal, char c) {
            if (LOOKS_BEFORE_ITS_START.matcher(signal.pattern()).find()) {
                return true; // a look-behind that must find something, \\B or \\G: one character alone cannot tell
            }
            Matcher m = signal.matcher(String.valueOf(c));
            return m.lookingAt() || m.hitEnd();
        }

        /** Constructs that fail on a lone first character although the text before it could satisfy them. */
        private static final Pattern LOOKS_BEFORE_ITS_START = Pattern.compile("\\(\\?<=|\\\\[BG]");

        /** Tries the signals at each place a word begins, as the single alternation would. */
        boolean matches(String text) {
            String even = even(text);
            Matcher any = null;
            Matcher[] first = new Matcher[INDEXED];
            for (int i = 0; i < even.length(); i += Character.charCount(even.codePointAt(i))) {
                if (i > 0 && isWordPart(even.codePointBefore(i))) {
                    continue;
                }
                int c = even.codePointAt(i);
                Matcher m;
                if (c < INDEXED) {
                    if (byFirst[c] == null) {
                        continue;
                    }
                    m = first[c] == null ? first[c] = transparent(byFirst[c].matcher(even)) : first[c];
                } else {
                    m = any == null ? any = transparent(anySignal.matcher(even)) : any;
                }
                if (m.region(i, even.length()).lookingAt()) {
                    return true;
                }
            }
            return false;
        }

        /** The whole text stays visible to a signal's look-behind ("(?<!it )") from a word's start. */
        private static Matcher transparent(Matcher m) {
            return m.useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** What {@code [\p{L}\p{N}]} matches: a place after one of these is inside a word. */
        private static boolean isWordPart(int c) {
            return Character.isLetter(c) || isNumber(c);
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
