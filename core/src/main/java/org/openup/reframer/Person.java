package org.openup.reframer;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.util.Map.entry;

/**
 * The person the asker wants to open up, as a proposal names them: "him", "my wife", "Sam".
 *
 * @param phrase how the proposal names them
 * @param named  whether a first name was read, which is the least certain reading
 */
record Person(String phrase, boolean named) {

    /** Whom a proposal is about when the asker named nobody we recognise. */
    static final Person UNCLEAR = new Person("my partner", false);

    /** What people call a partner, and how a proposal calls them. */
    private static final Map<String, String> PARTNERS = Map.ofEntries(
            entry("partner", "partner"), entry("wife", "wife"), entry("husband", "husband"),
            entry("boyfriend", "boyfriend"), entry("girlfriend", "girlfriend"), entry("spouse", "spouse"),
            entry("fiance", "fiancé"), entry("fiancé", "fiancé"), entry("fiancee", "fiancée"),
            entry("fiancée", "fiancée"), entry("bf", "boyfriend"), entry("gf", "girlfriend"),
            entry("hubby", "husband"), entry("wifey", "wife"), entry("man", "man"), entry("woman", "woman"),
            entry("guy", "guy"), entry("girl", "girl"), entry("lady", "lady"), entry("ex", "ex"),
            entry("significant other", "significant other"), entry("other half", "other half"));

    /** Someone in general rather than the asker's partner; a proposal then says "my partner". */
    private static final String ANYONE_NOUNS = "person|people|partners|men|women|guys|girls";

    private static final Map<String, String> OBJECT_FORMS = Map.of(
            "he", "him", "him", "him", "she", "her", "her", "her", "they", "them", "them", "them");

    /**
     * Words that stand where a name could stand but are not names: "get it to work", "make sure
     * he…", "why won't anyone…". Relatives and friends are here too: this app is about a partner.
     */
    private static final Set<String> NOT_NAMES = Set.copyOf(List.of(
            "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "he", "him", "his", "himself",
            "she", "her", "hers", "herself", "it", "its", "itself", "we", "us", "our", "ours", "ourselves", "they",
            "them", "their", "theirs", "themselves", "a", "an", "the", "this", "that", "these", "those", "some",
            "any", "no", "every", "each", "all", "both", "either", "neither", "another", "other", "such", "what",
            "which", "whose", "who", "whom", "to", "in", "on", "at", "by", "for", "with", "about", "from", "of",
            "off", "out", "up", "down", "over", "under", "into", "onto", "through", "around", "away", "back",
            "along", "across", "after", "before", "behind", "between", "without", "within", "together", "more",
            "less", "so", "too", "very", "much", "many", "not", "never", "always", "often", "sometimes", "now",
            "then", "here", "there", "again", "still", "also", "better", "worse", "sure", "time", "times", "things",
            "thing", "something", "anything", "everything", "nothing", "someone", "somebody", "anyone", "anybody",
            "everyone", "everybody", "nobody", "people", "stuff", "how", "why", "when", "where", "while", "if",
            "and", "or", "but", "because", "since", "ready", "done", "rid", "used", "home", "work", "school",
            "sense", "progress", "love", "friends", "friend", "money", "dinner", "sex", "do", "be", "have", "get",
            "go", "will", "would", "can", "could", "should", "might", "must", "shall", "may", "don't", "doesn't",
            "won't", "can't", "isn't", "yes", "ok", "okay", "lol", "like", "feel", "up", "going", "able", "trying",
            "mom", "mum", "dad", "mother", "father", "son", "daughter", "brother", "sister", "kids", "kid",
            "children", "child", "parents", "family", "boss", "therapist", "cat", "dog", "baby", "own", "one",
            "men", "women", "guys", "girls", "person", "partners", "life", "day", "way", "talk", "open", "tell",
            "share", "stop", "start", "let", "make", "keep", "try", "please", "help", "therapy", "counseling",
            "counselling", "bed", "sleep", "well", "just", "really", "even", "ever", "only", "first", "last",
            "next", "same", "different", "new", "old", "good", "bad", "right", "wrong", "hard", "easy", "enough",
            "wish", "want", "need", "hope", "think", "know", "say", "said", "tried", "is", "are", "was", "were",
            "am", "been", "being", "has", "had", "did", "does", "done", "feelings", "emotions", "thoughts",
            "problems", "issues", "way", "hard"));

