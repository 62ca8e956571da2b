package org.openup.conversation;

import org.openup.conversation.ConversationViews.Invitation;
import org.openup.conversation.ConversationViews.MyRating;
import org.openup.conversation.ConversationViews.Reminder;
import org.openup.conversation.ConversationViews.Talk;
import org.openup.conversation.InvitationCommands.ChooseTime;
import org.openup.conversation.InvitationCommands.DeclineInvitation;
import org.openup.conversation.InvitationCommands.DeferInvitation;
import org.openup.conversation.InvitationCommands.SayReadyForDeeperTopics;
import org.openup.conversation.InvitationCommands.SendInvitation;
import org.openup.conversation.TalkCommands.RateTalk;
import org.openup.conversation.TalkCommands.RecordTalk;
import org.openup.engine.axon.Commands;
import org.openup.engine.readmodel.Jdbc;
import org.openup.journey.JourneyId;
import org.openup.member.MemberId;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.NotFoundException;
import org.openup.journey.JourneyAccess;
import org.openup.journey.JourneyView;
import org.openup.journey.Journeys;
import org.openup.member.MemberIds;
import org.openup.privacy.PersonalText;
import org.openup.spi.failure.RefusedException;
import org.openup.safety.Safety;
import org.openup.scene.Scenes;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Steps 3's go-meta and short-and-sweet: invitations the partner answers, talks as they happened,
 * and each member's private rating. Solo members record what their partner chose in person.
 */
public final class Conversations {

    private final Commands commands;
    private final JourneyAccess access;
    private final Jdbc jdbc;
    private final Scenes scenes;
    private final Safety safety;
    private final ConversationSettings settings;
    private final Clock clock;
    private final Ladder ladder = new Ladder();

    public Conversations(Commands commands, JourneyAccess access, Jdbc jdbc, Scenes scenes, Safety safety,
                         ConversationSettings settings, Clock clock) {
        this.safety = safety;
        this.commands = commands;
        this.access = access;
        this.jdbc = jdbc;
        this.scenes = scenes;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Invites the partner (or, alone, records that the asker asked in person). Without minutes
     * the ladder's suggestion for the asker is used; the scenes must be in the couple's library.
     */
    public Invitation invite(MemberId askerId, JourneyId journeyId, String topicHint, Integer minutes, List<String> sceneIds) {
        JourneyView journey = access.toWrite(askerId, journeyId);
        // JSON's [null] reads as a list holding null (and List.of lists refuse to even look for one)
        if (sceneIds != null && sceneIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("sceneIds", "Each item of 'sceneIds' must be the id of a scene in your library.");
        }
        safety.screen(journey, topicHint);
        refuseWhileCoolingOff(journey);
        if (safety.pausedSince(journey).isPresent()) {
            throw new RefusedException("Your talk ladder is paused, because something you wrote suggested you may not be safe. "
                    + "Nothing is sent while it is paused; resume it yourself when you feel ready.");
        }
        List<String> scenesToSuggest = sceneIds == null ? List.of() : List.copyOf(sceneIds);
        scenesToSuggest.forEach(id -> scenes.scene(journey, id));
        int suggested = minutes != null ? validMinutes(minutes) : ladder(journey, talks(journey)).minutes();
        String invitee = journey.activePartner().map(m -> m.memberId().value()).orElse(null);
        String invitationId = MemberIds.newId();
        String book = Invitations.idFor(journey.journeyId().value());
        commands.send(new SendInvitation(book, journey.journeyId().value(), invitationId, askerId.value(), invitee,
                PersonalText.by(journey.viewerId().value()).optional("topicHint", topicHint, 200).orElse(null), suggested, scenesToSuggest));
        return invitation(journey, invitationId);
    }

    /**
     * After "not now" or a decline, the member who asked waits; said with the partner's name and
     * the time as the asker reads it (the aggregate keeps the same rule as a backstop).
     */
    private void refuseWhileCoolingOff(JourneyView journey) {
        record Pause(String by, String status, Instant until) {
        }
        jdbc.one("SELECT answered_by, status, ask_again_from FROM invitation_view WHERE journey_id = ? AND asker_id = ? "
                        + "AND ask_again_from > ? ORDER BY ask_again_from DESC",
                rs -> new Pause(rs.getString("answered_by"), rs.getString("status"), Jdbc.instant(rs, "ask_again_from")),
                journey.journeyId().value(), journey.viewerId().value(), clock.instant())
                .ifPresent(pause -> {
                    String who = journey.members().stream().filter(m -> m.memberId().value().equals(pause.by())).findFirst()
                            .map(JourneyView.Member::displayName).orElse("Your partner");
                    String said = pause.status().equals("declined") ? "declined your last invitation" : "said not now";
                    throw new RefusedException(who + " " + said + ". Give it some room: you can invite again from "
                            + TimeInput.shown(pause.until(), journey.viewer().timeZone()) + ".");
                });
    }

    /** The asker takes back an invitation that is still waiting; no cooling-off follows. */
    public Invitation withdraw(MemberId memberId, JourneyId journeyId, String invitationId) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        commands.send(new InvitationCommands.WithdrawInvitation(Invitations.idFor(journey.journeyId().value()), invitationId, memberId.value()));
        return invitation(journey, invitationId);
    }

