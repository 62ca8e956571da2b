package org.openup.reframer;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openup.reframer.Reframing.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openup.reframer.Reframing.Kind.ALREADY_CONSTRAINT;
import static org.openup.reframer.Reframing.Kind.GENERIC;
import static org.openup.reframer.Reframing.Kind.REFRAMED;

class ReframerTest {

    private static final Reframer REFRAMER = new Reframer();

    private static final String ABOUT_ANYONE = "What might be keeping my partner from opening up to me?";

    /** About 2,000 characters of everyday story, the way people sometimes lead up to their question. */
    private static final String STORY = ("We have been together for six years and most days are good: we cook, we "
            + "laugh, we walk the dog on Sundays and visit his sister once a month. ").repeat(13);
    /** The same length again, in one breath, without a single full stop. */
    private static final String RUN_ON = "i dont know what to do anymore i just want him to talk to me about what "
            + "is going on with his job and his mother and the money and "
            + "then he goes quiet and i go quiet and nobody says anything for days and ".repeat(24);
    private static final String LONG_CONSTRAINT = "What keeps him from opening up to me about "
            + "his job and his family and his friends and ".repeat(40) + "everything?";

    private record Row(String input, Kind kind, String proposal) {
    }

    private static Row row(String input, Kind kind, String proposal) {
        return new Row(input, kind, proposal);
    }

