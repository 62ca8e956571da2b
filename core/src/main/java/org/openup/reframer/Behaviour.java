package org.openup.reframer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.util.Map.entry;

/**
 * The behaviour the asker wishes for, turned from the words typed after the person ("open up
 * more", "share her feelings") into the phrase that follows "from" in a constraint question
 * ("opening up to me", "sharing her feelings with me").
 */
final class Behaviour {

    /** How the words after the person begin. */
    enum Reading {
        /** With a verb: "…get him to open up", "…won't she talk". */
        VERB,
        /** With a verb or a state: "…make him talk", "…make him happy". */
        VERB_OR_STATE,
        /** With a state, which then needs "being": "…isn't he open with me". */
        STATE
    }

    /**
     * Who asks, as the phrase refers to them: "me", or "us" for a couple asking together; and
     * whether they asked in general terms ("how do you get…"), whose "you" is the asker.
     */
    record Asker(String object, boolean speaksAsYou) {
    }

    /**
     * @param text          the phrase, ready to follow "from"
     * @param aboutOpenness whether the behaviour is about talking, sharing, trusting and the like
     */
    record Phrase(String text, boolean aboutOpenness) {
    }

    /** How a behaviour points at the asker: with nothing after it, and after an object. */
    private record Tail(String alone, String afterObject) {
    }

    /** A short phrase is a question; more words are the start of a story and get cut back. */
    private static final int MAX_WORDS = 12;
    private static final int MAX_CHARS = 90;

    private static final Map<String, Tail> TAILS = Map.ofEntries(
            entry("talk", new Tail("to", null)), entry("speak", new Tail("to", null)),
            entry("chat", new Tail("with", null)), entry("listen", new Tail("to", null)),
            entry("communicate", new Tail("with", "to")), entry("confide", new Tail("in", "to")),
            entry("open up", new Tail("to", null)), entry("reach out", new Tail("to", null)),
            entry("lean", new Tail("on", null)), entry("rely", new Tail("on", null)),
            entry("vent", new Tail("to", null)), entry("apologise", new Tail("to", null)),
            entry("apologize", new Tail("to", null)), entry("cuddle", new Tail("with", null)),
            entry("connect", new Tail("with", null)), entry("engage", new Tail("with", null)),
            entry("respond", new Tail("to", null)), entry("reply", new Tail("to", null)),
            entry("share", new Tail("with", "with")), entry("express", new Tail(null, "to")),
            entry("explain", new Tail(null, "to")), entry("reveal", new Tail(null, "to")),
            entry("describe", new Tail(null, "to")), entry("admit", new Tail(null, "to")),
            entry("show", new Tail(null, "to")), entry("discuss", new Tail(null, "with")),
            entry("be open", new Tail("with", null)), entry("be vulnerable", new Tail("with", null)),
            entry("be honest", new Tail("with", null)), entry("be real", new Tail("with", null)),
            entry("be transparent", new Tail("with", null)), entry("be candid", new Tail("with", null)),
            entry("be forthcoming", new Tail("with", null)), entry("be genuine", new Tail("with", null)),
            entry("be intimate", new Tail("with", null)), entry("be emotional", new Tail("with", null)),
            entry("be expressive", new Tail("with", null)), entry("be affectionate", new Tail("with", null)),
            entry("be upfront", new Tail("with", null)), entry("be direct", new Tail("with", null)),
            entry("be truthful", new Tail("with", null)), entry("be authentic", new Tail("with", null)),
            entry("be present", new Tail("with", null)), entry("be available", new Tail("to", null)),
            entry("be close", new Tail("to", null)), entry("be closer", new Tail("to", null)),
            entry("be communicative", new Tail("with", null)), entry("be comfortable", new Tail("with", null)),
            entry("be patient", new Tail("with", null)), entry("be gentle", new Tail("with", null)));

    /** Behaviours that are about opening up; weaker framings only count with one of these. */
    private static final Set<String> OPENNESS = Set.of("open", "talk", "share", "tell", "communicate", "trust",
            "express", "confide", "speak", "say", "listen", "discuss", "explain", "let", "reveal", "admit", "chat",
            "engage", "connect", "lean", "rely", "reach", "answer", "respond", "reply", "show", "cry", "vent",
            "describe", "be open", "be vulnerable", "be honest", "be real", "be transparent", "be candid",
            "be forthcoming", "be genuine", "be intimate", "be emotional", "be expressive", "be upfront",
            "be direct", "be truthful", "be authentic", "be available", "be close", "be closer",
            "be communicative", "be comfortable");