    /** A gentle word when the asked length is longer than the ladder suggests; nothing when it is not. */
    public Optional<String> lengthNote(MemberId askerId, JourneyId journeyId, Integer minutes) {
        if (minutes == null) {
            return Optional.empty();
        }
        int suggested = ladder(askerId, journeyId).minutes(); // the ladder's read checks access
        return minutes <= suggested ? Optional.empty() : Optional.of(longerNote(suggested));
    }

    /** What to say to an asker who wants a longer talk than the ladder suggests (the web shows it as they type). */
    public static String longerNote(int suggested) {
        return "The ladder suggests about " + suggested + " minutes for now. A longer talk is fine if you "
                + "both want it; short ones that go well tend to open more than long ones.";
    }

    /**
     * A time as the member typed it: with an offset, or a local date and time read in {@code zone},
     * which defaults to the member's own. Every adapter reads typed times this one way.
     */
    public Instant timeAsTyped(MemberId memberId, JourneyId journeyId, String field, String typed, String zone) {
        String in = zone == null || zone.isBlank() ? access.toRead(memberId, journeyId).viewer().timeZone() : zone;
        return TimeInput.parse(field, typed, in);
    }

    /** The invitee (alone: the asker, recording it) picks a time, given in their own time zone. */
    public Invitation chooseTime(MemberId memberId, JourneyId journeyId, String invitationId, Instant at, String zone, String sceneId) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        if (at == null) {
            throw new InvalidInputException("at", "Choose a date and time for the talk.");
        }
        // the chooser's own time zone unless they name another
        String zoneId = zone == null || zone.isBlank() ? journey.viewer().timeZone() : zone(zone);
        if (sceneId != null) {
            scenes.scene(journey, sceneId);
        }
        String book = Invitations.idFor(journey.journeyId().value());
        // people choose times to the minute at most; seconds are kept, finer parts would only differ by database
        Instant time = at.truncatedTo(ChronoUnit.SECONDS);
        if (!time.isAfter(clock.instant())) {
            throw new InvalidInputException("at", "Choose a time in the future: " + TimeInput.shown(time, zoneId) + " has already passed.");
        }
        commands.send(new ChooseTime(book, invitationId, memberId.value(), time, zoneId, sceneId, settings.remindBefore()));
        return invitation(journey, invitationId);
    }

    /** "Not now": no reason needed, and the asker waits out the cooling-off before asking again. */
    public Invitation notNow(MemberId memberId, JourneyId journeyId, String invitationId) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        String book = Invitations.idFor(journey.journeyId().value());
        commands.send(new DeferInvitation(book, invitationId, memberId.value(), settings.coolingOff()));
        return invitation(journey, invitationId);
    }

    public Invitation decline(MemberId memberId, JourneyId journeyId, String invitationId) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        String book = Invitations.idFor(journey.journeyId().value());
        commands.send(new DeclineInvitation(book, invitationId, memberId.value(), settings.coolingOff()));
        return invitation(journey, invitationId);
    }

    public void readyForDeeperTopics(MemberId memberId, JourneyId journeyId) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        String book = Invitations.idFor(journey.journeyId().value());
        commands.send(new SayReadyForDeeperTopics(book, journey.journeyId().value(), memberId.value()));
    }

    /** Invitations the viewer sent or received. */
    public List<Invitation> invitations(MemberId viewerId, JourneyId journeyId) {
        return invitations(access.toRead(viewerId, journeyId));
    }

    /** The same, for a journey the caller has checked already ({@link JourneyAccess}): a read authorises once. */
    public List<Invitation> invitations(JourneyView journey) {
        String viewerId = journey.viewerId().value();
        // after a leave sharing stops both ways: the other member's topic hints are theirs again
        return jdbc.query("SELECT i.*, CASE WHEN i.asker_id = ? OR ? THEN i.topic_hint END AS shown_hint FROM invitation_view i "
                        + "WHERE i.journey_id = ? AND (i.asker_id = ? OR i.invitee_id = ?) ORDER BY i.sent_at, i.invitation_id",
                rs -> invitationRow(rs, viewerId), viewerId, journey.sharingOpen(), journey.journeyId().value(), viewerId, viewerId);
    }

    public Invitation invitation(MemberId viewerId, JourneyId journeyId, String invitationId) {
        return invitation(access.toRead(viewerId, journeyId), invitationId);
    }

    private Invitation invitation(JourneyView journey, String invitationId) {
        return invitations(journey).stream().filter(i -> i.invitationId().equals(invitationId)).findFirst()
                .orElseThrow(() -> new NotFoundException("You have no invitation with id " + MemberIds.abbreviate(invitationId) + "."));
    }

    /** Records a talk that happened. {@code startedByPartner} says who opened it. */
    public Talk recordTalk(MemberId memberId, JourneyId journeyId, String invitationId, Instant heldAt, int minutes,
                           String sceneId, boolean startedByPartner) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        if (invitationId != null) {
            invitation(journey, invitationId);
        }
        if (sceneId != null) {
            scenes.scene(journey, sceneId);
        }
        Instant when = (heldAt == null ? clock.instant() : heldAt).truncatedTo(ChronoUnit.SECONDS);
        if (when.isAfter(clock.instant().plusSeconds(60))) {
            throw new InvalidInputException("heldAt", "A talk you record has already happened; its time cannot be in the future.");
        }
        String starter = startedByPartner ? journey.partner().map(m -> m.memberId().value()).orElse("partner") : memberId.value();
        String talkId = MemberIds.newId();
        commands.send(new RecordTalk(talkId, journey.journeyId().value(), invitationId, memberId.value(), starter, when,
                validMinutes(minutes), sceneId));
        return talk(journey, talkId);
    }

    /** The viewer's own, private rating. */
    public Talk rate(MemberId memberId, JourneyId journeyId, String talkId, int feltOpen, Outcome outcome, String gotInTheWay) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        talk(journey, talkId);
        safety.screen(journey, gotInTheWay);
        commands.send(new RateTalk(talkId, memberId.value(), feltOpen, outcome,
                PersonalText.by(journey.viewerId().value()).optional("gotInTheWay", gotInTheWay, 2000).orElse(null)));
        return talk(journey, talkId);
    }

    /** Talks of the journey while both are in it (after a leave, the ones the viewer recorded), each with only the viewer's rating. */
    public List<Talk> talks(MemberId viewerId, JourneyId journeyId) {
        return talks(access.toRead(viewerId, journeyId));
    }

    /** The same, for a journey the caller has checked already ({@link JourneyAccess}): a read authorises once. */
    public List<Talk> talks(JourneyView journey) {
        String viewerId = journey.viewerId().value();
        return jdbc.query("SELECT t.*, r.felt_open, r.outcome, r.got_in_the_way, r.rated_at FROM talk_view t "
                        + "LEFT JOIN talk_rating_view r ON r.talk_id = t.talk_id AND r.member_id = ? "
                        + "WHERE t.journey_id = ? AND (t.recorded_by = ? OR ?) ORDER BY t.held_at, t.talk_id",
                rs -> {
                    String outcome = rs.getString("outcome");
                    MyRating mine = outcome == null ? null : new MyRating(rs.getInt("felt_open"), Outcome.valueOf(outcome),
                            jdbc.text(rs, "got_in_the_way"), Jdbc.instant(rs, "rated_at"));
                    return new Talk(rs.getString("talk_id"), rs.getString("invitation_id"), rs.getString("recorded_by"),
                            rs.getString("started_by"), Jdbc.instant(rs, "held_at"), rs.getInt("minutes"), rs.getString("scene_id"), mine);
                },
                viewerId, journey.journeyId().value(), viewerId, journey.sharingOpen());
    }

    public Talk talk(MemberId viewerId, JourneyId journeyId, String talkId) {
        return talk(access.toRead(viewerId, journeyId), talkId);
    }

    private Talk talk(JourneyView journey, String talkId) {
        return talks(journey).stream().filter(t -> t.talkId().equals(talkId)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no talk with id " + MemberIds.abbreviate(talkId) + " in your journey."));
    }

    /** The ladder's next length for this member, from their own ratings only (a partner's stay private). */
    public Suggestion ladder(MemberId viewerId, JourneyId journeyId) {
        JourneyView journey = access.toRead(viewerId, journeyId);
        return ladder(journey, talks(journey));
    }

    /**
     * The same, from the viewer's talks already read ({@link #talks}: each carries only the viewer's
     * own rating). After a safety note the ladder stays where it was and says it is paused.
     */
    public Suggestion ladder(JourneyView journey, List<Talk> viewersTalks) {
        Suggestion next = ladder.next(viewersTalks.stream().filter(t -> t.myRating() != null)
                .map(t -> new TalkOutcome(t.minutes(), t.myRating().outcome())).toList());
        return safety.pausedSince(journey).isPresent()
                ? new Suggestion(next.minutes(), Reason.PAUSED_FOR_SAFETY, next.connectedInARow())
                : next;
    }

    /** Whether the quieter partner (the one being invited; alone, the asker recording it) said deeper topics are welcome. */
    public boolean deeperTopicsOpen(MemberId viewerId, JourneyId journeyId) {
        return deeperTopicsOpen(access.toRead(viewerId, journeyId));
    }

    /** The same, for a journey the caller has checked already ({@link JourneyAccess}): a read authorises once. */
    public boolean deeperTopicsOpen(JourneyView journey) {
        String viewerId = journey.viewerId().value();
        boolean solo = journey.members().size() == 1;
        return !jdbc.query("SELECT d.member_id FROM deeper_topics_view d WHERE d.journey_id = ? AND (? OR EXISTS ("
                        + "SELECT 1 FROM invitation_view i WHERE i.journey_id = d.journey_id AND i.invitee_id = d.member_id))",
                rs -> rs.getString(1), journey.journeyId().value(), solo).isEmpty();
    }

    /** Reminders whose time has come, for the channels to deliver (not a member's query: it carries no text). */
    public List<Reminder> remindersDue(Instant from, Instant until) {
        return jdbc.query("SELECT invitation_id, journey_id, asker_id, invitee_id, talk_at, talk_zone, remind_at FROM invitation_view "
                        + "WHERE status = 'chosen' AND remind_at >= ? AND remind_at < ? ORDER BY remind_at, invitation_id",
                rs -> {
                    List<String> members = new ArrayList<>();
                    members.add(rs.getString("asker_id"));
                    if (rs.getString("invitee_id") != null) {
                        members.add(rs.getString("invitee_id"));
                    }
                    return new Reminder(rs.getString("invitation_id"), rs.getString("journey_id"), List.copyOf(members),
                            Jdbc.instant(rs, "talk_at"), rs.getString("talk_zone"), Jdbc.instant(rs, "remind_at"));
                }, from, until);
    }

    private static int validMinutes(int minutes) {
        if (minutes < 1 || minutes > 600) {
            throw new InvalidInputException("minutes", "Minutes must be from 1 to 600. Short is good: five minutes is a fine start.");
        }
        return minutes;
    }

    private static String zone(String zone) {
        return zone == null || zone.isBlank() ? "UTC" : Journeys.zone("zone", zone);
    }

    private Invitation invitationRow(java.sql.ResultSet rs, String viewerId) throws java.sql.SQLException {
        String scenes = rs.getString("scene_ids");
        // an invitation left unanswered past its time reads as expired before anyone uses the book again
        String status = rs.getString("status");
        if (status.equals("open") && !clock.instant().isBefore(Jdbc.instant(rs, "sent_at").plus(Invitations.EXPIRES_AFTER))) {
            status = "expired";
        }
        return new Invitation(rs.getString("invitation_id"), rs.getString("asker_id"), rs.getString("invitee_id"),
                rs.getString("invitee_id") == null, jdbc.text(rs, "shown_hint"), rs.getInt("suggested_minutes"),
                scenes == null || scenes.isEmpty() ? List.of() : Arrays.asList(scenes.split(",")), Jdbc.instant(rs, "sent_at"),
                status, rs.getString("answered_by"), Jdbc.instant(rs, "answered_at"), Jdbc.instant(rs, "talk_at"),
                rs.getString("talk_zone"), rs.getString("talk_scene_id"), Jdbc.instant(rs, "ask_again_from"),
                Jdbc.instant(rs, "remind_at"), Invitation.waitsFor(viewerId, status, rs.getString("asker_id"), rs.getString("invitee_id")),
                Invitation.withdrawableBy(viewerId, status, rs.getString("asker_id")));
    }
}
