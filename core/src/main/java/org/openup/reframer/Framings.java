package org.openup.reframer;

import org.openup.reframer.Behaviour.Asker;
import org.openup.reframer.Behaviour.Phrase;
import org.openup.reframer.Behaviour.Reading;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The control-seeking framings the reframer recognises: "how do I get him to…", "why won't
 * she…", "I want my wife to…", each read into the person and the behaviour wished for.
 */
final class Framings {

    /**
     * A person and a behaviour, read from one sentence. {@code ceasing} says the asker wants the
     * behaviour to stop ("get him to stop lying"): then the question asks what it protects.
     */
    record Wish(Person person, String behaviour, boolean ceasing) {
        Wish(Person person, String behaviour) {
            this(person, behaviour, false);
        }
    }

    /** "stop lying", "quit shutting down": a wish that something stop, with the gerund that follows. */
    private static final Pattern CEASE = Pattern.compile("^(?:stop|stops|quit|quits|give up)(?: with)? (?=\\w+ing\\b)");

    /** How far a framing is trusted on its own. */
    private enum Trust {
        /** "get Sam to…": any behaviour, any person. */
        STRONG,
        /** "make Sam…", "why won't Sam…": a first name only with a behaviour about opening up, or capitalised. */
        NAMES_NEED_OPENNESS,
        /** "he never talks", "so that she opens up": only behaviours about opening up. */
        OPENNESS_ONLY
    }

    /**
     * @param hasStateGroup whether the pattern has a group "state"; when it matches, the behaviour
     *                      begins with a state ("why isn't he open")
     */
    private record Framing(Pattern pattern, Reading reading, Trust trust, boolean hasStateGroup) {
        Framing(String regex, Reading reading, Trust trust) {
            this(Pattern.compile(regex), reading, trust, regex.contains("(?<state>"));
        }
    }

    private static final String PERSON = Person.PATTERN;
    /** Where a group "state" matches, the behaviour begins with a state: "why isn't he open". */
    private static final String STATE_NEGATIONS = "(?<state>isn't|aren't|wasn't|weren't)";
    private static final String NEGATIONS = "(?:won't|doesn't|don't|didn't|can't|couldn't|wouldn't|shouldn't"
            + "|hasn't|haven't|hadn't)";
    private static final String SELDOM = "(?:never|not|no longer|rarely|hardly|barely|seldom)";

    private static final List<Framing> FRAMINGS = List.of(
            // I want him to…, all I need is for my wife to…, I'd love for him to…
            new Framing("\\b(?:want|wants|wanted|need|needs|needed|would like|would love|would prefer|expect|"
                    + "expected)(?: is)?(?: for)? " + PERSON + " to (?<behaviour>.+)", Reading.VERB, Trust.STRONG),
            // I wish he would…, I wish she were…
            new Framing("\\bwish(?:ed)? " + PERSON + " (?:would|could|will|did|(?<state>was|were|is)) (?<behaviour>.+)",
                    Reading.VERB, Trust.NAMES_NEED_OPENNESS),
            // how do I get / convince / persuade him to…, in any tense and from any angle
            new Framing("\\b" + forms(Words.EN.list("controlVerbs"))
                    + " " + PERSON + " to (?<behaviour>.+)", Reading.VERB, Trust.STRONG),
            // how can I make her talk / make him happy
            new Framing("\\b(?:make|makes|making|made) " + PERSON + " (?<behaviour>.+)",
                    Reading.VERB_OR_STATE, Trust.NAMES_NEED_OPENNESS),
            // how can I help my partner open up
            new Framing("\\b(?:help|helps|helping|helped) " + PERSON + " (?<behaviour>.+)",
                    Reading.VERB, Trust.OPENNESS_ONLY),
            // why won't she…, why isn't he…
            new Framing("\\bwhy (?:" + NEGATIONS + "|" + STATE_NEGATIONS + ") " + PERSON + " (?<behaviour>.+)",
                    Reading.VERB, Trust.NAMES_NEED_OPENNESS),
            // why does he never…, why is she never…
            new Framing("\\bwhy (?:do|does|did|will|would|can|could|has|have|had|(?<state>is|are|was|were)) "
                    + PERSON + " " + SELDOM + " (?<behaviour>.+)", Reading.VERB, Trust.NAMES_NEED_OPENNESS),
            // why he won't…, why she never…
            new Framing("\\bwhy " + PERSON + " (?:" + NEGATIONS + "|" + STATE_NEGATIONS + "|" + SELDOM
                    + "|refuses to|refuse to) (?<behaviour>.+)", Reading.VERB, Trust.NAMES_NEED_OPENNESS),
            // how can he open up, how do they learn to share
            new Framing("\\bhow (?:can|could|do|does|will|would|might|should|did) " + PERSON
                    + " (?:learn to |start to |begin to |start |begin )?(?<behaviour>.+)",
                    Reading.VERB, Trust.OPENNESS_ONLY),
            // he never talks to me, my wife won't open up, he needs to share more
            new Framing("\\b" + PERSON + " (?:" + NEGATIONS + "|" + STATE_NEGATIONS + "|" + SELDOM
                    + "|refuses to|refuse to|struggles to|struggle to|finds it hard to|find it hard to"
                    + "|has trouble|have trouble|has a hard time|have a hard time|needs to|need to|should|has to"
                    + "|have to|must|ought to) (?<behaviour>.+)", Reading.VERB, Trust.OPENNESS_ONLY),
            // what can I do so that he opens up, make sure she talks, I hope he opens up
            new Framing("\\b(?:so|so that|make sure|ensure|until|till|hope|hoping) " + PERSON + " (?<behaviour>.+)",
                    Reading.VERB, Trust.OPENNESS_ONLY));