    private static final List<Row> ROWS = List.of(
            // the examples the method starts from
            row("How do I get him to open up?", REFRAMED, "What is keeping him from opening up to me?"),
            row("why won't she talk to me", REFRAMED, "What is keeping her from talking to me?"),
            row("How can I make my wife share her feelings?", REFRAMED,
                    "What is keeping my wife from sharing her feelings with me?"),
            row("how do i convince sam to be more vulnerable with me", REFRAMED,
                    "What is keeping Sam from being more vulnerable with me?"),
            row("Why doesn't my boyfriend ever tell me what he's thinking?", REFRAMED,
                    "What is keeping my boyfriend from telling me what he's thinking?"),

            // pronouns, and who "my X" is
            row("How do I get them to trust me", REFRAMED, "What is keeping them from trusting me?"),
            row("Why won't he let me in?", REFRAMED, "What is keeping him from letting me in?"),
            row("Why won't they ever share anything with me", REFRAMED,
                    "What is keeping them from sharing anything with me?"),
            row("I need my wife to listen", REFRAMED, "What is keeping my wife from listening to me?"),
            row("i just want my girlfriend to finally tell me things", REFRAMED,
                    "What is keeping my girlfriend from telling me things?"),
            row("How do I force my partner to express his feelings", REFRAMED,
                    "What is keeping my partner from expressing his feelings to me?"),
            row("how do I persuade my spouse to talk to me about money", REFRAMED,
                    "What is keeping my spouse from talking to me about money?"),
            row("How can I encourage my fiance to be vulnerable?", REFRAMED,
                    "What is keeping my fiancé from being vulnerable with me?"),
            row("how can I get my gf to communicate better", REFRAMED,
                    "What is keeping my girlfriend from communicating better with me?"),
            row("How do I get my bf to stop lying to me?", REFRAMED,
                    "What might my boyfriend be protecting by lying to me?"),
            row("How can I get my significant other to open up?", REFRAMED,
                    "What is keeping my significant other from opening up to me?"),
            row("How can I get my man to be more emotionally available?", REFRAMED,
                    "What is keeping my man from being more emotionally available to me?"),
            row("How do I get my husband Tom to open up?", REFRAMED,
                    "What is keeping my husband from opening up to me?"),
            row("how do I make my husband listen to me", REFRAMED, "What is keeping my husband from listening to me?"),
            row("Why won't my ex talk to me?", REFRAMED, "What is keeping my ex from talking to me?"),

            // first names, capitalised however they were typed
            row("How can I get jo to open up", REFRAMED, "What is keeping Jo from opening up to me?"),
            row("Why doesn't Jo ever talk to me?", REFRAMED, "What is keeping Jo from talking to me?"),
            row("why won't sam talk to me", REFRAMED, "What is keeping Sam from talking to me?"),
            row("How can I get Mary-Jane to trust me", REFRAMED, "What is keeping Mary-Jane from trusting me?"),
            row("how do I get Sam to go to therapy with me", REFRAMED,
                    "What is keeping Sam from going to therapy with me?"),
            row("Why won't Jo open up about her dad?", REFRAMED,
                    "What is keeping Jo from opening up to me about her dad?"),
            row("how do I get my boyfriend to talk to me about Paris", REFRAMED,
                    "What is keeping my boyfriend from talking to me about Paris?"),

            // people in general: the asker's own partner is meant
            row("How do you get a man to open up to you?", REFRAMED, "What is keeping my partner from opening up to me?"),
            row("how do u get ur partner to open up", REFRAMED, "What is keeping my partner from opening up to me?"),
            row("how to make a guy open up", REFRAMED, "What is keeping my partner from opening up to me?"),
            row("How do we get him to talk to us?", REFRAMED, "What is keeping him from talking to us?"),

            // tenses and other ways of asking
            row("How did I get him to talk to me last time?", REFRAMED, "What is keeping him from talking to me?"),
            row("How could I make my husband communicate?", REFRAMED,
                    "What is keeping my husband from communicating with me?"),
            row("How would I get my wife to share her worries?", REFRAMED,
                    "What is keeping my wife from sharing her worries with me?"),
            row("How should I get him to confide in me?", REFRAMED, "What is keeping him from confiding in me?"),
            row("Why wouldn't he tell me?", REFRAMED, "What is keeping him from telling me?"),
            row("Why didn't she tell me about the loan?", REFRAMED, "What is keeping her from telling me about the loan?"),
            row("why hasn't he told me about his job", REFRAMED, "What is keeping him from telling me about his job?"),
            row("What can I do to get him to talk to me?", REFRAMED, "What is keeping him from talking to me?"),
            row("Is there a way to make her open up?", REFRAMED, "What is keeping her from opening up to me?"),
            row("Any tips for getting my husband to open up?", REFRAMED,
                    "What is keeping my husband from opening up to me?"),
            row("how do I help my husband open up", REFRAMED, "What is keeping my husband from opening up to me?"),
            row("How can I help her feel safe to open up?", REFRAMED,
                    "What is keeping her from feeling safe to open up?"),
            row("how to get him to open up", REFRAMED, "What is keeping him from opening up to me?"),
            row("I want him to open up to me", REFRAMED, "What is keeping him from opening up to me?"),
            row("I would love for my husband to open up", REFRAMED, "What is keeping my husband from opening up to me?"),
            row("All I want is for him to talk to me.", REFRAMED, "What is keeping him from talking to me?"),
            row("I wish he would open up to me", REFRAMED, "What is keeping him from opening up to me?"),
            row("i wish she were more open", REFRAMED, "What is keeping her from being more open with me?"),
            row("I hope he opens up someday", REFRAMED, "What is keeping him from opening up to me?"),
            row("What can I do so that he opens up?", REFRAMED, "What is keeping him from opening up to me?"),
            row("How can my partner learn to open up?", REFRAMED, "What is keeping my partner from opening up to me?"),

            // negatives
            row("Why does he never talk about his feelings?", REFRAMED,
                    "What is keeping him from talking to me about his feelings?"),
            row("Why can't she just be honest with me?!!", REFRAMED, "What is keeping her from being honest with me?"),
            row("Why isn't he more open with me?", REFRAMED, "What is keeping him from being more open with me?"),
            row("Why isn't she talking to me?", REFRAMED, "What is keeping her from talking to me?"),
            row("why is she never honest with me", REFRAMED, "What is keeping her from being honest with me?"),
            row("why wasn't he honest with me", REFRAMED, "What is keeping him from being honest with me?"),
            row("how come she never tells me anything", REFRAMED, "What is keeping her from telling me anything?"),
            row("why is it that he never shares his feelings", REFRAMED,
                    "What is keeping him from sharing his feelings with me?"),
            row("He never talks to me.", REFRAMED, "What is keeping him from talking to me?"),
            row("my wife won't open up", REFRAMED, "What is keeping my wife from opening up to me?"),
            row("My boyfriend refuses to talk about his feelings.", REFRAMED,
                    "What is keeping my boyfriend from talking to me about his feelings?"),
            row("my partner struggles to open up", REFRAMED, "What is keeping my partner from opening up to me?"),
            row("he never shares anything", REFRAMED, "What is keeping him from sharing anything with me?"),

            // gerunds, and the words after them
            row("How do I make him run with me?", REFRAMED, "What is keeping him from running with me?"),
            row("I want him to lie less", REFRAMED, "What is keeping him from lying less?"),
            row("Why won't she stop lying?", REFRAMED, "What might she be protecting by lying?"),
            row("how do I get her to apologize", REFRAMED, "What is keeping her from apologizing to me?"),
            row("how do i get my boyfriend to explain himself", REFRAMED,
                    "What is keeping my boyfriend from explaining himself to me?"),
            row("How do I make him understand me?", REFRAMED, "What is keeping him from understanding me?"),
            row("How do I get him to go see a counselor?", REFRAMED,
                    "What is keeping him from going to see a counselor?"),
            row("Why won't she answer me?", REFRAMED, "What is keeping her from answering me?"),
            row("How do I get him to trust me again?", REFRAMED, "What is keeping him from trusting me again?"),
            row("how do i get him to be more affectionate", REFRAMED,
                    "What is keeping him from being more affectionate with me?"),
            row("How can I get her to be less guarded", REFRAMED, "What is keeping her from being less guarded?"),
            row("How do I get him to communicate his needs", REFRAMED,
                    "What is keeping him from communicating his needs to me?"),
            row("how do I get him to cuddle", REFRAMED, "What is keeping him from cuddling with me?"),
            row("how do i get him to reach out", REFRAMED, "What is keeping him from reaching out to me?"),
            row("How do I get them to talk more about their day", REFRAMED,
                    "What is keeping them from talking to me more about their day?"),
            row("How do I get her to open up more?", REFRAMED, "What is keeping her from opening up to me?"),
            row("how do I get my partner to be honest about her feelings", REFRAMED,
                    "What is keeping my partner from being honest with me about her feelings?"),
            row("how do I get her to let me in emotionally", REFRAMED,
                    "What is keeping her from letting me in emotionally?"),
            row("I want my wife to feel safe with me", REFRAMED, "What is keeping my wife from feeling safe with me?"),
            row("how do I get him to be less closed off", REFRAMED, "What is keeping him from being less closed off?"),
            row("i want my husband to be there for me", REFRAMED, "What is keeping my husband from being there for me?"),
            row("Why won't Alex stop hiding things from me?", REFRAMED,
                    "What might Alex be protecting by hiding things from me?"),

            // the asker's own "I" stays theirs
            row("how do i get him to tell me what i did wrong", REFRAMED,
                    "What is keeping him from telling me what I did wrong?"),
            row("i want him to know i love him", REFRAMED, "What is keeping him from knowing I love him?"),

            // slips of the keyboard
            row("hw do i get him to opne up", REFRAMED, "What is keeping him from opening up to me?"),
            row("how do i convice her to tlak to me", REFRAMED, "What is keeping her from talking to me?"),
            row("why wont he opne up to me", REFRAMED, "What is keeping him from opening up to me?"),
            row("why wont my gf tel me anything", REFRAMED, "What is keeping my girlfriend from telling me anything?"),
            row("hpw do i mkae him tlak", REFRAMED, "What is keeping him from talking to me?"),
            row("How do I get my parnter to comunicate?", REFRAMED,
                    "What is keeping my partner from communicating with me?"),

            // capitals, spaces, punctuation and filler
            row("HOW DO I GET HIM TO OPEN UP", REFRAMED, "What is keeping him from opening up to me?"),
            row("How Do I Get My Wife To Open Up?", REFRAMED, "What is keeping my wife from opening up to me?"),
            row("   how do I get him to open up   ", REFRAMED, "What is keeping him from opening up to me?"),
            row("How do I get her to be more vulnerable with me????", REFRAMED,
                    "What is keeping her from being more vulnerable with me?"),
            row("how do I get him to... open up?", REFRAMED, "What is keeping him from opening up to me?"),
            row("How do I get my husband to open up... he just sits there", REFRAMED,
                    "What is keeping my husband from opening up to me?"),
            row("How do I get my partner to actually communicate with me please", REFRAMED,
                    "What is keeping my partner from communicating with me?"),
            row("why won't he open up to me, I've tried everything", REFRAMED,
                    "What is keeping him from opening up to me?"),
            row("How do I get him to share his feelings, he bottles everything up", REFRAMED,
                    "What is keeping him from sharing his feelings with me?"),

            // more than one sentence: the question asked is the one read
            row("Why won't my husband open up to me? He used to tell me everything.", REFRAMED,
                    "What is keeping my husband from opening up to me?"),
            row("He used to tell me everything. Now he says nothing. Why won't he talk to me?", REFRAMED,
                    "What is keeping him from talking to me?"),
            row("How do I get him to tell me how he feels about the baby and his job and his mother and "
                    + "everything else that is going on lately", REFRAMED,
                    "What is keeping him from telling me how he feels about the baby?"),

            // already a constraint question
            row("What keeps him from opening up?", ALREADY_CONSTRAINT, "What keeps him from opening up?"),
            row("what's stopping my wife from talking to me", ALREADY_CONSTRAINT,
                    "What's stopping my wife from talking to me?"),
            row("What makes it hard for Sam to share?", ALREADY_CONSTRAINT, "What makes it hard for Sam to share?"),
            row("What gets in the way of her being open with me?", ALREADY_CONSTRAINT,
                    "What gets in the way of her being open with me?"),
            row("what might be keeping him from opening up to me", ALREADY_CONSTRAINT,
                    "What might be keeping him from opening up to me?"),
            row("What is holding my boyfriend back???", ALREADY_CONSTRAINT, "What is holding my boyfriend back?"),
            row("what do you think is stopping her from trusting me", ALREADY_CONSTRAINT,
                    "What do you think is stopping her from trusting me?"),
            row("i wonder what keeps him from telling me things", ALREADY_CONSTRAINT,
                    "What keeps him from telling me things?"),
            row("waht keeps him from opening up", ALREADY_CONSTRAINT, "What keeps him from opening up?"),
            row("what stops jo from talking to me", ALREADY_CONSTRAINT, "What stops Jo from talking to me?"),
            row("What is keeping my husband from opening up to me...", ALREADY_CONSTRAINT,
                    "What is keeping my husband from opening up to me?"),
            row("What makes him so afraid to open up?", ALREADY_CONSTRAINT, "What makes him so afraid to open up?"),
            row("what is getting in the way of him being honest  ", ALREADY_CONSTRAINT,
                    "What is getting in the way of him being honest?"),
            row("Why is it so hard for him to open up?", ALREADY_CONSTRAINT,
                    "What makes it so hard for him to open up?"),

            // nothing to reframe
            row("we fight a lot", GENERIC, ABOUT_ANYONE),
            row("", GENERIC, ABOUT_ANYONE),
            row("   ", GENERIC, ABOUT_ANYONE),
            row(null, GENERIC, ABOUT_ANYONE),
            row("asdf", GENERIC, ABOUT_ANYONE),
            row("?!?", GENERIC, ABOUT_ANYONE),
            row("What's the best pizza in town?", GENERIC, ABOUT_ANYONE),
            row("How do I fix my car?", GENERIC, ABOUT_ANYONE),
            row("Why won't my code compile?", GENERIC, ABOUT_ANYONE),
            row("how do I get this to work", GENERIC, ABOUT_ANYONE),
            row("He shuts down whenever I bring up the kids.", REFRAMED, "What makes talking about the kids hard for him right now?"),
            row("she is so distant lately", GENERIC, "What might be keeping her from opening up to me?"),
            row("my wife and I keep arguing about money", GENERIC, "What might make talking about money hard for my wife right now?"),
            row("how do I get him to", GENERIC, "What might be keeping him from opening up to me?"),
            row("why won't he???", GENERIC, "What might be keeping him from opening up to me?"),
            row("How do I get through to him?", GENERIC, "What might be keeping him from opening up to me?"),
            row("What can I do to stop him from shutting down?", REFRAMED, "What is keeping him from opening up to me?"),
            row("Why won't Windows update?", GENERIC, ABOUT_ANYONE),
            row("why won't feelings talk", GENERIC, ABOUT_ANYONE),

            // very long input
            row(STORY + "So my question is: how do I get my husband to finally open up to me about his father?",
                    REFRAMED, "What is keeping my husband from opening up to me about his father?"),
            row("Why won't my girlfriend talk to me? " + STORY, REFRAMED,
                    "What is keeping my girlfriend from talking to me?"),
            // keep the person and the topic; no double negatives; markup and other languages
            row("how do i get my fiance to stop shutting down when i ask how his day was", REFRAMED,
                    "What might my fiancé be protecting by shutting down when I ask how his day was?"),
            row("how do I get her to stop saying I'm fine", REFRAMED, "What might she be protecting by saying I'm fine?"),
            row("How do I get him to quit changing the subject?", REFRAMED, "What might he be protecting by changing the subject?"),
            row("My wife just stonewalls me every time I bring up money", REFRAMED,
                    "What makes talking about money hard for my wife right now?"),
            row("He shuts down whenever I mention his mother", REFRAMED, "What makes talking about his mother hard for him right now?"),
            row("why does my partner clam up when we fight", REFRAMED,
                    "What is keeping my partner from opening up to me when we fight?"),
            row("my husband withdraws after work", REFRAMED, "What is keeping my husband from opening up to me after work?"),
            row("Why does she go quiet at night?", REFRAMED, "What is keeping her from opening up to me at night?"),
            row("he gives me the silent treatment", REFRAMED, "What is keeping him from opening up to me?"),
            row("she shuts me out when she is stressed", REFRAMED,
                    "What is keeping her from opening up to me when she is stressed?"),
            row("why won't he tell me what his plan is", REFRAMED, "What is keeping him from telling me what his plan is?"),
            row("we never talk about the future", GENERIC, "What might make talking about the future hard for my partner right now?"),
            row("How do I get him to open up <img src=x onerror=alert(1)>", REFRAMED, "What is keeping him from opening up to me?"),
            row("<b>why won't she talk to me</b>", REFRAMED, "What is keeping her from talking to me?"),
            row("how do I get him to talk &amp; share https://example.org/advice", REFRAMED, "What is keeping him from talking and sharing?"),
            row("I want her to listen and understand", REFRAMED, "What is keeping her from listening and understanding?"),
            row("¿Cómo hago para que mi esposo se abra conmigo?", Kind.OTHER_LANGUAGE, ABOUT_ANYONE),
            row("Comment faire pour que mon mari me parle ?", Kind.OTHER_LANGUAGE, ABOUT_ANYONE),
            row("Wie bringe ich meinen Mann dazu, mit mir zu reden?", Kind.OTHER_LANGUAGE, ABOUT_ANYONE),
            row("Как мне разговорить мужа?", Kind.OTHER_LANGUAGE, ABOUT_ANYONE),
            row("mi esposo no habla conmigo", Kind.OTHER_LANGUAGE, ABOUT_ANYONE),
            row(RUN_ON, REFRAMED, "What is keeping him from talking to me about what is going on with his job?"),
            row(STORY + "He shuts down and I am tired.", REFRAMED, "What is keeping him from opening up to me?"),
            row(LONG_CONSTRAINT, ALREADY_CONSTRAINT, "What might be keeping him from opening up to me?"));