    /** Ways of closing off; to stop one of them ("stop hiding things") is to open up. */
    private static final Set<String> CLOSING = Set.of("hide", "shut", "lie", "withdraw", "avoid", "pull", "close",
            "ignore", "stonewall", "run");

    /** Adjectives that can follow "make him…" and so need "being": "make him happy". */
    private static final Set<String> STATES = Set.of("happy", "jealous", "calm", "nice", "kind", "sweet", "caring",
            "loving", "romantic", "attentive", "interested", "involved", "supportive", "confident", "safe",
            "secure", "relaxed", "grateful", "sorry", "ready", "willing", "able", "aware", "accountable",
            "responsible", "sad", "angry", "mad", "upset", "quiet", "cold", "distant", "serious", "open",
            "vulnerable", "honest", "real", "transparent", "candid", "forthcoming", "genuine", "intimate",
            "emotional", "expressive", "affectionate", "upfront", "direct", "truthful", "authentic", "present",
            "available", "close", "closer", "communicative", "comfortable", "patient", "gentle", "there", "here");
    private static final Pattern ADJECTIVE_ENDING =
            Pattern.compile(".+(?:ous|ive|ful|able|ible|ant|ent|less|ish|ic|al)");

    /** Verbs whose natural object is the asker: "trusting me", "telling me". */
    private static final Set<String> ASKER_AS_OBJECT = Set.of("trust", "believe", "forgive", "understand", "hug",
            "kiss", "text", "call", "answer", "support", "include", "notice", "love", "respect", "appreciate",
            "touch", "miss", "choose", "invite", "tell");
    /** What may follow "tell" once "me" is put in: "telling me what…", "telling me the truth". */
    private static final Set<String> TOLD = Set.of("what", "how", "why", "when", "where", "who", "whether", "if",
            "that", "the", "about", "things", "anything", "everything", "something", "stuff", "more", "secrets",
            "his", "her", "their");

    private static final Set<String> PARTICLES = Set.of("up", "out", "down", "back", "off", "over");
    private static final Set<String> PREPOSITIONS = Set.of("to", "with", "in", "on", "at", "for", "into", "around",
            "toward", "towards", "near", "by", "from", "without", "through", "like");
    /** Words that start a clause after the behaviour; the asker then goes in before them. */
    private static final Set<String> CLAUSE_STARTS = Set.of("about", "when", "whenever", "if", "during", "after",
            "before", "while");
    private static final Set<String> ADVERBS = Set.of("more", "better", "often", "again", "sometimes", "regularly",
            "too", "now", "first", "instead", "anymore");
    /** Words that may stand before the verb itself: "not shut down", "openly share". */
    private static final Set<String> BEFORE_VERB = Set.of("not", "never", "always", "also");
    /** Verbs that say nothing without what follows: "I want him to do…" needs the rest. */
    private static final Set<String> NEED_MORE = Set.of("do", "make", "get", "want", "stop", "keep", "have", "give",
            "take", "put", "bring", "send");
    /** Words that may stand before a state: "more open", "a bit more vulnerable". */
    private static final Set<String> DEGREES = Set.of("more", "less", "so", "too", "very", "a", "bit", "little",
            "lot", "as", "much", "quite", "not");
    /** After the behaviour, these begin the asker's comment on it: "talk is impossible". */
    private static final Set<String> COMMENT_STARTS = Set.of("is", "was", "are", "were", "seems", "seemed",
            "feels", "felt");

