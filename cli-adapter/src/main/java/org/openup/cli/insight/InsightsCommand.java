package org.openup.cli.insight;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.InJourney;
import org.openup.insight.Insights;
import org.openup.journey.JourneyId;
import org.openup.member.MemberId;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

@Command(name = "insights", mixinStandardHelpOptions = true,
        description = "What you are learning: the next talk length, what scenes work, progress, gratitude, milestones.",
        footer = {"", "Examples:", "  openup insights", "  openup insights --json", "  openup insights --weekly-openness on"})
public final class InsightsCommand extends InJourney {

    /** The two words the switch takes, for completion and help. */
    static final class OnOff implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("on", "off").iterator();
        }
    }

    @picocli.CommandLine.Option(names = "--weekly-openness", paramLabel = "on|off", completionCandidates = OnOff.class,
            description = {"Show (on) or stop showing (off) how open your talks felt, week by week: an average of your own ratings.",
                    "Off until you turn it on: a number can start to feel like a grade of your partner."})
    String weeklyOpenness;

    @Inject
    InsightsCommand(CliSession session) {
        super(session);
    }

    @Override
    protected int run() {
        Insights insights = session.core(Insights.class);
        MemberId m = memberId();
        JourneyId j = journeyId();
        if (weeklyOpenness != null) {
            String word = weeklyOpenness.strip().toLowerCase(java.util.Locale.ROOT);
            if (!word.equals("on") && !word.equals("off")) {
                throw new org.openup.spi.failure.InvalidInputException("weeklyOpenness", "--weekly-openness takes on or off.");
            }
            session.core(org.openup.insight.WeeklyOpenness.class).show(m, word.equals("on"));
        }
        var all = insights.overview(m, j);
        var ladder = all.ladder();
        var scenes = all.scenes();
        var progress = all.progress();
        var gratitude = all.gratitude();
        var milestones = all.milestones();
        return answer(all, () -> {
            PrintWriter out = session.out();
            if (ladder.reason() == org.openup.conversation.Reason.PAUSED_FOR_SAFETY) {
                out.println("Talk ladder: " + ladder.why() + " (openup talk --resume-ladder)");
            } else {
                out.println("Next talk: about " + ladder.minutes() + " minutes. " + ladder.why());
            }
            out.println(ladder.deeperTopics());
            out.println();
            out.println("What scenes work for you (" + scenes.ratedTalks() + " rated talks):");
            if (scenes.note() != null) {
                out.println("  " + scenes.note());
            }
            scenes.named().forEach(n -> out.println("  " + n.name() + ": " + n.words()));
            if (!scenes.inTheWay().isEmpty()) {
                out.println("What keeps getting in the way, in your notes: " + scenes.inTheWay().stream()
                        .map(t -> t.word() + " (" + t.talks() + " talks)").collect(java.util.stream.Collectors.joining(", ")));
            }
            out.println();
            out.println("Weeks:");
            progress.forEach(w -> out.println("  " + w.weekOf() + "  " + w.talks() + (w.talks() == 1 ? " talk, " : " talks, ")
                    + (w.connectingShare() == null ? "not rated yet"
                    : String.format(java.util.Locale.ROOT, "%.0f%% connecting to you", w.connectingShare() * 100)
                    + (w.averageFeltOpen() == null ? "" : String.format(java.util.Locale.ROOT, ", felt open %.1f of 5", w.averageFeltOpen())))));
            if (!all.weeklyOpenness()) {
                out.println("  (How open talks felt, week by week, is off: openup insights --weekly-openness on)");
            }
            out.println();
            out.printf("Moments noticed %d, thanked %d; thanks received %d%n", gratitude.momentsNoticed(),
                    gratitude.momentsThanked(), gratitude.thanksReceived());
            milestones.forEach(x -> out.println("* " + x.text()));
        });
    }
}
