package org.openup.cli.profile;

import jakarta.inject.Inject;
import org.openup.account.MemberLocks;
import org.openup.cli.CliSession;
import org.openup.cli.InJourney;
import org.openup.cli.OnProfile;
import org.openup.cli.Prompt;
import org.openup.journey.JourneyId;
import org.openup.account.Names;
import org.openup.journey.Journeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "profile", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"See your profile on this machine, or lock it with a password so nobody else using this OS account "
                + "can act as you with --profile.",
                "A lock keeps a partner out of your profile; it does not hide the files: whoever runs programs as this OS user "
                        + "can read the store. Separate OS accounts (or the web app) keep you apart for real."},
        subcommands = {ProfileCommand.Show.class, ProfileCommand.Name.class, ProfileCommand.Zone.class, ProfileCommand.Lock.class,
                ProfileCommand.Unlock.class},
        footer = {"", "Examples:",
                "  openup profile show",
                "  openup profile name \"Ana Bell\"",
                "  openup profile zone Europe/Berlin",
                "  openup profile lock --profile ana",
                "  OPENUP_PASSWORD='…' openup moment \"He asked about my day\" --profile ana   (a locked profile in a script)"})
public final class ProfileCommand {

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the profile: its member id, its journey and whether it is locked.",
            footer = {"", "Examples:", "  openup profile show", "  openup profile show --profile ben --json"})
    static final class Show extends OnProfile {
        @Inject
        Show(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            // shows ids only, no text: it needs no password, so a locked profile can say that it is locked
            Profile me = session.profiles().require(profile.name);
            boolean locked = session.core(MemberLocks.class).isLocked(me.memberId());
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("profile", me.name());
            shown.put("memberId", me.memberId());
            shown.put("journeyId", me.journeyId().orElse(null));
            shown.put("locked", locked);
            return answer(shown, () -> {
                session.out().println("Profile:  " + me.name());
                session.out().println("Member:   " + me.memberId());
                session.out().println("Journey:  " + me.journeyId().map(JourneyId::value).orElse("none yet (openup init)"));
                session.out().println("Locked:   " + (locked ? "yes, commands ask for its password" : "no (openup profile lock)"));
            });
        }
    }

    @Command(name = "name", mixinStandardHelpOptions = true,
            description = "Change the name you are shown by, in every journey you are still in (your partner sees it too).",
            footer = {"", "Example:", "  openup profile name \"Ana Bell\""})
    static final class Name extends OnProfile {
        @Parameters(paramLabel = "NAME", arity = "0..1", description = "The new name (asked for when missing).")
        String name;

        @Inject
        Name(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Profile me = session.actingAs(profile.name);
            String typed = Prompt.ask(session, name, "NAME", "What name should OpenUp show for you?");
            String shown = session.core(Names.class).rename(me.memberId(), typed).text();
            return answer(Map.of("profile", me.name(), "displayName", shown), () -> session.out().println("You are shown as " + shown + " now."));
        }
    }

    @Command(name = "zone", mixinStandardHelpOptions = true,
            description = {"Set the time zone OpenUp uses for you: the times your partner offers are shown to them in theirs, "
                    + "and what OpenUp tells you (when you can invite again) in yours.",
                    "Without ZONE it takes your terminal's (TZ). The web app sets it from your browser."},
            footer = {"", "Examples:", "  openup profile zone", "  openup profile zone America/New_York --profile ben"})
    static final class Zone extends InJourney {
        @Parameters(paramLabel = "ZONE", arity = "0..1", description = "A zone name such as Europe/Berlin (default: the terminal's).")
        String zone;

        @Inject
        Zone(CliSession session) {
            super(session);
        }

        @Override
        protected int run() {
            String chosen = zone != null ? zone : session.zone().getId();
            var journey = session.core(Journeys.class).setTimeZone(memberId(), journeyId(), chosen);
            String set = journey.viewer().timeZone();
            return answer(Map.of("profile", profile.name, "zone", set), () -> session.out().println("Your time zone is now " + set + "."));
        }
    }

    @Command(name = "lock", mixinStandardHelpOptions = true,
            description = {"Lock the profile with a password: from now on every command acting as you asks for it "
                    + "(or takes it from OPENUP_PASSWORD). It holds for any profile with your member id on this machine."},
            footer = {"", "Examples:", "  openup profile lock", "  openup profile lock --profile ben"})
    static final class Lock extends OnProfile {
        @Inject
        Lock(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Profile me = session.actingAs(profile.name);
            session.core(MemberLocks.class).lock(me.memberId(), session.newPassword());
            return answer(Map.of("profile", me.name(), "locked", true), () -> session.out().println("Locked. Commands acting as '"
                    + me.name() + "' now ask for this password. Keep it somewhere safe: OpenUp cannot open the lock without it."));
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true, description = "Remove the profile's lock, given its password.",
            footer = {"", "Example:", "  openup profile unlock"})
    static final class Unlock extends OnProfile {
        @Inject
        Unlock(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Profile me = session.profiles().require(profile.name);
            session.core(MemberLocks.class).unlock(me.memberId(), () -> session.currentPassword("profile '" + me.name() + "'"));
            return answer(Map.of("profile", me.name(), "locked", false), () -> session.out()
                    .println("Unlocked. Anyone using this OS account can act as '" + me.name() + "' again."));
        }
    }
}
