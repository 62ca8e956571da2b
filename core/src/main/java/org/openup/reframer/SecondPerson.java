package org.openup.reframer;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A constraint question the member asks themselves, turned to the partner it is about: "What is
 * keeping him from talking to me about his job?" becomes "What is keeping you from talking to me
 * about your job?". The asker ("me", "my", "I") stays; the partner, and what is theirs, becomes
 * "you" and "your", with the verbs that go with "you". The member sees the result and edits it
 * before it is sent, so a sentence this cannot read is never sent as it is.
 */
public final class SecondPerson {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['\u2019][\\p{L}]+)?|[^\\p{L}]+");
    private static final Set<String> PARTNER_NOUNS = Words.EN.set("partnerNouns");
    private static final Map<String, String> SIMPLE = Map.ofEntries(
            Map.entry("him", "you"), Map.entry("them", "you"), Map.entry("his", "your"), Map.entry("their", "your"),
            Map.entry("theirs", "yours"), Map.entry("hers", "yours"), Map.entry("himself", "yourself"),
            Map.entry("herself", "yourself"), Map.entry("themselves", "yourself"), Map.entry("he's", "you're"),
            Map.entry("she's", "you're"), Map.entry("they're", "you're"), Map.entry("he'd", "you'd"), Map.entry("she'd", "you'd"),
            Map.entry("they'd", "you'd"), Map.entry("he'll", "you'll"), Map.entry("she'll", "you'll"),
            Map.entry("they'll", "you'll"), Map.entry("they've", "you've"));
    private static final Map<String, String> AFTER_YOU = Map.ofEntries(
            Map.entry("is", "are"), Map.entry("was", "were"), Map.entry("has", "have"), Map.entry("does", "do"),
            Map.entry("isn't", "aren't"), Map.entry("wasn't", "weren't"), Map.entry("hasn't", "haven't"),
            Map.entry("doesn't", "don't"));
    /** After these, "her" is the person ("to her"), not what is hers ("her job"). */
    private static final Set<String> NOT_OWNED = Words.EN.set("notOwned");

    private SecondPerson() {
    }

    public static String of(String question) {
        String[] tokens = tokens(question);
        StringBuilder out = new StringBuilder(question.length());
        boolean afterYou = false;
        int lastWordAt = -1;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            String lower = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (!Character.isLetter(token.charAt(0))) {
                out.append(token);
                continue;
            }
            String replaced;
            if (lower.equals("my") && i + 2 < tokens.length && PARTNER_NOUNS.contains(stripPossessive(tokens[i + 2]))) {
                // "my wife" is "you", "my wife's" is "your"
                replaced = tokens[i + 2].toLowerCase(Locale.ROOT).endsWith("'s") ? "your" : "you";
                afterYou = replaced.equals("you");
                lastWordAt = out.length();
                out.append(matchCase(token, replaced));
                i += 2;
                continue;
            }
            if (lower.equals("he") || lower.equals("she") || lower.equals("they")) {
                // "does she feel" asks "do you feel": the verb before the subject agrees too
                Matcher before = lastWordAt < 0 ? null : WORD.matcher(out.substring(lastWordAt));
                String previous = before != null && before.lookingAt() ? before.group() : "";
                String agreeing = AFTER_YOU.get(previous.toLowerCase(Locale.ROOT));
                if (agreeing != null) {
                    out.replace(lastWordAt, lastWordAt + previous.length(), matchCase(previous, agreeing));
                }
                lastWordAt = out.length();
                out.append(matchCase(token, "you"));
                afterYou = agreeing == null;
                continue;
            }
            if (afterYou && AFTER_YOU.containsKey(lower)) {
                replaced = AFTER_YOU.get(lower);
            } else if (afterYou && lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")) {
                // "you feels" reads "you feel": the verb right after the subject loses its -s
                replaced = lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y"
                        : lower.matches(".*(?:ches|shes|sses|xes|oes)") ? lower.substring(0, lower.length() - 2)
                        : lower.substring(0, lower.length() - 1);
            } else if (lower.equals("her")) {
                String next = nextWord(tokens, i);
                replaced = next == null || NOT_OWNED.contains(next) ? "you" : "your";
            } else {
                replaced = SIMPLE.getOrDefault(lower, token);
            }
            afterYou = false;
            lastWordAt = out.length();
            out.append(replaced == token ? token : matchCase(token, replaced));
        }
        return out.toString();
    }

    private static String[] tokens(String text) {
        Matcher m = WORD.matcher(text);
        java.util.List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out.toArray(String[]::new);
    }

    private static String nextWord(String[] tokens, int i) {
        for (int j = i + 1; j < tokens.length; j++) {
            if (Character.isLetter(tokens[j].charAt(0))) {
                return tokens[j].toLowerCase(Locale.ROOT);
            }
            if (!tokens[j].isBlank()) {
                return null; // punctuation ends the phrase: "…to her?"
            }
        }
        return null;
    }

    private static String stripPossessive(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceFirst("'s$", "");
    }

    private static String matchCase(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0))
                ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
    }
}
