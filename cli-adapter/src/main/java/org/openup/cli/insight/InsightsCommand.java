package org.openup.cli.insight;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.InJourney;
import org.openup.insight.Insights;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

@Command(name = "insights", mixinStandardHelpOptions = true,
        description = "What you are learning: the next talk length, what scenes work, progress, gratitude, milestones.",
        footer = {"", "Examples:", "  openup insights", "  openup insights --json"})
public final class InsightsCommand extends InJourney {

    @Inject
    InsightsCommand(CliSession session) {
        super(session);
    }

    @Override
    protected int run() {
        Insights insights = session.core(Insights.class);
        String m = memberId();
        String j = journeyId();
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
                    : String.format(java.util.Locale.ROOT, "%.0f%% connecting to you, felt open %.1f of 5", w.connectingShare() * 100,
                    w.averageFeltOpen()))));
            out.println();
            out.printf("Moments noticed %d, thanked %d; thanks received %d%n", gratitude.momentsNoticed(),
                    gratitude.momentsThanked(), gratitude.thanksReceived());
            milestones.forEach(x -> out.println("* " + x.text()));
        });
    }
}
