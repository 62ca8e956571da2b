package org.openup.cli.conversation;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.InJourney;
import org.openup.conversation.Conversations;
import org.openup.conversation.Outcome;
import org.openup.safety.Safety;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

@Command(name = "talk", mixinStandardHelpOptions = true,
        description = {"Short and sweet: record a talk that happened, and rate it privately.",
                "Your partner never sees your rating."},
        footer = {"", "Examples:", "  openup talk --minutes 6 --scene SCENE-ID",
                "  openup talk --rate TALK-ID --open 4 --outcome connected",
                "  openup talk --rate TALK-ID --open 2 --outcome off-the-rails --in-the-way \"We were both tired\"",
                "  openup talk --list",
                "  openup talk --ready-for-deeper-topics",
                "  openup talk --resume-ladder"})
public final class TalkCommand extends InJourney {

    @Option(names = "--minutes", description = "How long you talked.")
    Integer minutes;

    @Option(names = "--scene", description = "Where (a scene id).")
    String scene;

    @Option(names = "--invitation", description = "The invitation this talk answered.")
    String invitation;

    @Option(names = "--partner-started", description = "Your partner started this talk.")
    boolean partnerStarted;

    @Option(names = "--rate", paramLabel = "TALK-ID", description = "Rate a talk (privately).")
    String rate;

    @Option(names = "--open", description = "How open it felt, 1 (not at all) to 5 (very).")
    Integer open;

    @Option(names = "--outcome", completionCandidates = TalkCommand.Outcomes.class, description = "${COMPLETION-CANDIDATES}.")
    String outcome;

    @Option(names = "--in-the-way", description = "What got in the way (optional).")
    String inTheWay;

    @Option(names = "--list", description = "Show talks with your own ratings.")
    boolean list;

    @Option(names = "--ready-for-deeper-topics", description = {"Say deeper topics are welcome now (the one being invited says so;",
            "alone, you record that your partner did). Nothing else opens them."})
    boolean readyForDeeper;

    @Option(names = "--resume-ladder", description = {"Go on after a safety note paused your talk ladder:",
            "OpenUp suggests talks again and you can invite your partner."})
    boolean resumeLadder;

    @Inject
    TalkCommand(CliSession session) {
        super(session);
    }

    @Override
    protected int run() {
        // each of these asks for one thing: together, all but one would be dropped without a word
        Object[] recording = {"--minutes", minutes, "--scene", scene, "--invitation", invitation, "--partner-started", partnerStarted};
        Object[] rating = {"--open", open, "--outcome", outcome, "--in-the-way", inTheWay};
        notTogether("--ready-for-deeper-topics", readyForDeeper, "--resume-ladder", resumeLadder, "--list", list, "--rate", rate);
        notTogether("--resume-ladder", resumeLadder, "--list", list, "--rate", rate);
        notTogether("--list", list, "--rate", rate);
        for (Object[] group : new Object[][]{recording, rating}) {
            notTogether("--ready-for-deeper-topics", readyForDeeper, group);
            notTogether("--resume-ladder", resumeLadder, group);
            notTogether("--list", list, group);
        }
        notTogether("--rate", rate, recording);
        if (rate == null) {
            notTogether("--minutes", minutes, rating); // a rating goes with --rate TALK-ID, after the talk is recorded
        }
        String rate = id("talk id", this.rate);
        String scene = id("scene id", this.scene);
        String invitation = id("invitation id", this.invitation);
        Conversations conversations = session.core(Conversations.class);
        if (readyForDeeper) {
            conversations.readyForDeeperTopics(memberId(), journeyId());
            return answer(Map.of("deeperTopicsOpen", true), () -> session.out().println(
                    "Noted: deeper topics are welcome now. Thank you for saying so; you can still say not now to any talk."));
        }
        if (resumeLadder) {
            session.core(Safety.class).resumeLadder(memberId(), journeyId());
            var next = conversations.ladder(memberId(), journeyId());
            return answer(Map.of("resumed", true, "suggestedMinutes", next.minutes()), () -> session.out().println(
                    "Your talk ladder runs again. Next time, about " + next.minutes() + " minutes. Go gently, and stop whenever you need to."));
        }
        if (list) {
            var talks = conversations.talks(memberId(), journeyId());
            return answer(Map.of("talks", talks), () -> talks.forEach(t -> session.out().printf("%s  %s  %d min%s%n",
                    t.talkId(), session.when(t.heldAt()), t.minutes(),
                    t.myRating() == null ? "  (not rated)" : "  " + t.myRating().outcome().name().toLowerCase() + ", open " + t.myRating().feltOpen() + "/5")));
        }
        if (rate != null) {
            if (open == null) {
                throw new org.openup.spi.failure.InvalidInputException("--open", "Say how open it felt with --open 1..5.");
            }
            var rated = conversations.rate(memberId(), journeyId(), rate, open, Outcome.parse(outcome), inTheWay);
            return answer(rated, () -> session.out().println("Rated. Only you can see this."));
        }
        if (minutes == null) {
            throw new org.openup.spi.failure.InvalidInputException("--minutes", "Say how long you talked with --minutes.");
        }
        var talk = conversations.recordTalk(memberId(), journeyId(), invitation, null, minutes, scene, partnerStarted);
        return answer(talk, () -> {
            session.out().println("Recorded: " + talk.talkId());
            session.out().println("How did it feel? openup talk --rate " + talk.talkId() + " --open N --outcome connected|neutral|off-the-rails");
        });
    }

    /** The outcomes as people type them, for completion and help: connected, neutral, off-the-rails. */
    static final class Outcomes implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(org.openup.conversation.Outcome.values())
                    .map(o -> o.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).iterator();
        }
    }
}
