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

@Command(name = "thank", mixinStandardHelpOptions = true,
        description = "Say thank you for a moment, specifically. Your partner sees the thanks, not your note.",
        footer = {"", "Examples:", "  openup thank MOMENT-ID \"Thank you for telling me about your brother.\"", "  openup thank --received"})
public final class ThankCommand extends InJourney {

    @Parameters(index = "0", paramLabel = "MOMENT-ID", arity = "0..1", description = "The moment (see openup moment --list).")
    String momentId;

    @Parameters(index = "1", paramLabel = "THANKS", arity = "0..1", description = "Your words (asked for when missing).")
    String thanks;

    @Option(names = "--received", description = "Show the thanks your partner sent you.")
    boolean received;

    @Inject
    ThankCommand(CliSession session) {
        super(session);
    }

    @Override
    protected int run() {
        Reflections reflections = session.core(Reflections.class);
        if (received) {
            var list = reflections.thanksReceived(memberId(), journeyId());
            return answer(Map.of("thanks", list), () -> list.forEach(t -> session.out().println("- " + t.thanks())));
        }
        String moment = Prompt.ask(session, momentId, "MOMENT-ID", "Which moment (id)?");
        reflections.thank(memberId(), journeyId(), moment, Prompt.ask(session, thanks, "THANKS", "Your thanks:"));
        session.out().println("Sent. Saying it in person too is lovely.");
        return 0;
    }
}
