package org.openup.reframer;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;


/**
 * English verb forms, as far as the reframer needs them: the base form of what was typed
 * ("talks", "told", "opened") and the gerund that follows "from" ("talking", "telling", "opening").
 */
final class Gerunds {

    /**
     * Verbs the reframer knows. Knowing a verb lets it undo "-s" and "-ed" safely: "shared" is
     * "share", "opened" is "open". Unknown words are still given a regular gerund.
     */
    static final Set<String> KNOWN = Words.EN.set("gerundsKnown");

    /** Forms whose base the regular rules cannot find. */
    private static final Map<String, String> IRREGULAR_BASES = Words.EN.map("irregularBases");

    /** Gerunds the regular rules get wrong, mostly a final consonant doubled under stress. */
    private static final Map<String, String> IRREGULAR_GERUNDS = Words.EN.map("irregularGerunds");

    /** Words ending in "ing" that are not gerunds. */
    private static final Set<String> NOT_GERUNDS = Words.EN.set("notGerunds");

    /** One syllable ending consonant-vowel-consonant doubles the consonant: stop, run, let, chat. */
    private static final Pattern SHORT_CLOSED = Pattern.compile("[^aeiou]*[aeiou][^aeiouwxy]");

    private Gerunds() {
    }

    static boolean isKnown(String verb) {
        return KNOWN.contains(verb);
    }

    /** Whether a word is some form of a known verb: "keeps", "told", "lying". */
    static boolean isVerbForm(String word) {
        return KNOWN.contains(base(word)) || (isGerund(word) && KNOWN.contains(baseOfGerund(word)));
    }

    static boolean isGerund(String word) {
        return word.length() > 4 && word.endsWith("ing") && !NOT_GERUNDS.contains(word);
    }

    /** The base form of a typed verb form; an unknown word comes back as it is. */
    static String base(String form) {
        if (KNOWN.contains(form)) {
            return form;
        }
        String irregular = IRREGULAR_BASES.get(form);
        if (irregular != null) {
            return irregular;
        }
        for (String candidate : candidates(form)) {
            if (KNOWN.contains(candidate)) {
                return candidate;
            }
        }
        return form;
    }

    private static String[] candidates(String form) {
        if (form.endsWith("ies") || form.endsWith("ied")) {
            return new String[] {cut(form, 3) + "y"};
        }
        if (form.endsWith("es")) {
            return new String[] {cut(form, 2), cut(form, 1)};
        }
        if (form.endsWith("s")) {
            return new String[] {cut(form, 1)};
        }
        if (form.endsWith("ed")) {
            String stem = cut(form, 2);
            String undoubled = stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                    ? cut(stem, 1) : stem;
            return new String[] {stem, cut(form, 1), undoubled};
        }
        return new String[0];
    }

    /** The base form behind a gerund: "sharing" is "share", "stopping" is "stop". */
    static String baseOfGerund(String gerund) {
        String stem = cut(gerund, 3);
        if (stem.endsWith("y") && KNOWN.contains(cut(stem, 1) + "ie")) {
            return cut(stem, 1) + "ie";
        }
        for (String candidate : new String[] {stem, stem + "e", stem.isEmpty() ? stem : cut(stem, 1)}) {
            if (KNOWN.contains(candidate)) {
                return candidate;
            }
        }
        return stem;
    }

    static String of(String base) {
        String irregular = IRREGULAR_GERUNDS.get(base);
        if (irregular != null) {
            return irregular;
        }
        if (base.endsWith("ie")) {
            return cut(base, 2) + "ying";
        }
        if (base.endsWith("ee") || base.endsWith("oe") || base.endsWith("ye")) {
            return base + "ing";
        }
        if (base.endsWith("e") && base.length() > 2) {
            return cut(base, 1) + "ing";
        }
        if (SHORT_CLOSED.matcher(base).matches()) {
            return base + base.charAt(base.length() - 1) + "ing";
        }
        return base + "ing";
    }

    private static String cut(String word, int letters) {
        return word.substring(0, Math.max(0, word.length() - letters));
    }
}
