package org.openup.plugin;

import org.openup.conversation.Conversations;
import org.openup.journey.JourneyView;
import org.openup.journey.Journeys;
import org.openup.spi.MemberJourneys;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/** {@link MemberJourneys} on the core's services, which check what the member may see. */
final class HostedJourneys implements MemberJourneys {

    private final Supplier<Journeys> journeys;
    private final Supplier<Conversations> conversations;

    HostedJourneys(Supplier<Journeys> journeys, Supplier<Conversations> conversations) {
        this.journeys = journeys;
        this.conversations = conversations;
    }

    @Override
    public List<Journey> journeysOf(String memberId) {
        return journeys.get().journeysOf(memberId).stream().map(HostedJourneys::journey).toList();
    }

    @Override
    public Journey journey(String memberId, String journeyId) {
        return journey(journeys.get().journey(memberId, journeyId));
    }

    @Override
    public List<ChosenTalk> chosenTalks(String memberId, String journeyId) {
        return conversations.get().invitations(memberId, journeyId).stream()
                .filter(i -> "chosen".equals(i.status()) && i.talkAt() != null)
                .map(i -> new ChosenTalk(i.invitationId(), i.talkAt(), i.suggestedMinutes(), i.remindAt(), i.answeredAt()))
                .sorted(Comparator.comparing(ChosenTalk::at))
                .toList();
    }

    @Override
    public PartnerCode newPartnerCode(String askerId, String journeyId) {
        var made = journeys.get().invitePartner(askerId, journeyId);
        return new PartnerCode(made.code(), made.expiresAt());
    }

    private static Journey journey(JourneyView view) {
        return new Journey(view.journeyId(), view.startedAt(), view.viewer().active(), view.members().stream()
                .map(m -> new Member(m.memberId(), m.displayName(), m.active())).toList());
    }
}
