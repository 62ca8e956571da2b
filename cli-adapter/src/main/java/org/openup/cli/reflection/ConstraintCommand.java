package org.openup.cli.reflection;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.InJourney;
import org.openup.content.Content;
import org.openup.spi.failure.InvalidInputException;
import org.openup.journey.Journeys;
import org.openup.member.MemberIds;
import org.openup.reflection.Reflections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Map;

@Command(name = "constraint", mixinStandardHelpOptions = true,
        description = {"Step 2: name what may be in your partner's way, with curiosity rather than blame.",
                "Private to you unless you --share it."},
        footer = {"", "Examples:", "  openup constraint --catalogue",
                "  openup constraint family-of-origin --note \"Nobody at his home talked about feelings\"",
                "  openup constraint own --title \"Night shifts\" --note \"She is exhausted most evenings\"",
                "  openup constraint --share CONSTRAINT-ID", "  openup constraint --list --json"})
public final class ConstraintCommand extends InJourney {

    @Parameters(paramLabel = "KIND", arity = "0..1", completionCandidates = ConstraintCommand.Kinds.class,
            description = "A catalogue key (see --catalogue) or 'own'.")
    String kind;

    @Option(names = "--title", description = "A short title for a constraint of your own.")
    String title;

    @Option(names = "--note", description = "What you notice or wonder about.")
    String note;

    @Option(names = "--catalogue", description = "Show the catalogue of common constraints.")
    boolean catalogue;

    @Option(names = "--list", description = "Show your constraints and the ones your partner shared.")
    boolean list;

    @Option(names = "--share", paramLabel = "ID", description = "Share one of yours with your partner.")
    String share;

    @Option(names = "--unshare", paramLabel = "ID", description = "Make one of yours private again.")
    String unshare;

    @Inject
    ConstraintCommand(CliSession session) {
        super(session);
    }

    @Override
    protected int run() {
        Object[] newOne = {"KIND", kind, "--title", title, "--note", note};
        notTogether("--catalogue", catalogue, "--list", list, "--share", share, "--unshare", unshare);
        notTogether("--list", list, "--share", share, "--unshare", unshare);
        for (Object[] pair : new Object[][]{{"--catalogue", catalogue}, {"--list", list}, {"--share", share}, {"--unshare", unshare}}) {
            notTogether((String) pair[0], pair[1], newOne);
        }
        if (kind == null && (title != null || note != null)) { // the checks above refused them with a listing or sharing
            throw new InvalidInputException("KIND", "--title and --note describe a new constraint: give its KIND first "
                    + "(openup constraint --catalogue lists them).");
        }
        Reflections reflections = session.core(Reflections.class);
        if (catalogue) {
            var kinds = session.core(Content.class).constraintCatalogue(Content.BASE);
            return answer(Map.of("constraints", kinds), () -> kinds.forEach(k ->
                    session.out().printf("%-26s %s%n%-26s %s%n%n", k.key(), k.title(), "", k.description())));
        }
        if (share != null && unshare != null) {
            throw new InvalidInputException("share", "Choose one: --share ID or --unshare ID.");
        }
        if (share != null || unshare != null) {
            String id = MemberIds.parse("constraint id", share != null ? share : unshare);
            reflections.shareConstraint(memberId(), journeyId(), id, share != null);
            var partner = session.core(Journeys.class).journey(memberId(), journeyId()).activePartner();
            return answer(Map.of("constraintId", id, "shared", share != null), () -> session.out().println(share == null ? "Private again."
                    : partner.map(p -> "Shared. " + p.displayName() + " can read it now.")
                    .orElse("Marked to share. If your partner joins you in OpenUp, they will be able to read it.")));
        }
        if (list || kind == null) {
            var constraints = reflections.constraints(memberId(), journeyId());
            return answer(Map.of("constraints", constraints), () -> constraints.forEach(c -> session.out().printf(
                    "%s  %-30s %s%s%n", c.constraintId(), c.title(), c.mine() ? (c.shared() ? "shared" : "private") : "from your partner",
                    c.note() == null ? "" : "\n      " + c.note())));
        }
        var noted = reflections.noteConstraint(memberId(), journeyId(), kind, title, note);
        return answer(noted, () -> {
            session.out().println("Noted (private to you): " + noted.constraintId());
            session.out().println();
            session.out().println("To reflect on: " + noted.prompt());
        });
    }

    /** The catalogue's keys and "own", for completion (the built-in English catalogue: the script needs no store). */
    static final class Kinds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            var keys = new java.util.ArrayList<String>();
            org.openup.content.Content.builtIn().constraintCatalogue(org.openup.content.Content.BASE).forEach(k -> keys.add(k.key()));
            keys.add("own");
            return keys.iterator();
        }
    }
}
