package org.openup.reframer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * English verb forms, as far as the reframer needs them: the base form of what was typed
 * ("talks", "told", "opened") and the gerund that follows "from" ("talking", "telling", "opening").
 */
final class Gerunds {

    /**
     * Verbs the reframer knows. Knowing a verb lets it undo "-s" and "-ed" safely: "shared" is
     * "share", "opened" is "open". Unknown words are still given a regular gerund.
     */
    static final Set<String> KNOWN = Set.copyOf(List.of(
            "accept", "acknowledge", "admit", "agree", "answer", "apologise", "apologize", "appreciate", "argue",
            "ask", "be", "begin", "believe", "call", "calm", "care", "change", "chat", "check", "choose", "clean",
            "close", "come", "commit", "communicate", "confide", "connect", "consider", "cook", "cope", "cry",
            "cuddle", "deal", "describe", "die", "discuss", "do", "eat", "engage", "explain", "express", "face",
            "feel", "fight", "finish", "forget", "forgive", "get", "give", "go", "grow", "handle", "have", "heal",
            "hear", "help", "hide", "hold", "hug", "include", "invite", "involve", "join", "keep", "kiss", "laugh",
            "lean", "learn", "leave", "let", "lie", "listen", "look", "love", "make", "meet", "mention", "miss",
            "move", "need", "notice", "open", "plan", "play", "process", "quit", "reach", "read", "relax", "rely",
            "remember", "reply", "respect", "respond", "return", "reveal", "run", "say", "see", "seek", "settle",
            "share", "show", "shut", "sit", "sleep", "smile", "speak", "spend", "start", "stay", "stop", "support",
            "take", "talk", "tell", "text", "think", "touch", "trust", "try", "turn", "understand", "use", "vent",
            "visit", "walk", "want", "withdraw", "work", "worry", "write", "yell", "know", "like", "wait", "bring",
            "send", "put", "pay", "dance", "date", "marry", "propose", "mean", "ask", "sing", "hang", "spend", "avoid",
            "ignore", "pull", "stonewall", "reconnect", "compromise", "cooperate", "step", "slow", "react",
            "behave", "mature", "reflect", "validate", "initiate", "prioritize", "prioritise", "value", "cheat",
            "drink", "smoke", "game", "gamble", "scream", "shout", "nag", "complain", "criticize", "criticise",
            "blame", "judge", "interrupt", "sulk", "ghost", "retreat", "isolate", "participate", "unwind", "rest",
            "celebrate", "travel", "exercise", "attend", "book", "meditate", "journal", "pray", "breathe", "focus",
            "compliment", "praise", "thank", "flirt", "email", "message", "stay", "arrive", "stand", "watch",
            "hope", "wish", "bother", "lighten", "soften", "recover", "rebuild", "repair", "fix", "reassure",
            "comfort", "encourage", "ask", "apologise", "confess", "disclose", "unpack", "clarify"));

    /** Forms whose base the regular rules cannot find. */
    private static final Map<String, String> IRREGULAR_BASES = Map.ofEntries(
            entry("is", "be"), entry("are", "be"), entry("was", "be"), entry("were", "be"), entry("been", "be"),
            entry("am", "be"), entry("has", "have"), entry("had", "have"), entry("does", "do"), entry("did", "do"),
            entry("done", "do"), entry("goes", "go"), entry("went", "go"), entry("gone", "go"), entry("said", "say"),
            entry("told", "tell"), entry("spoke", "speak"), entry("spoken", "speak"), entry("shown", "show"),
            entry("gave", "give"), entry("given", "give"), entry("took", "take"), entry("taken", "take"),
            entry("came", "come"), entry("saw", "see"), entry("seen", "see"), entry("felt", "feel"),
            entry("thought", "think"), entry("got", "get"), entry("gotten", "get"), entry("made", "make"),
            entry("kept", "keep"), entry("left", "leave"), entry("heard", "hear"), entry("held", "hold"),
            entry("understood", "understand"), entry("wrote", "write"), entry("written", "write"),
            entry("began", "begin"), entry("begun", "begin"), entry("ran", "run"), entry("lies", "lie"),
            entry("lied", "lie"), entry("dies", "die"), entry("died", "die"), entry("forgave", "forgive"),
            entry("forgiven", "forgive"), entry("chose", "choose"), entry("chosen", "choose"), entry("met", "meet"),
            entry("sought", "seek"), entry("withdrew", "withdraw"), entry("withdrawn", "withdraw"));

    /** Gerunds the regular rules get wrong, mostly a final consonant doubled under stress. */
    private static final Map<String, String> IRREGULAR_GERUNDS = Map.ofEntries(
            entry("quit", "quitting"), entry("admit", "admitting"), entry("commit", "committing"),
            entry("forget", "forgetting"), entry("begin", "beginning"), entry("regret", "regretting"),
            entry("submit", "submitting"), entry("permit", "permitting"), entry("refer", "referring"),
            entry("prefer", "preferring"), entry("occur", "occurring"), entry("control", "controlling"),
            entry("compel", "compelling"), entry("rebel", "rebelling"), entry("omit", "omitting"),
            entry("upset", "upsetting"), entry("forbid", "forbidding"), entry("panic", "panicking"),
            entry("picnic", "picnicking"), entry("ski", "skiing"));

    /** Words ending in "ing" that are not gerunds. */
    private static final Set<String> NOT_GERUNDS = Set.of("thing", "things", "nothing", "something", "anything",
            "everything", "king", "ring", "sing", "bring", "sting", "spring", "string", "swing", "cling", "fling",
            "wing", "evening", "morning", "during", "ceiling");

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
