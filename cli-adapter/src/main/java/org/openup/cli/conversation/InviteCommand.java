package org.openup.cli.conversation;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.InJourney;
import org.openup.cli.Output;
import org.openup.conversation.ConversationViews.Invitation;
import org.openup.conversation.Conversations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;

@Command(name = "invite", mixinStandardHelpOptions = true,
        description = {"Go meta: invite your partner to talk and let them choose when and where.",
                "Your partner answers with --choose, --not-now or --decline. Alone, record their answer yourself."},
        footer = {"", "Examples:", "  openup invite --topic \"how work has been\" --scene SCENE-ID",
                "  openup invite --choose INVITATION-ID --at \"2026-11-28 19:30\" --profile ben",
                "  openup invite --not-now INVITATION-ID --profile ben", "  openup invite --list"})
public final class InviteCommand extends InJourney {

    @Option(names = "--topic", description = "An optional hint of what you would like to talk about.")
    String topic;

    @Option(names = "--minutes", description = "Suggested length (default: the ladder's suggestion).")
    Integer minutes;

    @Option(names = "--scene", description = "A scene that may help (repeatable).")
    List<String> scenes;

    @Option(names = "--choose", paramLabel = "ID", description = "Choose a time for this invitation (the invitee only).")
    String choose;

    @Option(names = "--at", description = "The chosen time, in your time zone: \"2026-11-28 19:30\".")
    String at;

    @Option(names = "--zone", description = "Read --at in this time zone instead of yours.")
    String zone;

    @Option(names = "--not-now", paramLabel = "ID", description = "Say not now (no reason needed).")
    String notNow;

    @Option(names = "--decline", paramLabel = "ID", description = "Decline the invitation.")
    String decline;

    @Option(names = "--list", description = "Show invitations you sent or received.")
    boolean list;

    @Inject
    InviteCommand(CliSession session) {
        super(session);
    }

    @Override
    protected int run() {
        Conversations conversations = session.core(Conversations.class);
        if (list) {
            var invitations = conversations.invitations(memberId(), journeyId());
            return answer(Map.of("invitations", invitations), () -> invitations.forEach(this::print));
        }
        Invitation result;
        if (choose != null) {
            result = conversations.chooseTime(memberId(), journeyId(), choose,
                    conversations.timeAsTyped(memberId(), journeyId(), "--at", at, zone), zone, null);
        } else if (notNow != null) {
            result = conversations.notNow(memberId(), journeyId(), notNow);
        } else if (decline != null) {
            result = conversations.decline(memberId(), journeyId(), decline);
        } else {
            result = conversations.invite(memberId(), journeyId(), topic, minutes, scenes);
        }
        Invitation shown = result;
        return answer(shown, () -> print(shown));
    }

    private void print(Invitation i) {
        String time = i.talkAt() == null ? "" : " at " + Output.when(i.talkAt());
        session.out().printf("%s  %-8s about %d min%s%s%n", i.invitationId(), i.status(), i.suggestedMinutes(),
                i.topicHint() == null ? "" : ", " + i.topicHint(), time);
    }
}
