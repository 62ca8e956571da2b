package org.openup.reframer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;


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

    private static final Map<String, Tail> TAILS = Words.EN.pairs("tails", Tail::new);

    /** Behaviours that are about opening up; weaker framings only count with one of these. */
    private static final Set<String> OPENNESS = Words.EN.set("openness");

    /** Ways of closing off; to stop one of them ("stop hiding things") is to open up. */
    private static final Set<String> CLOSING = Words.EN.set("closing");

    /** Adjectives that can follow "make him…" and so need "being": "make him happy". */
    private static final Set<String> STATES = Words.EN.set("states");
    private static final Pattern ADJECTIVE_ENDING =
            Pattern.compile(".+(?:ous|ive|ful|able|ible|ant|ent|less|ish|ic|al)");

    /** Verbs whose natural object is the asker: "trusting me", "telling me". */
    private static final Set<String> ASKER_AS_OBJECT = Words.EN.set("askerAsObject");
    /** What may follow "tell" once "me" is put in: "telling me what…", "telling me the truth". */
    private static final Set<String> TOLD = Words.EN.set("told");

    private static final Set<String> PARTICLES = Words.EN.set("particles");
    private static final Set<String> PREPOSITIONS = Words.EN.set("prepositions");
    /** Words that start a clause after the behaviour; the asker then goes in before them. */
    private static final Set<String> CLAUSE_STARTS = Words.EN.set("clauseStarts");
    private static final Set<String> ADVERBS = Words.EN.set("adverbs");
    /** Words that may stand before the verb itself: "not shut down", "openly share". */
    private static final Set<String> BEFORE_VERB = Words.EN.set("beforeVerb");
    /** Verbs that say nothing without what follows: "I want him to do…" needs the rest. */
    private static final Set<String> NEED_MORE = Words.EN.set("needMore");
    /** Words that may stand before a state: "more open", "a bit more vulnerable". */
    private static final Set<String> DEGREES = Words.EN.set("degrees");
    /** After the behaviour, these begin the asker's comment on it: "talk is impossible". */
    private static final Set<String> COMMENT_STARTS = Words.EN.set("commentStarts");

    /** Words or pairs that end the wished-for behaviour and begin something else. */
    private static final Set<String> BREAKS = Words.EN.set("breaks");
    private static final Set<String> BREAK_PAIRS = Words.EN.set("breakPairs");
    /** Words a phrase cannot end on once it has been cut short. */
    private static final Set<String> DANGLING = Set.copyOf(List.of("a", "an", "the", "and", "or", "to", "of",
            "with", "about", "for", "at", "on", "from", "by", "as", "than", "my", "his", "their", "our", "your",
            "its", "that", "which", "what", "how", "who", "why", "when", "where", "is", "was", "are", "were", "be",
            "been", "i", "he", "she", "they", "we", "you", "it", "so", "but", "if", "because", "very", "more",
            "this", "these", "those", "some", "any", "all", "every", "not", "no", "would", "could", "should",
            "will", "can", "do", "does", "did", "have", "has", "had", "i'm", "he's", "she's", "it's", "really"));
    /** Words no phrase ends on, cut short or not: "talk and", "share the". */
    private static final Set<String> NEVER_LAST = Words.EN.set("neverLast");
    /** Words the phrase should not start with: "make him to talk", "so she will talk". */
    private static final Set<String> LEADING = Words.EN.set("leading");
    private static final Set<String> TRAILING = Words.EN.set("trailing");
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
