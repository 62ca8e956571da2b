package org.openup.cli.conversation;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.InJourney;
import org.openup.conversation.ConversationViews.Invitation;
import org.openup.conversation.Conversations;
import org.openup.conversation.TimeInput;
import org.openup.journey.Journeys;
import org.openup.spi.failure.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;

@Command(name = "invite", mixinStandardHelpOptions = true,
        description = {"Go meta: invite your partner to talk and let them choose when and where.",
                "Your partner answers with --choose (a time, and a scene if they like), --not-now or --decline.",
                "Alone, record their answer yourself. An unanswered invitation expires after 14 days; --withdraw takes it back.",
                "Times are read and shown in your time zone: --zone, else the TZ of your terminal."},
        footer = {"", "Examples:", "  openup invite --topic \"how work has been\" --scene SCENE-ID",
                "  openup invite --choose INVITATION-ID --at \"2026-11-28 19:30\" --scene SCENE-ID --profile ben",
                "  openup invite --withdraw INVITATION-ID",
                "  openup invite --not-now INVITATION-ID --profile ben", "  openup invite --list"})
public final class InviteCommand extends InJourney {

    @Option(names = "--topic", description = "An optional hint of what you would like to talk about.")
    String topic;

    @Option(names = "--minutes", description = "Suggested length (default: the ladder's suggestion).")
    Integer minutes;

    @Option(names = "--scene", description = "A scene that may help (repeatable); with --choose, the one scene you pick.")
    List<String> scenes;

    @Option(names = "--choose", paramLabel = "ID", description = "Choose a time for this invitation (the invitee only).")
    String choose;

    @Option(names = "--at", description = "The chosen time, in your time zone: \"2026-11-28 19:30\".")
    String at;

    @Option(names = "--zone", description = "Read and show times in this time zone (default: your terminal's, from TZ).")
    String zone;

    @Option(names = "--not-now", paramLabel = "ID", description = "Say not now (no reason needed).")
    String notNow;

    @Option(names = "--decline", paramLabel = "ID", description = "Decline the invitation.")
    String decline;

    @Option(names = "--withdraw", paramLabel = "ID", description = "Take back an invitation you sent that is still waiting.")
    String withdraw;

    @Option(names = "--list", description = "Show invitations you sent or received.")
    boolean list;

    @Inject
    InviteCommand(CliSession session) {
        super(session);
    }

    @Override
    protected int run() {
        notTogether("--list", list, "--choose", choose, "--not-now", notNow, "--decline", decline, "--withdraw", withdraw,
                "--topic", topic, "--minutes", minutes, "--scene", scenes, "--at", at);
        Object[] newOne = {"--topic", topic, "--minutes", minutes, "--scene", scenes, "--at", at};
        notTogether("--not-now", notNow, newOne);
        notTogether("--decline", decline, newOne);
        notTogether("--withdraw", withdraw, newOne);
        notTogether("--choose", choose, "--topic", topic, "--minutes", minutes);
        String choose = id("invitation id", this.choose);
        String notNow = id("invitation id", this.notNow);
        String decline = id("invitation id", this.decline);
        String withdraw = id("invitation id", this.withdraw);
        List<String> scenes = this.scenes == null ? null : this.scenes.stream().map(s -> id("scene id", s)).toList();
        String in = zone != null ? Journeys.zone("--zone", zone) : session.zone().getId();
        Conversations conversations = session.core(Conversations.class);
        if (list) {
            var invitations = conversations.invitations(memberId(), journeyId());
            return answer(Map.of("invitations", invitations), () -> invitations.forEach(i -> print(i, in)));
        }
        long actions = java.util.stream.Stream.of(choose, notNow, decline, withdraw).filter(java.util.Objects::nonNull).count();
        if (actions > 1) {
            throw new InvalidInputException("choose", "Choose one of --choose, --not-now, --decline or --withdraw.");
        }
        if (choose == null && (at != null)) {
            throw new InvalidInputException("at", "--at goes with --choose: openup invite --choose INVITATION-ID --at \"2026-11-28 19:30\".");
        }
        if (choose != null && scenes != null && scenes.size() > 1) {
            throw new InvalidInputException("scene", "With --choose, pick one scene.");
        }
        Invitation result;
        String said;
        if (choose != null) {
            result = conversations.chooseTime(memberId(), journeyId(), choose,
                    conversations.timeAsTyped(memberId(), journeyId(), "--at", at, in), in, scenes == null ? null : scenes.get(0));
            said = "Thank you for choosing. " + TimeInput.shown(result.talkAt(), in) + " it is; your partner will see it.";
        } else if (notNow != null) {
            result = conversations.notNow(memberId(), journeyId(), notNow);
            said = "Not now is a full answer. Nothing more is needed, and you will not be asked again for a while.";
        } else if (decline != null) {
            result = conversations.decline(memberId(), journeyId(), decline);
            said = "Declined. Thank you for being clear; you will not be asked again for a while.";
        } else if (withdraw != null) {
            result = conversations.withdraw(memberId(), journeyId(), withdraw);
            said = "Withdrawn. You can invite again whenever it feels right.";
        } else {
            result = conversations.invite(memberId(), journeyId(), topic, minutes, scenes);
            said = conversations.lengthNote(memberId(), journeyId(), minutes).orElse(null);
        }
        Invitation shown = result;
        return answer(shown, () -> {
            print(shown, in);
            if (said != null) {
                session.out().println(said);
            }
        });
    }

    private void print(Invitation i, String zone) {
        String time = i.talkAt() == null ? "" : ", " + TimeInput.shown(i.talkAt(), zone);
        session.out().printf("%s  %-8s about %d min%s%s%n", i.invitationId(), i.status(), i.suggestedMinutes(),
                i.topicHint() == null ? "" : ", " + i.topicHint(), time);
    }
}
