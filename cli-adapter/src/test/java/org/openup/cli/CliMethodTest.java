package org.openup.cli;

import org.openup.plugin.cli.ExitCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every step of the method from the terminal, two profiles on one machine. */
class CliMethodTest {

    @TempDir
    Path home;

    private final ObjectMapper json = new ObjectMapper();

    private CliRun run(String... args) {
        CliRun r = CliRun.run(Map.of("OPENUP_HOME", home.toString()), args);
        return r;
    }

    private JsonNode ok(String... args) throws Exception {
        CliRun r = run(args);
        assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r.out().isBlank() || !r.out().strip().startsWith("{") ? null : json.readTree(r.out());
    }

    @Test
    void theWholeMethodFromTheTerminal() throws Exception {
        ok("init", "--name", "Ana");
        String code = ok("partner", "invite", "--json").get("code").asText();
        ok("partner", "join", code, "--name", "Ben", "--profile", "ben");

        CliRun proposal = run("reframe", "how do I get him to open up?");
        assertThat(proposal.out()).contains("What is keeping him from opening up to me?").contains("--accept");
        assertThat(proposal.out()).contains("openup reframe --accept " );
        JsonNode accepted = ok("reframe", "why won't he talk to me", "--accept", "--json");
        assertThat(accepted.get("finalText").asText()).isEqualTo("What is keeping him from talking to me?");
        // settled later by its id; an undecided one is replaced by the next, never piling up
        String waiting = ok("reframe", "he never talks about his job", "--json").at("/reframed/questionId").asText();
        String newer = ok("reframe", "how do i get my fiance to stop shutting down", "--json").at("/reframed/questionId").asText();
        assertThat(run("reframe", "--accept", waiting).exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(ok("reframe", "--accept", newer, "--json").get("finalText").asText())
                .isEqualTo("What might my fiancé be protecting by shutting down?");
        assertThat(ok("reframe", "--list", "--json").get("questions")).hasSize(2);
        assertThat(run("reframe", "--accept").exit()).isEqualTo(ExitCode.REFUSED);
        CliRun both = run("reframe", "why won't he talk", "--accept", "--reject");
        assertThat(both.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("Choose one of --accept, --edit or --reject");
        CliRun unsafe = run("reframe", "I am afraid of him");
        assertThat(unsafe.exit()).isEqualTo(ExitCode.SAFETY_FIRST);
        assertThat(unsafe.out()).contains("not meant to help you open up").contains("openup talk --resume-ladder");
        CliRun unsafeMoment = run("moment", "She pushed me against the wall again last night", "--json");
        assertThat(unsafeMoment.exit()).isEqualTo(ExitCode.SAFETY_FIRST);
        assertThat(json.readTree(unsafeMoment.out()).get("kept").asBoolean()).isFalse();
        assertThat(ok("moment", "--list", "--json").get("moments")).isEmpty();
        assertThat(run("insights").out()).contains("Talk ladder: Paused");
        assertThat(ok("talk", "--resume-ladder", "--json").get("resumed").asBoolean()).isTrue();

        // extra credit: Ana asks Ben her question, turned to him and read before it goes; Ben answers and shares
        String jobQuestion = ok("reframe", "how do I get him to talk about his job", "--json").at("/reframed/questionId").asText();
        ok("reframe", "--accept", jobQuestion);
        String draft = ok("question", "draft", jobQuestion, "--json").get("draft").asText();
        assertThat(draft).isEqualTo("What is keeping you from talking to me about your job?");
        String askId = ok("question", "send", draft, "--json").get("askId").asText();
        assertThat(run("question", "list", "--profile", "ben").out()).contains(draft).contains("openup question answer " + askId);
        ok("question", "answer", askId, "The new manager worries me", "--share", "--profile", "ben");
        assertThat(ok("question", "list", "--json").at("/partnerQuestions/0/answer").asText()).isEqualTo("The new manager worries me");
        assertThat(run("question", "not-now", "not-an-id", "--profile", "ben").exit()).isEqualTo(ExitCode.USAGE);
        // an answer Ben keeps to himself stays his; a question he says not now to gets a warm word, and Ana sees only that
        String second = ok("question", "send", "What would make talking about money easier for you?", "--json").get("askId").asText();
        assertThat(run("question", "answer", second, "I grew up with none of it", "--profile", "ben").out()).contains("It stays with you");
        assertThat(ok("question", "list", "--json").at("/partnerQuestions/1/answer").isNull()).isTrue();
        assertThat(run("question", "list").out()).doesNotContain("I grew up with none of it");
        String third = ok("question", "send", "What is keeping you from telling me about your brother?", "--json").get("askId").asText();
        assertThat(run("question", "not-now", third, "--profile", "ben").out()).contains("not now").contains("That is a full answer");
        assertThat(ok("question", "list", "--json").at("/partnerQuestions/2/status").asText()).isEqualTo("not-now");
        assertThat(ok("talk", "--ready-for-deeper-topics", "--json", "--profile", "ben").get("deeperTopicsOpen").asBoolean()).isTrue();

        assertThat(run("constraint", "--catalogue").out()).contains("family-of-origin");
        String constraint = ok("constraint", "stress-and-overload", "--note", "new job", "--json").get("constraintId").asText();
        assertThat(ok("constraint", "--list", "--json", "--profile", "ben").get("constraints")).isEmpty();
        assertThat(run("constraint", "--share", constraint).exit()).isZero();
        assertThat(ok("constraint", "--list", "--json", "--profile", "ben").get("constraints")).hasSize(1);

        String scene = ok("scene", "Evening walk", "--time", "evening", "--place", "outdoors", "--movement", "walking", "--json")
                .get("sceneId").asText();
        assertThat(run("scene", "Moon", "--place", "moon").exit()).isEqualTo(ExitCode.USAGE);

        String invitation = ok("invite", "--topic", "work", "--scene", scene, "--json").get("invitationId").asText();
        String tomorrow = LocalDateTime.now().plusDays(1).withHour(19).withMinute(30)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        CliRun askerChooses = run("invite", "--choose", invitation, "--at", tomorrow);
        assertThat(askerChooses.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(askerChooses.err()).contains("choice of time is theirs");
        assertThat(ok("invite", "--choose", invitation, "--at", tomorrow, "--profile", "ben", "--json").get("status").asText())
                .isEqualTo("chosen");

        String talk = ok("talk", "--minutes", "6", "--scene", scene, "--invitation", invitation, "--json").get("talkId").asText();
        ok("talk", "--rate", talk, "--open", "4", "--outcome", "connected");
        ok("talk", "--rate", talk, "--open", "2", "--outcome", "off-the-rails", "--in-the-way", "tired", "--profile", "ben");
        assertThat(run("talk", "--list", "--json").out()).doesNotContain("tired");
        assertThat(run("talk", "--rate", talk, "--open", "9", "--outcome", "connected").exit()).isEqualTo(ExitCode.USAGE);

        String moment = ok("moment", "Ben talked about his sister", "--json").get("momentId").asText();
        assertThat(run("thank", moment, "Thank you for telling me about her.").exit()).isZero();
        assertThat(run("thank", "--received", "--profile", "ben").out()).contains("Thank you for telling me about her.");

        JsonNode insights = ok("insights", "--json");
        assertThat(insights.at("/ladder/minutes").asInt()).isEqualTo(5);
        assertThat(insights.at("/gratitude/momentsThanked").asInt()).isEqualTo(1);
        assertThat(run("insights").out()).contains("Next talk: about 5 minutes");
        // how open talks felt, week by week, only once Ana turns it on, and it stays her choice
        assertThat(insights.at("/weeklyOpenness").asBoolean()).isFalse();
        assertThat(insights.at("/progress/0/averageFeltOpen").isNull()).isTrue();
        assertThat(run("insights").out()).doesNotContain("felt open").contains("--weekly-openness on");
        JsonNode shown = ok("insights", "--weekly-openness", "on", "--json");
        assertThat(shown.at("/weeklyOpenness").asBoolean()).isTrue();
        assertThat(shown.at("/progress/0/averageFeltOpen").asDouble()).isEqualTo(4.0);
        assertThat(run("insights").out()).contains("felt open 4.0 of 5");
        assertThat(ok("insights", "--json", "--profile", "ben").at("/weeklyOpenness").asBoolean()).isFalse();
        assertThat(run("insights", "--weekly-openness", "maybe").exit()).isEqualTo(ExitCode.USAGE);
        ok("insights", "--weekly-openness", "off");
        assertThat(run("insights").out()).doesNotContain("felt open");
        // a talk nobody rated yet reads as that, never as 0 %
        ok("init", "--name", "Dee", "--profile", "dee");
        ok("talk", "--minutes", "5", "--profile", "dee");
        assertThat(run("insights", "--profile", "dee").out()).contains("1 talk, not rated yet").doesNotContain("0%");
        Path file = home.resolve("ana.md");
        assertThat(run("export", "--markdown", "--output", file.toString()).exit()).isZero();
        assertThat(java.nio.file.Files.readString(file)).startsWith("# My OpenUp journey").contains("his sister").doesNotContain("tired");
        JsonNode mine = ok("export");
        assertThat(mine.get("schema").asText()).isEqualTo("openup-export/1");
        CliRun operator = run("admin", "export", mine.get("memberId").asText(), "--markdown");
        assertThat(operator.out()).contains("his sister").doesNotContain("tired");
        assertThat(run("admin", "export", "3f2a9c1e-8d4b-4f6a-9e2d-1c5b7a8e9f00").exit()).isEqualTo(ExitCode.REFUSED);
        JsonNode bensTimeline = ok("timeline", "--json", "--profile", "ben");
        assertThat(bensTimeline.toString()).contains("tired").doesNotContain("his sister");
    }

    @Test
    void goingMetaHandsOverControlInTheTerminalsTimeZone() throws Exception {
        Map<String, String> newYork = Map.of("OPENUP_HOME", home.toString(), "TZ", "America/New_York");
        ok("init", "--name", "Ana");
        String code = ok("partner", "invite", "--json").get("code").asText();
        ok("partner", "join", code, "--name", "Ben", "--profile", "ben");
        String scene = ok("scene", "Kitchen table", "--place", "kitchen", "--json").get("sceneId").asText();

        // asking for longer than the ladder suggests gets a gentle word, not a refusal
        CliRun sent = run("invite", "--topic", "the holidays", "--minutes", "60");
        assertThat(sent.exit()).isZero();
        assertThat(sent.out()).contains("The ladder suggests about 5 minutes");
        String first = ok("invite", "--list", "--json").at("/invitations/0/invitationId").asText();
        assertThat(run("invite", "--withdraw", first, "--profile", "ben").exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run("invite", "--withdraw", first).out()).contains("Withdrawn");

        // Ben picks the time, read in his terminal's zone, and the place
        String invitation = ok("invite", "--topic", "the holidays", "--json").get("invitationId").asText();
        assertThat(run("invite", "--choose", invitation, "--not-now", invitation, "--profile", "ben").exit()).isEqualTo(ExitCode.USAGE);
        CliRun chose = CliRun.run(newYork, "invite", "--choose", invitation, "--at", "2027-01-02 10:00", "--scene", scene, "--profile", "ben");
        assertThat(chose.exit()).as(chose.err()).isZero();
        assertThat(chose.out()).contains("Saturday 2 January 2027, 10:00 (America/New_York)").contains("Thank you for choosing");
        JsonNode chosen = ok("invite", "--list", "--json").at("/invitations/1");
        assertThat(chosen.get("talkAt").asText()).isEqualTo("2027-01-02T15:00:00Z");
        assertThat(chosen.get("talkSceneId").asText()).isEqualTo(scene);
    }

    @Test
    void aContractScriptsCanTrust() throws Exception {
        ok("init", "--name", "Cleo");
        // alone, nothing claims to be shared or sent
        String constraint = ok("constraint", "stress-and-overload", "--note", "long shifts", "--json").get("constraintId").asText();
        CliRun shared = run("constraint", "--share", constraint);
        assertThat(shared.out()).contains("If your partner joins you").doesNotContain("Shared with your partner");
        assertThat(ok("constraint", "--unshare", constraint, "--json").get("shared").asBoolean()).isFalse();
        String moment = ok("moment", "He told me about his sister", "--json").get("momentId").asText();
        JsonNode thanked = ok("thank", moment, "Thank you for telling me", "--json");
        assertThat(thanked.get("sentTo").asText()).isEmpty();
        // bad input is exit 2 with one line and where to look, never the whole usage
        CliRun banana = run("talk", "--minutes", "banana");
        assertThat(banana.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(banana.err().lines().count()).isLessThanOrEqualTo(3);
        assertThat(banana.err()).contains("banana").contains("openup talk --help");
        assertThat(run("thank", "not-an-id", "thanks").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run("constraint", "--share", constraint, "--unshare", constraint).exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run("export", "--markdown", "--json").exit()).isEqualTo(ExitCode.USAGE);
        String invitation = ok("invite", "--json").get("invitationId").asText();
        CliRun past = run("invite", "--choose", invitation, "--at", "2020-01-01 10:00");
        assertThat(past.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(past.err()).contains("has already passed");
        // a malformed id or zone is bad input, whichever option carries it, and nothing is asked of the store
        for (String[] malformed : new String[][]{{"invite", "--choose", "banana", "--at", "2031-01-01 10:00"}, {"invite", "--not-now", "banana"},
                {"invite", "--decline", "banana"}, {"invite", "--withdraw", "banana"}, {"invite", "--scene", "banana"},
                {"talk", "--rate", "banana", "--open", "3"}, {"talk", "--minutes", "5", "--scene", "banana"},
                {"talk", "--minutes", "5", "--invitation", "banana"}, {"invite", "--list", "--zone", "Bogus/Zone"}}) {
            CliRun bad = run(malformed);
            assertThat(bad.exit()).as(String.join(" ", malformed)).isEqualTo(ExitCode.USAGE);
            assertThat(bad.err()).as(String.join(" ", malformed)).contains(malformed[0].equals("invite") && malformed[1].equals("--list")
                    ? "is not a time zone" : "\"banana\" is not a valid").doesNotContain("Exception");
        }
        // options that ask for different things are refused together, instead of one being dropped without a word
        for (String[] conflicting : new String[][]{{"talk", "--rate", invitation, "--minutes", "5", "--open", "3"},
                {"talk", "--minutes", "5", "--open", "4"}, {"talk", "--list", "--rate", invitation}, {"talk", "--ready-for-deeper-topics", "--minutes", "5"},
                {"talk", "--resume-ladder", "--list"}, {"invite", "--list", "--withdraw", invitation}, {"invite", "--not-now", invitation, "--topic", "work"},
                {"invite", "--choose", invitation, "--minutes", "30", "--at", "2031-01-01 10:00"}, {"constraint", "--list", "stress-and-overload"},
                {"constraint", "--share", constraint, "--note", "more"}, {"constraint", "--catalogue", "--list"}, {"scene", "--list", "Walk"},
                {"scene", "--vocabulary", "--time", "evening"}, {"moment", "--list", "Something"}, {"thank", "--received", moment},
                {"reframe", "--list", "--accept"}}) {
            CliRun both = run(conflicting);
            assertThat(both.exit()).as(String.join(" ", conflicting) + "\n" + both.err()).isEqualTo(ExitCode.USAGE);
            assertThat(both.err()).as(String.join(" ", conflicting)).contains("does not go with");
        }
        // describing a new constraint or scene without naming it is refused, not taken as a listing
        assertThat(run("constraint", "--note", "long shifts again").err()).contains("give its KIND first");
        assertThat(run("scene", "--time", "evening").err()).contains("give it a NAME first");
        // messages name things as people do, not as the code does
        assertThat(run("invite", "--withdraw", invitation).exit()).isZero();
        CliRun longTopic = run("invite", "--topic", "x".repeat(201));
        assertThat(longTopic.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(longTopic.err()).contains("The topic is too long").doesNotContain("topicHint");
        assertThat(ok("partner", "leave", "--yes", "--json").get("left").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"reframe", "constraint", "scene", "invite", "talk", "moment", "thank", "insights", "timeline", "export"})
    void everyMethodCommandHasHelpWithAnExample(String command) {
        CliRun help = run(command, "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: openup " + command).contains("Example");
    }
}
