package org.openup.reframer;

import org.openup.reframer.Reframing.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns "how do I get them to open up?" into the question Integrative Systemic Therapy asks
 * instead: "what is keeping them from it?". Asking about the constraint, not about control, is
 * what lets the asker see what their partner is up against.
 *
 * <p>Pure and stateless: one instance can serve every thread.
 */
public final class Reframer {

    /**
     * Past this many characters the rest is read no further: the question sits within a story's
     * first pages, and the patterns should not spend more than that on any input.
     */
    private static final int MOST_READ = 20_000;

    /** Markup, entities, addresses and control characters are not words the member said to us. */
    private static final Pattern JUNK = Pattern.compile("<[^>]*>|&(?:[a-zA-Z]{2,8}|#\\d{1,7}|#x[0-9a-fA-F]{1,6});|\\bhttps?://\\S+|[\\p{Cc}&&[^\\n]]");
    /** Withdrawing in the moment: read as the opposite of opening up, wherever it is said. */
    private static final Pattern CLOSES_UP = Pattern.compile("\\b(?:(?:clam|clams|clammed|clamming) up|(?:shut|shuts|shutting) "
            + "(?:down|me out|off)|stonewall(?:s|ed|ing)?|withdraw(?:s|n|ing)?|withdrew|(?:go|goes|went|going) (?:quiet|silent)"
            + "|(?:pull|pulls|pulled|pulling) away|(?:close|closes|closed|closing) (?:off|up)|(?:freeze|freezes|froze|freezing) up"
            + "|(?:change|changes|changed|changing) the subject|(?:gives|give|gave|giving) me the silent treatment"
            + "|(?:ignore|ignores|ignored|ignoring) me|(?:walk|walks|walked|walking) (?:away|off|out)"
            + "|(?:leave|leaves|left|leaving) the room|(?:brush|brushes|brushed|brushing) (?:me|it) off)\\b");
    /** What the member wants to talk about: "bring up money", "talk about his job". */
    private static final Pattern TOPIC = Pattern.compile("\\b(?:bring up|brings up|brought up|bringing up|talk about|talking about"
            + "|talked about|mention|mentions|mentioned|ask about|asking about|asked about|raise|raises|raised|discuss|discussing"
            + "|about) (?<topic>(?:(?:his|her|their|my|our|the|your) )?[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}?)"
            + "(?= ,| because| but| and\\b| or\\b| when\\b| so\\b| with\\b| at\\b| in\\b| to\\b| he\\b| she\\b| they\\b|$)");
    /** Read on the first reframing, not when a Reframer is made (every process that builds Reflections makes one). */
    private static final class NoTopic {
        static final java.util.Set<String> WORDS = Words.EN.set("noTopic");
    }
    /** When it happens: "when we fight", "every time I ask". */
    private static final Pattern WHEN = Pattern.compile("\\b(?<when>(?:(?:when|whenever|every time|each time) (?:we|i|he|she|they)"
            + "|after|during|before|at) [a-z' ]+?)(?= ,| because| but| and\\b| so\\b|$)");

    public Reframing reframe(String question) {
        String original = question == null ? "" : question;
        String read = original.length() > MOST_READ ? original.substring(0, MOST_READ) : original;
        read = JUNK.matcher(read.replace("&amp;", " and ").replace("&#39;", "'").replace("&quot;", "\"")).replaceAll(" ");
        if (Languages.notEnglish(read)) {
            return new Reframing(Kind.OTHER_LANGUAGE, original, generalQuestion(Person.UNCLEAR));
        }
        List<Utterance> sentences = Utterance.split(read);
        for (Utterance sentence : questionsFirst(sentences)) {
            Optional<String> kept = ConstraintQuestion.tidied(sentence);
            if (kept.isPresent()) {
                return new Reframing(Kind.ALREADY_CONSTRAINT, original, kept.get());
            }
            Optional<Framings.Wish> wish = Framings.read(sentence);
            if (wish.isPresent()) {
                Framings.Wish w = wish.get();
                return new Reframing(Kind.REFRAMED, original, w.ceasing()
                        ? "What might " + w.person().subject() + " be protecting by " + w.behaviour() + "?"
                        : "What is keeping " + w.person().phrase() + " from " + w.behaviour() + "?");
            }
        }
        for (Utterance sentence : questionsFirst(sentences)) {
            if (CLOSES_UP.matcher(sentence.text()).find()) {
                Person person = Person.mentionedIn(sentence.text()).orElse(Person.UNCLEAR);
                Optional<String> topic = topic(sentence.text());
                if (topic.isPresent()) {
                    return new Reframing(Kind.REFRAMED, original, "What makes talking about " + topic.get() + " hard for "
                            + person.phrase() + " right now?");
                }
                return new Reframing(Kind.REFRAMED, original, "What is keeping " + person.phrase() + " from opening up to me"
                        + when(sentence.text()).map(w -> " " + w).orElse("") + "?");
            }
        }
        Person person = sentences.stream()
                .map(sentence -> Person.mentionedIn(sentence.text()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Person.UNCLEAR);
        Optional<String> topic = sentences.stream().map(sentence -> topic(sentence.text())).flatMap(Optional::stream).findFirst();
        return new Reframing(Kind.GENERIC, original, topic
                .map(t -> "What might make talking about " + t + " hard for " + person.phrase() + " right now?")
                .orElseGet(() -> generalQuestion(person)));
    }

    /** The subject the member raised, as they said it, from the asker's side ("your job" is the asker's). */
    private static Optional<String> topic(String text) {
        Matcher m = TOPIC.matcher(text);
        while (m.find()) {
            String topic = m.group("topic").replaceFirst("^your ", "my ");
            if (!NoTopic.WORDS.contains(topic) && !topic.endsWith(" feelings")) {
                return Optional.of(topic);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> when(String text) {
        Matcher m = WHEN.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String when = m.group("when").strip();
        String[] words = when.split(" ");
        // a short "when" keeps the moment; a long one is the start of a story
        return words.length <= 7 ? Optional.of(when.replaceAll("\\bi\\b", "I")) : Optional.empty();
    }

    /** The constraint question for when nothing more specific was asked. */
    static String generalQuestion(Person person) {
        return "What might be keeping " + person.phrase() + " from opening up to me?";
    }

    /** What the asker asked comes before what they told: sentences ending in "?" are read first. */
    private static List<Utterance> questionsFirst(List<Utterance> sentences) {
        List<Utterance> ordered = new ArrayList<>(sentences.size());
        sentences.stream().filter(Utterance::asked).forEach(ordered::add);
        sentences.stream().filter(sentence -> !sentence.asked()).forEach(ordered::add);
        return ordered;
    }
}
