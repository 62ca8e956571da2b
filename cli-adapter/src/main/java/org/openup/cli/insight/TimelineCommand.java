package org.openup.cli.insight;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.InJourney;
import org.openup.insight.Insights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Everything you may see in your journey, newest first.",
        footer = {"", "Examples:", "  openup timeline", "  openup timeline --limit 5 --json"})
public final class TimelineCommand extends InJourney {

    @Option(names = "--limit", description = "Show at most this many entries (default: all).")
    Integer limit;

    @Inject
    TimelineCommand(CliSession session) {
        super(session);
    }

    @Override
    protected int run() {
        var entries = session.core(Insights.class).timeline(memberId(), journeyId());
        var shown = limit == null ? entries : entries.subList(0, Math.min(Math.max(limit, 0), entries.size()));
        return answer(Map.of("entries", shown), () -> shown.forEach(e -> session.out().printf("%s  %-18s %s%n",
                session.when(e.at()), e.kind(), e.summary())));
    }
}
