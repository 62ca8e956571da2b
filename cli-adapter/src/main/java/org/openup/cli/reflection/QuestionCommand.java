package org.openup.cli.reflection;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.InJourney;
import org.openup.cli.Prompt;
import org.openup.member.MemberIds;
import org.openup.reflection.PartnerQuestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

@Command(name = "question", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extra credit: ask your partner one of your constraint questions, gently; answer the ones they ask you.",
                "Whoever is asked may answer, keep the answer to themselves, or say not now. No reason needed."},
        subcommands = {QuestionCommand.Draft.class, QuestionCommand.Send.class, QuestionCommand.ListAll.class,
                QuestionCommand.Answer.class, QuestionCommand.NotNow.class},
        footer = {"", "Examples:",
                "  openup question draft QUESTION-ID       (your question from 'openup reframe', turned to them)",
                "  openup question send \"What makes talking about money hard for you right now?\"",
                "  openup question list",
                "  openup question answer ASK-ID \"Work has been heavy and I didn't want to worry you\" --share",
                "  openup question not-now ASK-ID"})
public final class QuestionCommand {

    @Command(name = "draft", mixinStandardHelpOptions = true,
            description = "Your question turned to your partner (\"…keeping you from…\"), to read and change before you send it.")
    static final class Draft extends InJourney {
        @Parameters(paramLabel = "QUESTION-ID", description = "One of your questions (openup reframe --list --json shows the ids).")
        String questionId;

        @Inject
        Draft(CliSession session) {
            super(session);
        }

        @Override
        protected int run() {
            String id = MemberIds.parse("question id", questionId);
            String draft = session.core(PartnerQuestions.class).draft(memberId(), journeyId(), id);
            return answer(Map.of("draft", draft), () -> {
                PrintWriter out = session.out();
                out.println("As your partner would read it:");
                out.println();
                out.println("  " + draft);
                out.println();
                out.println("Change anything that does not sound like you, then send it:");
                out.println("  openup question send \"" + draft.replace("\"", "\\\"") + "\"");
            });
        }
    }

    @Command(name = "send", mixinStandardHelpOptions = true, description = "Ask your partner, in your words. They see it the next time they look.")
    static final class Send extends InJourney {
        @Parameters(paramLabel = "TEXT", arity = "0..1", description = "The question as your partner will read it (asked for when missing).")
        String text;

        @Inject
        Send(CliSession session) {
            super(session);
        }

        @Override
        protected int run() {
            String question = Prompt.ask(session, text, "TEXT", "Your question for your partner:");
            var asked = session.core(PartnerQuestions.class).ask(memberId(), journeyId(), question);
            return answer(asked, () -> session.out().println(
                    "Asked. Your partner will find it when they next look, with no pressure to answer. (" + asked.askId() + ")"));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Questions you asked your partner, and the ones they asked you.")
    static final class ListAll extends InJourney {
        @Inject
        ListAll(CliSession session) {
            super(session);
        }

        @Override
        protected int run() {
            List<PartnerQuestions.View> all = session.core(PartnerQuestions.class).list(memberId(), journeyId());
            return answer(Map.of("partnerQuestions", all), () -> {
                PrintWriter out = session.out();
                if (all.isEmpty()) {
                    out.println("None yet. That is fine: it is extra, not a must.");
                }
                for (PartnerQuestions.View q : all) {
                    out.println(q.askId() + "  " + session.when(q.askedAt()) + "  " + (q.askedByMe() ? "you asked" : "asked of you"));
                    out.println("    " + (q.question() == null ? "(no longer shown: one of you left the journey)" : q.question()));
                    out.println("    " + status(q));
                }
            });
        }

        private static String status(PartnerQuestions.View q) {
            return switch (q.status()) {
                case "answered" -> q.askedByMe()
                        ? (q.answer() != null ? "Answered and shared with you: " + q.answer() : "Answered; they kept the answer for now.")
                        : "You answered" + (q.shared() ? " and shared it" : " and kept it to yourself") + ": " + q.answer();
                case "not-now" -> q.askedByMe() ? "They said not now. That is a full answer." : "You said not now.";
                default -> q.askedByMe() ? "Waiting, with no rush." : "Waiting for you, whenever you like: openup question answer "
                        + q.askId() + " \"…\" [--share], or openup question not-now " + q.askId();
            };
        }
    }

    @Command(name = "answer", mixinStandardHelpOptions = true,
            description = "Answer a question your partner asked you. It stays yours unless you add --share.")
    static final class Answer extends InJourney {
        @Parameters(index = "0", paramLabel = "ASK-ID", description = "The question (openup question list shows the ids).")
        String askId;
        @Parameters(index = "1", arity = "0..1", paramLabel = "TEXT", description = "Your answer (asked for when missing).")
        String text;
        @Option(names = "--share", description = "Let your partner read your answer.")
        boolean share;

        @Inject
        Answer(CliSession session) {
            super(session);
        }

        @Override
        protected int run() {
            String id = MemberIds.parse("ask id", askId);
            String answer = Prompt.ask(session, text, "TEXT", "Your answer:");
            var answered = session.core(PartnerQuestions.class).answer(memberId(), journeyId(), id, answer, share);
            return answer(answered, () -> session.out().println(share
                    ? "Thank you for answering. Your partner can read it now."
                    : "Thank you for answering. It stays with you; you can share another time by answering again with --share."));
        }
    }

    @Command(name = "not-now", mixinStandardHelpOptions = true, description = "Say not now to a question your partner asked. No reason needed.")
    static final class NotNow extends InJourney {
        @Parameters(paramLabel = "ASK-ID", description = "The question (openup question list shows the ids).")
        String askId;

        @Inject
        NotNow(CliSession session) {
            super(session);
        }

        @Override
        protected int run() {
            String id = MemberIds.parse("ask id", askId);
            var said = session.core(PartnerQuestions.class).notNow(memberId(), journeyId(), id);
            return answer(said, () -> session.out().println("Noted: not now. That is a full answer, and your partner will not be nudged to ask again soon."));
        }
    }
}