    private static final String PRONOUN = "him|her|them|he|she|they";
    private static final String NOUN = alternatives(PARTNERS.keySet());
    private static final String RECOGNISED = "(?:" + PRONOUN
            // "my wife sarah to…": the name after the noun adds nothing the proposal needs
            + "|(?:my|your) (?:[a-z]+ )?(?:" + NOUN + ")"
            + "(?: " + notA(Gerunds.KNOWN) + notA(NOT_NAMES) + "[a-z]{2,20}(?= to\\b))?"
            + "|(?:a|an|the|any|one's|our) (?:[a-z]+ )?(?:" + NOUN + "|" + ANYONE_NOUNS + ")"
            + "|someone|somebody|people|men|women|guys)\\b";
    private static final String NAME = notA(NOT_NAMES) + "(?![a-z]{3,}ing\\b)[a-z]{2,20}(?:-[a-z]{2,20})?(?!['\\w-])";

    /** Any way of naming the person, first names included, as a regex without groups. */
    static final String ANY = "(?:" + RECOGNISED + "|" + NAME + ")";
    /** A regex group "person" for any way of naming the person, first names included. */
    static final String PATTERN = "(?<person>" + ANY + ")";
    /** The same without first names, for where any word could pass for one. */
    static final String PATTERN_WITHOUT_NAMES = "(?<person>" + RECOGNISED + ")";

    private static final Pattern MENTION = Pattern.compile("\\b" + PATTERN_WITHOUT_NAMES);

    /** The person as the subject of a sentence: "him" is "he" there, "my wife" stays "my wife". */
    String subject() {
        return switch (phrase) {
            case "him" -> "he";
            case "her" -> "she";
            case "them" -> "they";
            default -> phrase;
        };
    }

    /** The person as a proposal names them, from what a {@link #PATTERN} group matched. */
    static Person of(String matched) {
        String objectForm = OBJECT_FORMS.get(matched);
        if (objectForm != null) {
            return new Person(objectForm, false);
        }
        int space = matched.indexOf(' ');
        if (space < 0) {
            return PARTNERS.containsKey(matched) || matched.matches(ANYONE_NOUNS + "|someone|somebody")
                    ? UNCLEAR : new Person(capitalised(matched), true);
        }
        String owner = matched.substring(0, space);
        // "your partner", said while asking about partners in general, is the asker's own partner
        boolean own = owner.equals("my") || owner.equals("your");
        return partnerNounIn(matched.substring(space + 1).split(" "))
                .filter(noun -> own)
                .map(noun -> new Person("my " + PARTNERS.get(noun), false))
                .orElse(UNCLEAR);
    }

    /**
     * The partner noun among the words after "my": "my avoidant husband" is "my husband" (the word
     * before says more about the asker's mood than the person), and so is "my husband Tom".
     */
    private static Optional<String> partnerNounIn(String[] words) {
        for (int length = Math.min(2, words.length); length > 0; length--) {
            for (int start = 0; start + length <= words.length; start++) {
                String noun = String.join(" ", Arrays.asList(words).subList(start, start + length));
                if (PARTNERS.containsKey(noun)) {
                    return Optional.of(noun);
                }
            }
        }
        return Optional.empty();
    }

    /** The first person mentioned anywhere in a text, first names aside. */
    static Optional<Person> mentionedIn(String text) {
        Matcher mention = MENTION.matcher(text);
        return mention.find() ? Optional.of(of(mention.group("person"))) : Optional.empty();
    }

    static boolean couldBeName(String word) {
        return !NOT_NAMES.contains(word) && !Gerunds.isVerbForm(word);
    }

    /** The lowercase name as written in a proposal, for capitalising it wherever it appears. */
    String nameWord() {
        return named ? phrase.toLowerCase(Locale.ROOT) : "";
    }

    private static String capitalised(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-';
        }
        return out.toString();
    }

    /** A lookahead refusing any of the given words. */
    private static String notA(Set<String> words) {
        return "(?!(?:" + alternatives(words) + ")\\b)";
    }

    /** Longest first, so that "boyfriend" is tried before "boy" would be. */
    private static String alternatives(Set<String> words) {
        return words.stream()
                .sorted(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
