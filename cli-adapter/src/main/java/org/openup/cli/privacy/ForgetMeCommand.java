package org.openup.cli.privacy;

import org.openup.plugin.cli.JsonOption;
import org.openup.plugin.cli.ProfileOption;
import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.Prompt;
import org.openup.cli.profile.Profile;
import org.openup.privacy.Forgetting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "forget-me", mixinStandardHelpOptions = true,
        description = {"Be forgotten: leave every journey, delete your account and destroy the key that seals everything you wrote.",
                "Dates and counts stay, so your partner's own entries still make sense; where your words were, they see [forgotten].",
                "This cannot be undone. Export first if you want to keep a copy (openup export)."},
        footer = {"", "Examples:", "  openup export --markdown --output my-journey.md   # keep a copy first",
                "  openup forget-me", "  openup forget-me --profile ben --yes"})
public final class ForgetMeCommand implements Callable<Integer> {

    @Option(names = "--yes", description = "Confirm without being asked (for scripts).")
    boolean yes;

    @Mixin
    ProfileOption profile;

    @Mixin
    JsonOption json;

    private final CliSession session;

    @Inject
    ForgetMeCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Profile me = session.actingAs(profile.name);
        if (!yes && !confirmed(session, "Forget everything you wrote, for good? Type 'forget' to confirm:")) {
            return 0;
        }
        Forgetting.Forgotten forgotten = session.core(Forgetting.class).forget(me.memberId());
        // the profile held only ids, but an id that leads nowhere is clutter
        session.profiles().delete(me.name());
        report(session, forgotten, json.json);
        return 0;
    }

    /** Asks on a terminal; without one, says how to confirm and refuses. */
    static boolean confirmed(CliSession session, String question) {
        String answer = Prompt.ask(session, null, "--yes", question);
        if (!answer.strip().equalsIgnoreCase("forget")) {
            session.out().println("Nothing changed.");
            return false;
        }
        return true;
    }

    static void report(CliSession session, Forgetting.Forgotten forgotten, boolean asJson) {
        if (asJson) {
            session.json(forgotten);
            return;
        }
        session.out().println("Forgotten. The key that sealed what " + forgotten.memberId() + " wrote is destroyed.");
        session.out().println("  journeys left:    " + forgotten.journeysLeft());
        session.out().println("  account deleted:  " + (forgotten.accountDeleted() ? "yes" : "there was none"));
    }
}
