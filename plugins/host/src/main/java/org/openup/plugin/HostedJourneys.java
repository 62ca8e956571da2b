package org.openup.plugin;

import org.openup.conversation.Conversations;
import org.openup.journey.JourneyId;
import org.openup.journey.JourneyView;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.spi.MemberJourneys;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link MemberJourneys} on the core's services, which check what the member may see. The SPI
 * passes ids as text; they are checked here as the core checked them before it took typed ids.
 */
final class HostedJourneys implements MemberJourneys {

    private final Supplier<Journeys> journeys;
    private final Supplier<Conversations> conversations;

    HostedJourneys(Supplier<Journeys> journeys, Supplier<Conversations> conversations) {
        this.journeys = journeys;
        this.conversations = conversations;
    }

    @Override
    public List<Journey> journeysOf(String memberId) {
        return journeys.get().journeysOf(member(memberId)).stream().map(HostedJourneys::journey).toList();
    }

    @Override
    public Journey journey(String memberId, String journeyId) {
        return journey(journeys.get().journey(member(memberId), JourneyId.named(journeyId)));
    }

    @Override
    public List<ChosenTalk> chosenTalks(String memberId, String journeyId) {
        return conversations.get().invitations(member(memberId), JourneyId.named(journeyId)).stream()
                .filter(i -> "chosen".equals(i.status()) && i.talkAt() != null)
                .map(i -> new ChosenTalk(i.invitationId(), i.talkAt(), i.suggestedMinutes(), i.remindAt(), i.answeredAt()))
                .sorted(Comparator.comparing(ChosenTalk::at))
                .toList();
    }

    @Override
    public PartnerCode newPartnerCode(String askerId, String journeyId) {
        var made = journeys.get().invitePartner(member(askerId), JourneyId.named(journeyId));
        return new PartnerCode(made.code(), made.expiresAt());
    }

    private static Journey journey(JourneyView view) {
        return new Journey(view.journeyId().value(), view.startedAt(), view.viewer().active(), view.members().stream()
                .map(m -> new Member(m.memberId().value(), m.displayName(), m.active())).toList());
    }

    /** A malformed member id is refused as invalid input; a malformed journey id is a journey not found ({@link JourneyId#named}). */
    private static MemberId member(String memberId) {
        return MemberId.parse("memberId", memberId);
    }
}