    /** Words or pairs that end the wished-for behaviour and begin something else. */
    private static final Set<String> BREAKS = Set.of(",", "because", "cause", "cuz", "coz", "since", "but",
            "although", "though", "tho", "or", "without", "unless", "instead", "thanks", "thx", "lol", "haha",
            "whereas", "otherwise", "anyway", "anyways", "btw");
    private static final Set<String> BREAK_PAIRS = Set.of("and i", "and we", "and it", "and then", "and now",
            "and he", "and she", "and they", "even though", "even if", "so that", "so i", "so we", "so it",
            "so he", "so she", "so they", "any ideas", "any advice", "any tips", "any suggestions", "is there",
            "do you", "can you", "should i", "how do", "how can", "what do", "what should", "what can", "i tried",
            "i've tried", "i have", "i feel", "i think", "i don't", "i can't", "i am", "i'm", "help me",
            "thank you", "why won't", "why doesn't", "why don't", "why can't", "why does", "why do", "why is",
            "why isn't", "how could", "how would", "how should");
    /** Words a phrase cannot end on once it has been cut short. */
    private static final Set<String> DANGLING = Set.copyOf(List.of("a", "an", "the", "and", "or", "to", "of",
            "with", "about", "for", "at", "on", "from", "by", "as", "than", "my", "his", "their", "our", "your",
            "its", "that", "which", "what", "how", "who", "why", "when", "where", "is", "was", "are", "were", "be",
            "been", "i", "he", "she", "they", "we", "you", "it", "so", "but", "if", "because", "very", "more",
            "this", "these", "those", "some", "any", "all", "every", "not", "no", "would", "could", "should",
            "will", "can", "do", "does", "did", "have", "has", "had", "i'm", "he's", "she's", "it's", "really"));
    /** Words no phrase ends on, cut short or not: "talk and", "share the". */
    private static final Set<String> NEVER_LAST = Set.of("a", "an", "the", "and", "or", "of", "from", "my", "his",
            "their", "our", "your", "its", "i", "he", "she", "they", "we", "is", "are", "was", "were", "do", "does",
            "did", "won't", "don't", "doesn't", "can't", "it's", "so", "but", "if", "because", "very", "this",
            "these", "those", "every", "no", "not", "would", "could", "should", "will", "can");
    /** Words the phrase should not start with: "make him to talk", "so she will talk". */
    private static final Set<String> LEADING = Set.of("to", "will", "would", "can", "could", "might", "may",
            "should", "shall", "must");
    private static final Set<String> TRAILING = Set.of("more", "anymore", "please", "now", "lol", "haha", "ok");
    /** When it happened belongs to a past question ("how did I get him to talk last time"), not to the constraint. */
    private static final Pattern TRAILING_TIME = Pattern.compile(
            "(?: (?:last|that|the other|this) (?:time|night|week|weekend|month|year)| yesterday| before| back then"
            + "| in the past| once| someday| one day| eventually| soon)*$");
    private Behaviour() {
    }

    /** The phrase for the words typed after the person, or nothing when they make no behaviour. */
    static Optional<Phrase> read(String typed, Reading reading, Asker asker, Set<String> capitalise) {
        List<String> words = new ArrayList<>(Arrays.asList(typed.strip().split(" +")));
        if (asker.speaksAsYou()) {
            words.replaceAll(Behaviour::fromAskersSide);
        }
        words = focused(words);
        if (words.isEmpty() || words.get(0).isEmpty()) {
            return Optional.empty();
        }
        if (readsAsState(words, reading)) {
            words.add(0, "be");
        }

        // the head: words before the verb, the verb as a gerund, and its particle or state
        List<String> head = new ArrayList<>();
        int i = 0;
        while (i < words.size() - 1 && beforeVerb(words.get(i))) {
            head.add(words.get(i++));
        }
        String typedVerb = words.get(i++);
        String verb;
        if (Gerunds.isGerund(typedVerb)) {
            verb = Gerunds.baseOfGerund(typedVerb);
            head.add(typedVerb);
        } else {
            verb = Gerunds.base(typedVerb);
            if (!Gerunds.isKnown(verb)) {
                // an unknown word would get a made-up gerund ("harding"); a general question serves better
                return Optional.empty();
            }
            head.add(Gerunds.of(verb));
        }

        String key = verb;
        if (verb.equals("be")) {
            if (i >= words.size()) {
                return Optional.empty();
            }
            int state = i;
            while (state < words.size() - 1 && isDegree(words.get(state))) {
                state++;
            }
            if (!couldBeState(words.get(state))) {
                return Optional.empty();
            }
            head.addAll(words.subList(i, state + 1));
            key = "be " + words.get(state);
            i = state + 1;
        } else if (i < words.size() && PARTICLES.contains(words.get(i)) && !verb.equals("let")) {
            key = verb + " " + words.get(i);
            head.add(words.get(i++));
        }
        // the rest: what follows the head, as typed, a second verb in the same form as the first ("talk and share")
        List<String> rest = new ArrayList<>(words.subList(i, words.size()));
        for (int r = 0; r + 1 < rest.size(); r++) {
            String next = rest.get(r + 1);
            if ((rest.get(r).equals("and") || rest.get(r).equals("or")) && Gerunds.isKnown(next) && Gerunds.base(next).equals(next)
                    && (r == 0 || !PREPOSITIONS.contains(rest.get(r - 1)))) {
                rest.set(r + 1, Gerunds.of(next));
            }
        }
        if (!rest.isEmpty() && COMMENT_STARTS.contains(rest.get(0))) {
            rest.clear();
        }
        if ((verb.equals("go") || verb.equals("come")) && !rest.isEmpty() && Gerunds.isKnown(rest.get(0))) {
            // "go see a counselor" reads "going to see a counselor"
            rest.add(0, "to");
        }
        if (rest.isEmpty() && NEED_MORE.contains(verb)) {
            return Optional.empty();
        }
        if (key.equals("open") && (rest.isEmpty() || allAdverbs(rest) || CLAUSE_STARTS.contains(rest.get(0)))) {
            // "get him to open" means opening up
            key = "open up";
            head.add("up");
        }

        List<String> phrase = withAsker(head, verb, key, rest, asker.object());
        String text = phrase.stream().map(w -> displayed(w, capitalise)).collect(Collectors.joining(" "));
        return Optional.of(new Phrase(text, aboutOpenness(verb, key, rest)));
    }

