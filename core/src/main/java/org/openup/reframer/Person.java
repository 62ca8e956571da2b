package org.openup.reframer;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;


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
    private static final Map<String, String> PARTNERS = Words.EN.map("partners");

    /** Someone in general rather than the asker's partner; a proposal then says "my partner". */
    private static final String ANYONE_NOUNS = "person|people|partners|men|women|guys|girls";

    private static final Map<String, String> OBJECT_FORMS = Words.EN.map("objectForms");

    /**
     * Words that stand where a name could stand but are not names: "get it to work", "make sure
     * he…", "why won't anyone…". Relatives and friends are here too: this app is about a partner.
     */
    private static final Set<String> NOT_NAMES = Words.EN.set("notNames");

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