    static Stream<Arguments> phrasings() {
        return ROWS.stream().map(row -> Arguments.of(labelled(row.input()), row.kind(), row.proposal()));
    }

    /** Long inputs are named by their start and length, so test reports stay readable. */
    private static Named<String> labelled(String input) {
        String label = input == null ? "null"
                : input.length() <= 90 ? '"' + input + '"'
                : '"' + input.substring(0, 60) + "…\" (" + input.length() + " characters)";
        return Named.of(label, input);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("phrasings")
    void reframesEachPhrasing(String input, Kind kind, String proposal) {
        Reframing reframing = REFRAMER.reframe(input);

        assertThat(reframing.proposal()).isEqualTo(proposal);
        assertThat(reframing.kind()).isEqualTo(kind);
        assertThat(reframing.original()).isEqualTo(input == null ? "" : input);
    }

    @Test
    void everyProposalIsOneShortWellFormedQuestion() {
        SoftAssertions softly = new SoftAssertions();
        for (String input : allInputs()) {
            String proposal = REFRAMER.reframe(input).proposal();
            softly.assertThat(proposal).as("for %s", input)
                    .matches("What('s)? \\S.*")
                    .endsWith("?")
                    .doesNotContain("??", "  ", " ?", "\n")
                    .hasSizeLessThan(200)
                    .isEqualTo(proposal.strip());
            softly.assertThat(proposal.chars().filter(c -> c == '?').count()).as("question marks in %s", proposal)
                    .isEqualTo(1);
            softly.assertThat(DOUBLED_WORD.matcher(proposal).find()).as("a word twice in a row in %s", proposal)
                    .isFalse();
            softly.assertThat(I_AS_OBJECT.matcher(proposal).find()).as("\"I\" where \"me\" belongs in %s", proposal)
                    .isFalse();
        }
        softly.assertAll();
    }

    /** "to to", "me me": what a careless template leaves behind. */
    private static final Pattern DOUBLED_WORD = Pattern.compile("(?i)\\b(\\w+) \\1\\b");
    private static final String PERSON = "(?:him|her|them|my [a-z ]+|my fiancé|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)";
    private static final String SUBJECT = "(?:he|she|they|my [a-z ]+|my fiancé|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)";

    /** "…opening up to I", "…trusting I": the asker as object must be "me". */
    private static final Pattern I_AS_OBJECT = Pattern.compile(
            "\\b(?:to|with|from|in|on|for|at|about|keeping|telling|trusting|letting|answering|understanding) I\\b");

    @Test
    void reframedProposalsKeepThePersonAndAskWhatKeepsThemFromIt() {
        SoftAssertions softly = new SoftAssertions();
        for (Row row : ROWS) {
            if (row.kind() == REFRAMED) {
                softly.assertThat(REFRAMER.reframe(row.input()).proposal()).as("for %s", row.input())
                        .matches("What is keeping " + PERSON + " from [a-z]+ing\\b.*\\?"
                                + "|What might " + SUBJECT + " be protecting by [a-z]+ing\\b.*\\?"
                                + "|What makes talking about [a-z' ]+ hard for " + PERSON + " right now\\?");
            }
        }
        softly.assertAll();
    }

    @Test
    void closingPunctuationAndSpacesChangeNothing() {
        SoftAssertions softly = new SoftAssertions();
        for (Row row : ROWS) {
            if (row.input() == null || row.input().isBlank() || row.input().length() > 200) {
                continue;
            }
            String bare = row.input().strip().replaceAll("[?!.]+$", "");
            for (String ending : List.of("", "?", "!!", "...", "?!?   ", " ?", ".")) {
                Reframing reframing = REFRAMER.reframe(bare + ending);
                softly.assertThat(reframing.kind()).as("kind for %s", bare + ending).isEqualTo(row.kind());
                softly.assertThat(reframing.proposal()).as("proposal for %s", bare + ending).isEqualTo(row.proposal());
            }
        }
        softly.assertAll();
    }

    @Test
    void aLongRambleGetsAShortProposalThatDoesNotEchoIt() {
        for (String ramble : List.of(STORY, RUN_ON, LONG_CONSTRAINT, STORY + "how do I get him to open up",
                "how do i get him to open up " + "and talk about it ".repeat(150), "x".repeat(2_000))) {
            assertThat(ramble).hasSizeGreaterThan(1_500);
            String proposal = REFRAMER.reframe(ramble).proposal();
            assertThat(proposal).hasSizeLessThan(100);
            assertThat(ramble).doesNotContain(proposal.substring(0, proposal.length() - 1));
        }
    }

    @Test
    void nullAndBlankAreGenericAndKeepWhatWasGiven() {
        assertThat(REFRAMER.reframe(null)).isEqualTo(new Reframing(GENERIC, "", ABOUT_ANYONE));
        assertThat(REFRAMER.reframe(" \t\n ")).isEqualTo(new Reframing(GENERIC, " \t\n ", ABOUT_ANYONE));
    }

    /**
     * Each way of asking, with each person and each behaviour: the proposal names the person the
     * way a question about them would, and the behaviour as a gerund with the asker in it.
     */
    @Test
    void everyFramingWorksWithEveryPersonAndBehaviour() {
        // as typed after "get", as typed after "why won't", as a proposal names them
        String[][] people = {
                {"him", "he", "him"}, {"her", "she", "her"}, {"them", "they", "them"},
                {"my wife", "my wife", "my wife"}, {"my boyfriend", "my boyfriend", "my boyfriend"},
                {"alex", "alex", "Alex"}};
        String[][] behaviours = {
                {"open up", "opening up to me"}, {"talk to me", "talking to me"},
                {"share their feelings", "sharing their feelings with me"},
                {"be more vulnerable", "being more vulnerable with me"}, {"trust me", "trusting me"},
                {"let me in", "letting me in"}, {"communicate", "communicating with me"},
                {"tell me things", "telling me things"}, {"stop hiding things", "STOP hiding things"},
                {"be honest with me", "being honest with me"}};
        String[] objectFramings = {"How do I get %s to %s?", "how can i convince %s to %s", "I want %s to %s.",
                "How could I persuade %s to %s", "i need %s to %s!!"};
        String[] subjectFramings = {"Why won't %s %s?", "why doesn't %s ever %s", "why can't %s %s",
                "why does %s never %s?"};
        SoftAssertions softly = new SoftAssertions();
        for (String[] person : people) {
            for (String[] behaviour : behaviours) {
                // a wish that something stop asks what it protects, never "from stopping"
                String expected = behaviour[1].startsWith("STOP ")
                        ? "What might " + subject(person[2]) + " be protecting by " + behaviour[1].substring(5) + "?"
                        : "What is keeping " + person[2] + " from " + behaviour[1] + "?";
                for (String framing : objectFramings) {
                    String question = String.format(framing, person[0], behaviour[0]);
                    softly.assertThat(REFRAMER.reframe(question).proposal()).as(question).isEqualTo(expected);
                }
                for (String framing : subjectFramings) {
                    String question = String.format(framing, person[1], behaviour[0]);
                    softly.assertThat(REFRAMER.reframe(question).proposal()).as(question).isEqualTo(expected);
                }
            }
        }
        softly.assertAll();
    }

    private static String subject(String object) {
        return switch (object) {
            case "him" -> "he";
            case "her" -> "she";
            case "them" -> "they";
            default -> object;
        };
    }

    @Test
    void randomWordSaladStillGetsAWellFormedQuestion() {
        String[] words = {"how", "do", "i", "get", "him", "her", "to", "open", "up", "why", "won't", "my", "wife",
                "what", "keeps", "from", "talk", "me", "?", "!", "...", ",", "never", "be", "more", "sam", "make",
                "share", "feelings", "we", "fight", "the", "and", "I", "want", "stop", "lying", "tell", "with", "it's",
                "hard", "for", "them", "they", "is", "in", "way", "of", "trust", "let"};
        Random random = new Random(20_240_601);
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < 3_000; i++) {
            StringBuilder input = new StringBuilder();
            for (int n = random.nextInt(14); n >= 0; n--) {
                input.append(words[random.nextInt(words.length)]).append(random.nextInt(6) == 0 ? "" : " ");
            }
            String proposal = REFRAMER.reframe(input.toString()).proposal();
            softly.assertThat(proposal).as("for %s", input)
                    .matches("What('s)? \\S.*")
                    .endsWith("?")
                    .doesNotContain("??", "  ", " ?")
                    .hasSizeLessThan(200);
            softly.assertThat(I_AS_OBJECT.matcher(proposal).find()).as("\"I\" as object in %s", proposal).isFalse();
        }
        softly.assertAll();
    }

