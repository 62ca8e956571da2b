package org.openup.plugin.testkit;

import org.openup.conversation.Conversations;
import org.openup.journey.Journeys;
import org.openup.privacy.Forgetting;
import org.openup.journey.JourneyId;
import org.openup.member.MemberId;
import org.openup.reflection.Reflections;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One member of a test journey, with the method's steps as one-line calls. Its ids are handed out
 * as text, the way the plugin SPI passes them.
 */
public final class Partner {

    private final PluginTestKit kit;
    private final MemberId memberId;
    private final JourneyId journeyId;

    Partner(PluginTestKit kit, MemberId memberId, JourneyId journeyId) {
        this.kit = kit;
        this.memberId = memberId;
        this.journeyId = journeyId;
    }

    public String memberId() {
        return memberId.value();
    }

    public String journeyId() {
        return journeyId.value();
    }

    /** Invites the partner to a talk of {@code minutes}; returns the invitation id. */
    public String invite(int minutes) {
        return invite(minutes, null);
    }

    /** Invites the partner to a talk of {@code minutes} about {@code topicHint} (private text); returns the invitation id. */
    public String invite(int minutes, String topicHint) {
        return kit.get(Conversations.class).invite(memberId, journeyId, topicHint, minutes, List.of()).invitationId();
    }

    /** Leaves the journey for good. */
    public void leave() {
        kit.get(Journeys.class).leave(memberId, journeyId);
    }

    /** Is forgotten: leaves, loses the account and the key that sealed what they wrote. */
    public void forget() {
        kit.get(Forgetting.class).forget(memberId);
    }

    /** Chooses a time {@code fromNow} on the kit's clock, in {@code zone}; returns the time. */
    public Instant chooseTimeIn(String invitationId, Duration fromNow, String zone) {
        Instant at = kit.clock().instant().plus(fromNow).truncatedTo(ChronoUnit.MINUTES);
        kit.get(Conversations.class).chooseTime(memberId, journeyId, invitationId, at, zone, null);
        return at;
    }

    /** "Not now", no reason needed. */
    public void notNow(String invitationId) {
        kit.get(Conversations.class).notNow(memberId, journeyId, invitationId);
    }

    public void decline(String invitationId) {
        kit.get(Conversations.class).decline(memberId, journeyId, invitationId);
    }

    /** Notes that the partner opened up and thanks them for it. */
    public void thankPartner(String forWhat, String thanks) {
        Reflections reflections = kit.get(Reflections.class);
        String moment = reflections.noteMoment(memberId, journeyId, forWhat).momentId();
        reflections.thank(memberId, journeyId, moment, thanks);
    }
}
