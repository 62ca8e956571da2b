package org.openup.reframer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a question that already asks what is in the partner's way ("what keeps him from
 * opening up?", "what makes it hard for Sam to share?") and gives it back tidied, in the asker's
 * own words.
 */
final class ConstraintQuestion {

    /** Words that may stand between "what" and the constraint: "what might be", "what do you think is". */
    private static final String BETWEEN = "(?: (?:is|are|was|were|might|could|may|would|will|can|be|been|else|"
            + "actually|exactly|usually|often|possibly|probably|do|does|you|think|that|the|thing|things|it))*?";
    private static final String HARD = "(?:so |really |very |too )?(?:hard|harder|difficult|tough|scary|unsafe"
            + "|uncomfortable|risky|impossible|painful|awkward|daunting)";
    private static final String WITHDRAWN = "(?:so |too )?(?:afraid|scared|reluctant|hesitant|unwilling|unable|anxious"
            + "|nervous|uncomfortable|defensive|guarded|shut down|close off|clam up|withdraw|hold back|pull away|hide)";

    /** Whom a constraint holds: the partner, the asker, the couple. */
    private static final String HELD = "(?:" + Person.ANY + "|me|us|you|it)\\b";
    private static final String KEEPS = "(?:keeps|keeping|kept|(?:might|could|may|would|will|can|does|do|did) keep)";
    private static final String STOPS = "(?:(?:stops|stopping|stopped|prevents|preventing|prevented|blocks|blocking"
            + "|blocked|hinders|hindering|hindered|holds|holding|held|inhibits|inhibiting|inhibited)"
            + "|(?:might|could|may|would|will|can|does|do|did) (?:stop|prevent|block|hinder|hold|inhibit))";

    private static final Pattern ASKS_WHAT_KEEPS = Pattern.compile("\\bwhat(?:'s)?" + BETWEEN + " (?:"
            // "keeps him going" is no constraint; "keeps him from…", "keeps her quiet" are
            + KEEPS + " " + HELD + ".*\\b(?:from|back|closed|quiet|silent|away|distant|guarded|shut)\\b"
            + "|" + STOPS + " " + HELD
            + "|(?:(?:gets?|getting|got|stands?|standing) )?in (?:the|his|her|their|our|my) way"
            + "|(?:makes?|making|made) it " + HARD
            + "|(?:makes?|making|made) " + Person.PATTERN_WITHOUT_NAMES + " " + WITHDRAWN
            + "|(?:scares?|scaring|scared|frightens?|frightening|frightened|worries|worrying|worried)\\b)");

    /** "Why is it so hard for him to open up?" asks about the constraint too, only starting with "why". */
    private static final Pattern ASKS_WHY_HARD =
            Pattern.compile("\\bwhy is it " + HARD + " for " + Person.PATTERN + " to\\b");
    private static final Pattern WHY_IS_IT = Pattern.compile("(?i)\\bwhy\\s+is\\s+it\\b");

    /** A first name in the person's place, to be capitalised: "what stops jo from…". */
    private static final Pattern NAMED = Pattern.compile("\\b(?:keeps?|keeping|kept|stops?|stopping|stopped"
            + "|prevents?|preventing|holds?|holding|held|for|makes?|making) " + Person.PATTERN
            + " (?:from|back|to|so|feel)\\b");

    /** Where the typed question starts, slips included: "what", "What's", "waht". */
    private static final Pattern WHAT = Pattern.compile("(?i)\\bw(?:hat|aht|hta|at)(?=s?\\b|['\u2019])");

    /** A kept question this long is a story more than a question; a short one serves the asker better. */
    private static final int MAX_LENGTH = 180;

    private ConstraintQuestion() {
    }

    /**
     * The question tidied, if this sentence already asks what is keeping someone from opening up;
     * an overlong one is replaced by a short question about the same person.
     */
    static Optional<String> tidied(Utterance sentence) {
        String question = sentence.typed();
        if (ASKS_WHAT_KEEPS.matcher(sentence.text()).find()) {
            Matcher what = WHAT.matcher(question);
            while (what.find()) {
                String from = question.substring(what.start());
                if (ASKS_WHAT_KEEPS.matcher(Utterance.normalise(from)).lookingAt()) {
                    question = from;
                    break;
                }
            }
        } else if (ASKS_WHY_HARD.matcher(sentence.text()).find()) {
            // kept in the asker's words, only opening with "what" like every proposal
            Matcher why = WHY_IS_IT.matcher(question);
            if (!why.find()) {
                return Optional.empty();
            }
            question = "what makes it" + question.substring(why.end());
        } else {
            return Optional.empty();
        }
        String tidy = tidy(question);
        Matcher named = NAMED.matcher(sentence.text());
        Person person = named.find() ? Person.of(named.group("person")) : Person.UNCLEAR;
        if (person.named() && Person.couldBeName(person.nameWord())) {
            tidy = tidy.replaceAll("\\b" + Pattern.quote(person.nameWord()) + "\\b",
                    Matcher.quoteReplacement(person.phrase()));
        }
        if (tidy.length() > MAX_LENGTH) {
            return Optional.of(Reframer.generalQuestion(Person.mentionedIn(sentence.text()).orElse(Person.UNCLEAR)));
        }
        return Optional.of(tidy);
    }

    /** First letter capitalised, one question mark, slips fixed, the asker's "I" capitalised. */
    static String tidy(String question) {
        StringBuilder out = new StringBuilder(question.length() + 1);
        Matcher word = Pattern.compile("[\\p{L}']+|[^\\p{L}']+").matcher(Utterance.plainQuotes(question));
        while (word.find()) {
            String w = word.group();
            String lower = w.toLowerCase(Locale.ROOT);
            String fixed = Typos.fix(lower);
            if (fixed.equals("i") || fixed.startsWith("i'")) {
                out.append('I').append(fixed.substring(1));
            } else if (!fixed.equals(lower)) {
                out.append(Character.isUpperCase(w.charAt(0)) ? capitalised(fixed) : fixed);
            } else {
                out.append(w);
            }
        }
        String tidy = out.toString()
                .replaceAll("\\s+", " ")
                .replaceAll("^[\\s\"'(\\[]+", "")
                .replaceAll("[\\s?!.,;:…\"')\\]]+$", "");
        if (tidy.isEmpty()) {
            return tidy;
        }
        return capitalised(tidy) + "?";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