    @Test
    void givesTheSameAnswersFromManyThreadsAtOnce() {
        List<String> inputs = allInputs();
        List<Reframing> oneByOne = inputs.stream().map(REFRAMER::reframe).toList();
        for (int round = 0; round < 5; round++) {
            List<Reframing> together = inputs.parallelStream().map(REFRAMER::reframe).toList();
            assertThat(together).isEqualTo(oneByOne);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "open, opening", "share, sharing", "be, being", "let, letting", "stop, stopping", "lie, lying",
            "communicate, communicating", "tell, telling", "trust, trusting", "talk, talking", "run, running",
            "see, seeing", "cry, crying", "say, saying", "listen, listening", "visit, visiting",
            "commit, committing", "quit, quitting", "show, showing", "die, dying"})
    void gerunds(String base, String gerund) {
        assertThat(Gerunds.of(base)).isEqualTo(gerund);
        assertThat(Gerunds.baseOfGerund(gerund)).isEqualTo(base);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "talks, talk", "opens, open", "shares, share", "expresses, express", "tries, try", "told, tell",
            "opened, open", "shared, share", "stopped, stop", "lies, lie", "is, be", "goes, go", "said, say"})
    void baseForms(String form, String base) {
        assertThat(Gerunds.base(form)).isEqualTo(base);
    }

    private static List<String> allInputs() {
        List<String> inputs = new ArrayList<>();
        ROWS.forEach(row -> inputs.add(row.input()));
        return inputs;
    }
}
