package org.openup.reframer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of what the asker typed, in two forms: as typed, for giving a question back
 * tidied, and as plain lowercase words, which is what the patterns read. Commas stay as a word of
 * their own because they end the wished-for behaviour.
 *
 * @param typed       the sentence as typed, without its closing punctuation
 * @param text        lowercase words separated by single spaces, slips fixed and filler words gone
 * @param asked       whether the sentence ended with a question mark
 * @param properNouns lowercase forms of words the asker capitalised mid-sentence, such as names
 */
record Utterance(String typed, String text, boolean asked, Set<String> properNouns) {

    /** A sentence ends at . ! ? ; or a line break. */
    private static final Pattern SENTENCE = Pattern.compile("[^.!?;\\r\\n]+([.!?;\\r\\n]*)");
    /**
     * Runs of dots are a pause inside a thought ("how do I get him to... open up"), not an end,
     * unless a new clause follows ("open up... he just sits there"): then they end a clause.
     */
    private static final Pattern ELLIPSIS = Pattern.compile("(?:\\.{2,}|…)(\\s*\\b(?:i|i'm|he|she|they|we|it"
            + "|but|and|so|because|or|how|why|what|anyway)\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}\\p{N}]+)*(?:-[\\p{L}\\p{N}]+)*|[,:]");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}+(?:'s)?");

    /** Words that carry no meaning for the reframing and only get between the patterns' words. */
    private static final Set<String> FILLERS = Words.EN.set("fillers");
    /** "even" stays where it starts a clause, so that the clause can still be cut off. */
    private static final Set<String> CLAUSE_AFTER_EVEN = Words.EN.set("clauseAfterEven");

    /** Spellings of the same thing brought to one form, so each pattern needs only that form. */
    private static final List<Rewrite> REWRITES = List.of(
            new Rewrite("\\b(i|you|he|she|we|they)'d\\b", "$1 would"),
            new Rewrite("\\bhow come\\b", "why"),
            new Rewrite("\\bwhy is it that\\b", "why"),
            new Rewrite("\\bcan ?not\\b", "can't"),
            new Rewrite("\\bwill not\\b", "won't"),
            new Rewrite("\\b(do|does|did|is|are|was|were|would|could|should|has|have|had) not\\b", "$1n't"));

    private record Rewrite(Pattern pattern, String replacement) {
        Rewrite(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }

        String apply(String text) {
            return pattern.matcher(text).replaceAll(replacement);
        }
    }

    static List<Utterance> split(String input) {
        String calm = ELLIPSIS.matcher(input).replaceAll(pause -> pause.group(1) == null
                ? " " : Matcher.quoteReplacement("," + pause.group(1)));
        List<Utterance> sentences = new ArrayList<>();
        Matcher sentence = SENTENCE.matcher(calm);
        while (sentence.find()) {
            String typed = calm.substring(sentence.start(), sentence.start(1)).strip();
            String text = normalise(typed);
            if (!text.isEmpty()) {
                sentences.add(new Utterance(typed, text, sentence.group(1).contains("?"), properNouns(typed)));
            }
        }
        return sentences;
    }

    static String normalise(String typed) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(plainQuotes(typed).toLowerCase(Locale.ROOT));
        while (word.find()) {
            words.add(word.group().equals(":") ? "," : Typos.fix(word.group()));
        }
        String joined = String.join(" ", words);
        for (Rewrite rewrite : REWRITES) {
            joined = rewrite.apply(joined);
        }
        String[] rewritten = joined.split(" ");
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < rewritten.length; i++) {
            String w = rewritten[i];
            String next = i + 1 < rewritten.length ? rewritten[i + 1] : "";
            boolean filler = FILLERS.contains(w) && !(w.equals("even") && CLAUSE_AFTER_EVEN.contains(next));
            // a doubled word ("to to") is a slip of the keyboard
            boolean doubled = !kept.isEmpty() && kept.get(kept.size() - 1).equals(w);
            if (!w.isEmpty() && !filler && !doubled) {
                kept.add(w);
            }
        }
        return String.join(" ", kept);
    }

    static String plainQuotes(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /**
     * Names and places the asker capitalised, so a proposal can keep them capitalised. Ignored when
     * most words are capitalised: then capitals say nothing about names.
     */
    private static Set<String> properNouns(String typed) {
        Matcher word = WORD.matcher(plainQuotes(typed));
        Set<String> found = new HashSet<>();
        int words = 0;
        int capitalised = 0;
        while (word.find()) {
            String w = word.group();
            boolean first = words++ == 0;
            if (CAPITALISED.matcher(w).matches()) {
                capitalised++;
                if (!first && !w.startsWith("I'") && !w.equals("I")) {
                    found.add(w.toLowerCase(Locale.ROOT).replaceFirst("'s$", ""));
                }
            }
        }
        return capitalised * 2 > words ? Set.of() : Set.copyOf(found);
    }
}
