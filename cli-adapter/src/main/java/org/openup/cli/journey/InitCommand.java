package org.openup.cli.journey;

import org.openup.plugin.cli.JsonOption;
import org.openup.plugin.cli.ProfileOption;
import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.Prompt;
import org.openup.cli.profile.Profile;
import org.openup.spi.failure.RefusedException;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Start your journey: creates your local profile and a journey you can use alone or invite your partner to.",
        footer = {"", "Examples:",
                "  openup init --name Ana",
                "  openup init --name Ben --profile ben     (a second person on the same machine)"})
public final class InitCommand implements Callable<Integer> {

    @Option(names = "--name", paramLabel = "NAME", description = "The name you want to be shown by (asked for when missing).")
    String name;

    @Mixin
    ProfileOption profile;

    @Mixin
    JsonOption json;

    private final CliSession session;

    @Inject
    InitCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Optional<Profile> existing = session.profiles().find(profile.name);
        if (existing.isPresent() && existing.get().journeyId().isPresent()) {
            throw new RefusedException("Profile '" + profile.name + "' is already set up. Use --profile NAME for another person.");
        }
        existing.ifPresent(session::openLock); // a member made before: theirs to continue only
        String displayName = Prompt.ask(session, name, "--name", "What name should OpenUp show for you?");
        MemberId member = existing.map(Profile::memberId).orElseGet(MemberId::newId);
        var started = session.core(Journeys.class).start(member, displayName);
        session.profiles().save(new Profile(profile.name, member, Optional.of(started.journeyId())));
        session.adoptZone(member, started.journeyId());
        if (json.json) {
            session.json(Map.of("profile", profile.name, "memberId", member, "journeyId", started.journeyId()));
        } else {
            session.out().println("Your journey has started. It is private to you until you invite your partner.");
            session.out().println("  Profile:  " + profile.name);
            session.out().println("  Journey:  " + started.journeyId());
            session.out().println();
            session.out().println("Next: invite your partner with 'openup partner invite', or keep going on your own.");
        }
        return 0;
    }
}
