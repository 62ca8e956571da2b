package org.openup.cli.reflection;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.InJourney;
import org.openup.cli.Prompt;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.RefusedException;
import org.openup.member.MemberIds;
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
                "Then keep it (--accept), change it (--edit TEXT) or keep your own (--reject): in the same run,",
                "or later with the question's id (or none: the one waiting for you)."},
        footer = {"", "Examples:", "  openup reframe \"how do I get him to open up?\"",
                "  openup reframe --accept                 (the question waiting for your decision)",
                "  openup reframe --accept QUESTION-ID",
                "  openup reframe \"why won't she talk to me\" --edit \"What makes talking hard for her right now?\"",
                "  openup reframe --list"})
public final class ReframeCommand extends InJourney {

    @Parameters(paramLabel = "QUESTION", arity = "0..1",
            description = "Your question, in your own words (asked for when missing), or the id of one waiting for your decision.")
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
        notTogether("--list", list, "--accept", accept, "--edit", edit, "--reject", reject, "QUESTION", question);
        Reflections reflections = session.core(Reflections.class);
        if (list) {
            var questions = reflections.questions(memberId(), journeyId());
            return answer(Map.of("questions", questions), () -> questions.forEach(q -> session.out().println(
                    q.finalText() != null ? "- " + q.finalText()
                            : "- " + q.proposal() + "  (waiting for your decision: openup reframe --accept " + q.questionId() + ")")));
        }
        if ((accept ? 1 : 0) + (reject ? 1 : 0) + (edit != null ? 1 : 0) > 1) {
            throw new InvalidInputException("accept", "Choose one of --accept, --edit or --reject.");
        }
        QuestionDecision decision = accept ? QuestionDecision.ACCEPTED : edit != null ? QuestionDecision.EDITED
                : reject ? QuestionDecision.REJECTED : null;
        if (decision != null && (question == null || MemberIds.isValid(question))) {
            // settling one already asked: by its id, or the one waiting
            String id = question != null ? question : reflections.waiting(memberId(), journeyId()).map(ReflectionViews.Question::questionId)
                    .orElseThrow(() -> new RefusedException("No question is waiting for your decision. Ask one: openup reframe \"…\""));
            var settled = reflections.settle(memberId(), journeyId(), id, decision, edit);
            return answer(settled, () -> session.out().println("Your question now: " + settled.finalText()));
        }
        String asked = Prompt.ask(session, question, "QUESTION", "What would you like to ask?");
        ReflectionViews.Reframed reframed = reflections.ask(memberId(), journeyId(), asked);
        if (decision == null) {
            return answer(Map.of("reframed", reframed), () -> {
                PrintWriter out = session.out();
                out.println(reframed.guidance());
                out.println();
                out.println("  " + reframed.proposal());
                out.println();
                out.println("Keep it:            openup reframe --accept " + reframed.questionId());
                out.println("Say it your way:    openup reframe " + reframed.questionId() + " --edit \"…\"");
                out.println("Keep your own:      openup reframe --reject " + reframed.questionId());
            });
        }
        var settled = reflections.settle(memberId(), journeyId(), reframed.questionId(), decision, edit);
        return answer(settled, () -> session.out().println("Your question now: " + settled.finalText()));
    }
}
