package org.openup.cli.insight;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.InJourney;
import org.openup.insight.Insights;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

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
        Map<String, Object> all = new LinkedHashMap<>();
        var ladder = insights.ladder(m, j);
        var scenes = insights.scenes(m, j);
        var progress = insights.progress(m, j);
        var gratitude = insights.gratitude(m, j);
        var milestones = insights.milestones(m, j);
        all.put("ladder", ladder);
        all.put("scenes", scenes);
        all.put("progress", progress);
        all.put("gratitude", gratitude);
        all.put("milestones", milestones);
        all.put("constraintMap", insights.constraintMap(m, j));
        return answer(all, () -> {
            PrintWriter out = session.out();
            out.println("Next talk: about " + ladder.minutes() + " minutes. " + ladder.why());
            out.println(ladder.deeperTopics());
            out.println();
            out.println("What scenes work for you (" + scenes.ratedTalks() + " rated talks):");
            if (scenes.note() != null) {
                out.println("  " + scenes.note());
            }
            scenes.ranking().stream().limit(8).forEach(r -> out.printf("  %-12s %-22s %3.0f%%  (%d talks)%n",
                    r.attribute(), r.value(), r.rate() * 100, r.talks()));
            out.println();
            out.println("Weeks:");
            progress.forEach(w -> out.printf("  %s  %d talks, %3.0f%% connecting, felt open %.1f/5%n",
                    w.weekOf(), w.talks(), w.connectingShare() * 100, w.averageFeltOpen()));
            out.println();
            out.printf("Moments noticed %d, thanked %d; thanks received %d%n", gratitude.momentsNoticed(),
                    gratitude.momentsThanked(), gratitude.thanksReceived());
            milestones.forEach(x -> out.println("* " + x.text()));
        });
    }
}