    /** "how do you get a man to…" asks in general terms; its "you" is the asker. */
    private static final Pattern SPEAKS_AS_YOU = Pattern.compile("\\bhow (?:do|can|could|would|should|did|does) "
            + "(?:you|one)\\b|\\bhow to\\b");
    private static final Pattern ASKER_I = Pattern.compile("\\b(?:i|i'm|i've|me|my)\\b");
    private static final Pattern ASKER_WE = Pattern.compile("\\bwe\\b");

    private Framings() {
    }

    /** The earliest control-seeking framing in a sentence that reads into a sensible wish. */
    static Optional<Wish> read(Utterance sentence) {
        String text = sentence.text();
        Asker asker = askerOf(text);
        Wish best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Framing framing : FRAMINGS) {
            Matcher match = framing.pattern().matcher(text);
            int from = 0;
            while (from < text.length() && match.find(from) && match.start() < bestStart) {
                Optional<Wish> wish = wishFrom(match, framing, asker, sentence.properNouns());
                if (wish.isPresent()) {
                    best = wish.get();
                    bestStart = match.start();
                    break;
                }
                from = match.start() + 1;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Wish> wishFrom(Matcher match, Framing framing, Asker asker, Set<String> properNouns) {
        Person person = Person.of(match.group("person"));
        if (person.named() && !Person.couldBeName(person.nameWord())) {
            // "why won't feelings…", "make keeps…": a word that only stood where a name could
            return Optional.empty();
        }
        Reading reading = framing.hasStateGroup() && match.group("state") != null ? Reading.STATE : framing.reading();
        Set<String> capitalise = new HashSet<>(properNouns);
        capitalise.removeIf(w -> !Person.couldBeName(w) || Gerunds.isKnown(w));
        if (person.named()) {
            capitalise.add(person.nameWord());
        }
        Optional<Phrase> phrase = Behaviour.read(match.group("behaviour"), reading, asker, capitalise);
        if (phrase.isEmpty()) {
            return Optional.empty();
        }
        boolean open = phrase.get().aboutOpenness();
        boolean trusted = switch (framing.trust()) {
            case STRONG -> true;
            case NAMES_NEED_OPENNESS -> !person.named() || open || properNouns.contains(person.nameWord());
            case OPENNESS_ONLY -> open;
        };
        if (!trusted) {
            return Optional.empty();
        }
        Matcher cease = CEASE.matcher(match.group("behaviour"));
        if (reading != Reading.STATE && cease.find()) {
            // "stop shutting down" is asked about as "shutting down": what keeps someone from stopping is a double negative
            Optional<Phrase> ceased = Behaviour.read(match.group("behaviour").substring(cease.end()), Reading.VERB, asker, capitalise);
            if (ceased.isPresent()) {
                return Optional.of(new Wish(person, ceased.get().text(), true));
            }
        }
        return Optional.of(new Wish(person, phrase.get().text()));
    }

    private static Asker askerOf(String text) {
        boolean we = ASKER_WE.matcher(text).find() && !ASKER_I.matcher(text).find();
        return new Asker(we ? "us" : "me", SPEAKS_AS_YOU.matcher(text).find());
    }

    /** A regex alternative of the given verb forms. */
    private static String forms(List<String> forms) {
        return forms.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }
}