    private static boolean aboutOpenness(String verb, String key, List<String> rest) {
        if (OPENNESS.contains(verb) || OPENNESS.contains(key)) {
            return true;
        }
        if (verb.equals("stop") && !rest.isEmpty() && Gerunds.isGerund(rest.get(0))) {
            return CLOSING.contains(Gerunds.baseOfGerund(rest.get(0)));
        }
        // "feel safe enough to share"
        return rest.stream().anyMatch(w -> OPENNESS.contains(Gerunds.base(w)));
    }

    /**
     * Puts the asker into a phrase that does not mention them yet, where English wants them:
     * "talking" → "talking to me", "sharing her feelings" → "sharing her feelings with me".
     */
    private static List<String> withAsker(List<String> head, String verb, String key, List<String> rest, String me) {
        List<String> out = new ArrayList<>(head);
        if (mentionsAsker(rest)) {
            out.addAll(rest);
            return out;
        }
        if (verb.equals("tell")) {
            if (rest.isEmpty() || TOLD.contains(rest.get(0))) {
                out.add(me);
            }
            out.addAll(rest);
            return out;
        }
        if (ASKER_AS_OBJECT.contains(verb) && (rest.isEmpty() || allAdverbs(rest))) {
            out.add(me);
            out.addAll(rest);
            return out;
        }
        if (verb.equals("let") && rest.isEmpty()) {
            out.add(me);
            out.add("in");
            return out;
        }
        Tail tail = TAILS.get(key);
        if (tail == null) {
            out.addAll(rest);
        } else if (rest.isEmpty() || allAdverbs(rest)) {
            out.addAll(rest);
            addAsker(out, tail.alone(), me);
        } else if (CLAUSE_STARTS.contains(firstAfterAdverbs(rest))) {
            // "talk more about his day" → "talking to me more about his day"
            addAsker(out, tail.alone() != null ? tail.alone() : tail.afterObject(), me);
            out.addAll(rest);
        } else if (PREPOSITIONS.contains(rest.get(0))) {
            out.addAll(rest);
            if (rest.size() == 1) {
                // "someone to talk to": the one talked to is the asker
                out.add(me);
            }
        } else {
            out.addAll(rest);
            addAsker(out, tail.afterObject(), me);
        }
        return out;
    }

    private static void addAsker(List<String> phrase, String preposition, String me) {
        if (preposition != null) {
            phrase.add(preposition);
            phrase.add(me);
        }
    }

