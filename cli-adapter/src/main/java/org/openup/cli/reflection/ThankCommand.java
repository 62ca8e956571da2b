package org.openup.cli.reflection;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.InJourney;
import org.openup.cli.Prompt;
import org.openup.journey.Journeys;
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
        notTogether("--received", received, "MOMENT-ID", momentId, "THANKS", thanks);
        Reflections reflections = session.core(Reflections.class);
        if (received) {
            var list = reflections.thanksReceived(memberId(), journeyId());
            return answer(Map.of("thanks", list), () -> list.forEach(t -> session.out().println("- " + t.thanks())));
        }
        String moment = org.openup.member.MemberIds.parse("moment id", Prompt.ask(session, momentId, "MOMENT-ID", "Which moment (id)?"));
        String said = Prompt.ask(session, thanks, "THANKS", "Your thanks:");
        reflections.thank(memberId(), journeyId(), moment, said);
        // alone, the thanks is kept as a note to say in person; with a partner in the app it reaches them
        var partner = session.core(Journeys.class).journey(memberId(), journeyId()).activePartner();
        return answer(Map.of("momentId", moment, "thanks", said, "sentTo", partner.map(p -> p.memberId().value()).orElse("")), () ->
                session.out().println(partner.map(p -> "Sent to " + p.displayName() + ". Saying it in person too is lovely.")
                        .orElse("Kept, to say in person. Saying it out loud is what counts.")));
    }
}
