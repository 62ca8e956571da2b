package org.openup.cli.reflection;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.InJourney;
import org.openup.cli.Prompt;
import org.openup.reflection.QuestionDecision;
import org.openup.reflection.ReflectionViews;
import org.openup.reflection.Reflections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.Map;

@Command(name = "reframe", mixinStandardHelpOptions = true,
        description = {"Step 1: say what you wish in your own words; get back a question about what is in your partner's way.",
                "Then keep it (--accept), change it (--edit TEXT) or keep your own (--reject)."},
        footer = {"", "Examples:", "  openup reframe \"how do I get him to open up?\" --accept",
                "  openup reframe \"why won't she talk to me\" --edit \"What makes talking hard for her right now?\"",
                "  openup reframe --list"})
public final class ReframeCommand extends InJourney {

    @Parameters(paramLabel = "QUESTION", arity = "0..1", description = "Your question, in your own words (asked for when missing).")
    String question;

    @Option(names = "--accept", description = "Keep the proposed question.")
    boolean accept;

    @Option(names = "--edit", paramLabel = "TEXT", description = "Use your own wording instead.")
    String edit;

    @Option(names = "--reject", description = "Keep your original question.")
    boolean reject;

    @Option(names = "--list", description = "Show your questions so far.")
    boolean list;

    @Inject
    ReframeCommand(CliSession session) {
        super(session);
    }

    @Override
    protected int run() {
        Reflections reflections = session.core(Reflections.class);
        if (list) {
            var questions = reflections.questions(memberId(), journeyId());
            return answer(Map.of("questions", questions), () -> questions.forEach(q -> session.out().println(
                    "- " + (q.finalText() != null ? q.finalText() : q.proposal() + "  (not decided yet)"))));
        }
        String asked = Prompt.ask(session, question, "QUESTION", "What would you like to ask?");
        ReflectionViews.Reframed reframed = reflections.ask(memberId(), journeyId(), asked);
        QuestionDecision decision = accept ? QuestionDecision.ACCEPTED : edit != null ? QuestionDecision.EDITED
                : reject ? QuestionDecision.REJECTED : null;
        if (decision == null) {
            return answer(Map.of("reframed", reframed), () -> {
                PrintWriter out = session.out();
                out.println(reframed.guidance());
                out.println();
                out.println("  " + reframed.proposal());
                out.println();
                out.println("Keep it with --accept, change it with --edit TEXT, or keep yours with --reject next time.");
            });
        }
        var settled = reflections.settle(memberId(), journeyId(), reframed.questionId(), decision, edit);
        return answer(settled, () -> session.out().println("Your question now: " + settled.finalText()));
    }
}
