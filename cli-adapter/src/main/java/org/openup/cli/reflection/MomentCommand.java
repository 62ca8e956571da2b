package org.openup.cli.reflection;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.InJourney;
import org.openup.cli.Prompt;
import org.openup.reflection.Reflections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Map;

@Command(name = "moment", mixinStandardHelpOptions = true,
        description = "Celebrate: note a moment your partner opened up, however small. Private to you.",
        footer = {"", "Examples:", "  openup moment \"He told me what worries him about his brother\"", "  openup moment --list"})
public final class MomentCommand extends InJourney {

    @Parameters(paramLabel = "WHAT", arity = "0..1", description = "What happened (asked for when missing).")
    String what;

    @Option(names = "--list", description = "Show your moments and whether you said thank you.")
    boolean list;

    @Inject
    MomentCommand(CliSession session) {
        super(session);
    }

    @Override
    protected int run() {
        notTogether("--list", list, "WHAT", what);
        Reflections reflections = session.core(Reflections.class);
        if (list) {
            var moments = reflections.moments(memberId(), journeyId());
            return answer(Map.of("moments", moments), () -> moments.forEach(m -> session.out().printf("%s  %s  %s%s%n",
                    m.momentId(), session.when(m.notedAt()), m.what(), m.thanks() == null ? "" : "  (thanked)")));
        }
        var noted = reflections.noteMoment(memberId(), journeyId(), Prompt.ask(session, what, "WHAT", "What did you notice?"));
        return answer(noted, () -> {
            session.out().println("Noted: " + noted.momentId());
            session.out().println(noted.thankPrompt());
            session.out().println("  openup thank " + noted.momentId() + " \"…\"");
        });
    }
}
