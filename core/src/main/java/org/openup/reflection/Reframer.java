package org.openup.reflection;

import org.openup.reflection.Reframing.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    public Reframing reframe(String question) {
        String original = question == null ? "" : question;
        String read = original.length() > MOST_READ ? original.substring(0, MOST_READ) : original;
        List<Utterance> sentences = Utterance.split(read);
        for (Utterance sentence : questionsFirst(sentences)) {
            Optional<String> kept = ConstraintQuestion.tidied(sentence);
            if (kept.isPresent()) {
                return new Reframing(Kind.ALREADY_CONSTRAINT, original, kept.get());
            }
            Optional<Framings.Wish> wish = Framings.read(sentence);
            if (wish.isPresent()) {
                return new Reframing(Kind.REFRAMED, original, "What is keeping " + wish.get().person().phrase()
                        + " from " + wish.get().behaviour() + "?");
            }
        }
        Person person = sentences.stream()
                .map(sentence -> Person.mentionedIn(sentence.text()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Person.UNCLEAR);
        return new Reframing(Kind.GENERIC, original, generalQuestion(person));
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