    /** Only the part of the typed words that is the behaviour, and not too much of it. */
    private static List<String> focused(List<String> words) {
        List<String> out = new ArrayList<>();
        boolean cut = false;
        for (int i = 0; i < words.size() && !cut; i++) {
            String pair = i + 1 < words.size() ? words.get(i) + " " + words.get(i + 1) : "";
            cut = BREAKS.contains(words.get(i)) || BREAK_PAIRS.contains(pair) || andThirdPerson(words, i);
            if (!cut) {
                out.add(words.get(i));
            }
        }
        while (!out.isEmpty() && LEADING.contains(out.get(0))) {
            out.remove(0);
        }
        while (!out.isEmpty() && TRAILING.contains(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        String timed = String.join(" ", out);
        String timeless = TRAILING_TIME.matcher(timed).replaceFirst("");
        if (!timeless.equals(timed) && !timeless.isEmpty()) {
            out = new ArrayList<>(Arrays.asList(timeless.split(" ")));
        }
        if (out.size() > MAX_WORDS) {
            int and = out.indexOf("and");
            out = new ArrayList<>(out.subList(0, and > 0 ? Math.min(and, MAX_WORDS) : MAX_WORDS));
            cut = true;
        }
        while (out.size() > 1 && String.join(" ", out).length() > MAX_CHARS) {
            out.remove(out.size() - 1);
            cut = true;
        }
        while (out.size() > 1 && (cut ? DANGLING : NEVER_LAST).contains(out.get(out.size() - 1))
                && !(!cut && endsEmbeddedQuestion(out))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** "…how his day was", "…what her plan is": the verb closes a question inside the phrase and stays. */
    private static boolean endsEmbeddedQuestion(List<String> words) {
        String last = words.get(words.size() - 1);
        if (!Set.of("is", "was", "are", "were").contains(last)) {
            return false;
        }
        for (int i = Math.max(0, words.size() - 6); i < words.size() - 2; i++) {
            if (Set.of("how", "what", "where", "who").contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** "feels heard and opens up": a second verb in another form would not fit the gerund phrase. */
    private static boolean andThirdPerson(List<String> words, int at) {
        if (at == 0 || at + 1 >= words.size() || !words.get(at).equals("and")) {
            return false;
        }
        String next = words.get(at + 1);
        String base = Gerunds.base(next);
        return next.endsWith("s") && !next.equals(base) && Gerunds.isKnown(base);
    }

    private static boolean readsAsState(List<String> words, Reading reading) {
        String first = words.get(0);
        if (first.equals("be") || Gerunds.isGerund(first)) {
            return false;
        }
        int at = 0;
        while (at < words.size() - 1 && isDegree(words.get(at))) {
            at++;
        }
        String word = words.get(at);
        String next = at + 1 < words.size() ? words.get(at + 1) : "";
        return switch (reading) {
            case STATE -> true;
            case VERB_OR_STATE -> isState(word, next) || (at > 0 && !Gerunds.isKnown(word));
            case VERB -> at > 0 && !first.equals("not") && isState(word, next);
        };
    }

    private static boolean isState(String word, String next) {
        if (word.equals("open")) {
            return !PARTICLES.contains(next);
        }
        if (STATES.contains(word)) {
            return true;
        }
        return !Gerunds.isKnown(word) && !word.endsWith("s") && ADJECTIVE_ENDING.matcher(word).matches();
    }

    /** After "being": a state ("open", "there", "a better listener"), not a verb or a small word. */
    private static boolean couldBeState(String word) {
        return STATES.contains(word) || isAdverb(word) || word.matches("[a-z]{3,}ed")
                || (word.matches("[a-z-]{3,}") && !Gerunds.isVerbForm(word) && !DANGLING.contains(word)
                        && !word.equals("more") && Person.couldBeName(word));
    }

    private static boolean isDegree(String word) {
        return DEGREES.contains(word) || isAdverb(word);
    }

    private static boolean beforeVerb(String word) {
        return BEFORE_VERB.contains(word) || isAdverb(word);
    }

    private static boolean isAdverb(String word) {
        return word.length() > 4 && word.endsWith("ly") && !Gerunds.isKnown(word) && !STATES.contains(word);
    }

    private static String firstAfterAdverbs(List<String> words) {
        return words.stream().filter(w -> !ADVERBS.contains(w) && !isAdverb(w)).findFirst().orElse("");
    }

    private static boolean allAdverbs(List<String> words) {
        return words.stream().allMatch(w -> ADVERBS.contains(w) || isAdverb(w));
    }

    private static boolean mentionsAsker(List<String> words) {
        return words.stream().anyMatch(w -> w.equals("me") || w.equals("us") || w.equals("myself")
                || w.equals("ourselves"));
    }

    /** In a question about partners in general ("how do you get…"), the "you" is the asker. */
    private static String fromAskersSide(String word) {
        return switch (word) {
            case "you" -> "me";
            case "your" -> "my";
            case "yours" -> "mine";
            case "yourself" -> "myself";
            default -> word;
        };
    }

    private static String displayed(String word, Set<String> capitalise) {
        if (word.equals("i") || word.startsWith("i'")) {
            return "I" + word.substring(1);
        }
        String bare = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        if (capitalise.contains(bare) && !word.isEmpty()) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        return word;
    }
}
