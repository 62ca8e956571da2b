package org.openup.cli.journey;

import org.openup.plugin.cli.JsonOption;
import org.openup.plugin.cli.ProfileOption;
import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.InJourney;
import org.openup.cli.Prompt;
import org.openup.cli.profile.Profile;
import org.openup.journey.JourneyView;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.Map;

@Command(name = "partner", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Invite your partner, join your partner's journey, see who is in it, or leave it.",
        subcommands = {PartnerCommand.Invite.class, PartnerCommand.Join.class, PartnerCommand.Show.class, PartnerCommand.Leave.class},
        footer = {"", "Examples:",
                "  openup partner invite",
                "  openup partner join ABCD-EFGH-JKMN --name Ben --profile ben",
                "  openup partner show --json"})
public final class PartnerCommand {

    @Command(name = "invite", mixinStandardHelpOptions = true, description = "Create a one-time code your partner uses to join your journey (valid for 7 days; a new code replaces the old one).",
            footer = {"", "Example:", "  openup partner invite"})
    static final class Invite extends InJourney {
        @Inject
        Invite(CliSession session) {
            super(session);
        }

        @Override
        protected int run() {
            var invitation = session.core(Journeys.class).invitePartner(memberId(), journeyId());
            return answer(invitation, () -> {
                PrintWriter out = session.out();
                out.println("Your partner's invitation code:  " + invitation.code());
                out.println("Valid until " + session.when(invitation.expiresAt()) + ", and only once.");
                out.println();
                out.println("Share it in a way that feels easy for them, with no rush. To join, they run:");
                out.println("  openup partner join " + invitation.code() + " --name THEIR-NAME");
            });
        }
    }

    @Command(name = "join", mixinStandardHelpOptions = true, description = "Join your partner's journey with the code they gave you.",
            footer = {"", "Examples:", "  openup partner join ABCD-EFGH-JKMN --name Ben",
                    "  openup partner join abcd efgh jkmn --name Ben --profile ben   (case and spaces do not matter)"})
    static final class Join implements java.util.concurrent.Callable<Integer> {
        @Parameters(paramLabel = "CODE", arity = "0..1", description = "The invitation code (asked for when missing).")
        String code;
        @Option(names = "--name", paramLabel = "NAME", description = "The name you want to be shown by (asked for when missing).")
        String name;
        @Mixin
        ProfileOption profile;
        @Mixin
        JsonOption json;
        private final CliSession session;

        @Inject
        Join(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            var existing = session.actingAsIfThere(profile.name);
            String typed = Prompt.ask(session, code, "CODE", "Invitation code:");
            String displayName = Prompt.ask(session, name, "--name", "What name should OpenUp show for you?");
            MemberId member = existing.map(Profile::memberId).orElseGet(MemberId::newId);
            var joined = session.core(Journeys.class).join(member, typed, displayName);
            session.profiles().save(new Profile(profile.name, member, java.util.Optional.of(joined.journeyId())));
            session.adoptZone(member, joined.journeyId());
            if (json.json) {
                session.json(Map.of("profile", profile.name, "memberId", member, "journeyId", joined.journeyId()));
            } else {
                JourneyView journey = session.core(Journeys.class).journey(member, joined.journeyId());
                session.out().println("You have joined " + journey.partner().map(JourneyView.Member::displayName).orElse("your partner")
                        + "'s journey. What you write stays private to you unless you choose to share it.");
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show your journey: who is in it and whether an invitation is open.",
            footer = {"", "Examples:", "  openup partner show", "  openup partner show --json"})
    static final class Show extends InJourney {
        @Inject
        Show(CliSession session) {
            super(session);
        }

        @Override
        protected int run() {
            Profile me = me();
            JourneyView journey = session.core(Journeys.class).journey(me.memberId(), journeyId());
            if (json.json) {
                session.json(journey);
                return 0;
            }
            PrintWriter out = session.out();
            out.println("Journey " + journey.journeyId() + ", started " + session.when(journey.startedAt()));
            int width = journey.members().stream().mapToInt(m -> m.displayName().length()).max().orElse(0) + 6;
            for (JourneyView.Member m : journey.members()) {
                String who = m.displayName() + (m.memberId().equals(me.memberId()) ? " (you)" : "");
                String since = m.leftAt().map(left -> "left " + session.when(left)).orElse("since " + session.when(m.joinedAt()));
                out.printf("  %-" + width + "s %-8s %s%n", who, m.role(), since);
            }
            journey.invitationExpiresAt().ifPresent(t -> out.println("A partner invitation is open until " + session.when(t) + "."));
            if (journey.members().size() == 1 && journey.invitationExpiresAt().isEmpty() && journey.viewerActive()) {
                out.println("You are on your own for now; everything works alone. 'openup partner invite' creates a code for your partner.");
            }
            return 0;
        }
    }

    @Command(name = "leave", mixinStandardHelpOptions = true, description = "Leave the journey. Your partner then no longer sees what you shared, and you cannot rejoin it.",
            footer = {"", "Example:", "  openup partner leave --yes"})
    static final class Leave implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--yes", description = "Confirm without being asked.")
        boolean yes;
        @Mixin
        ProfileOption profile;
        @Mixin
        JsonOption json;
        private final CliSession session;

        @Inject
        Leave(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            Profile me = session.journeyProfile(profile.name);
            if (!yes) {
                String answer = Prompt.ask(session, null, "--yes", "Leave this journey for good? Type 'leave' to confirm:");
                if (!answer.strip().equalsIgnoreCase("leave")) {
                    session.out().println("Nothing changed.");
                    return 0;
                }
            }
            session.core(Journeys.class).leave(me.memberId(), me.journeyId().orElseThrow());
            if (json.json) {
                session.json(Map.of("left", true, "journeyId", me.journeyId().orElseThrow()));
            } else {
                session.out().println("You have left the journey. Your own entries stay yours.");
            }
            return 0;
        }
    }
}
