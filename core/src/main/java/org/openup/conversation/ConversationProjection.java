package org.openup.conversation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.openup.conversation.InvitationEvents.InvitationDeclined;
import org.openup.conversation.InvitationEvents.InvitationDeferred;
import org.openup.conversation.InvitationEvents.InvitationSent;
import org.openup.conversation.InvitationEvents.InvitationExpired;
import org.openup.conversation.InvitationEvents.InvitationWithdrawn;
import org.openup.conversation.InvitationEvents.ReadyForDeeperTopics;
import org.openup.conversation.InvitationEvents.TimeChosen;
import org.openup.conversation.TalkEvents.TalkHeld;
import org.openup.conversation.TalkEvents.TalkRated;
import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.readmodel.ReadModel;

import java.time.Instant;
import java.util.List;

/** Reads invitations, talks and ratings into their tables; the chosen time's reminder goes with it. */
@ProcessingGroup(ReadModel.PROCESSOR)
public class ConversationProjection implements ReadModel {

    private final Jdbc jdbc;

    public ConversationProjection(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("invitation_view", "talk_view", "talk_rating_view", "deeper_topics_view");
    }

    @EventHandler
    void on(InvitationSent e, @Timestamp Instant at) {
        jdbc.update("INSERT INTO invitation_view (invitation_id, journey_id, asker_id, invitee_id, topic_hint, suggested_minutes, "
                        + "scene_ids, sent_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open')",
                e.invitationId(), e.journeyId(), e.asker(), e.invitee(), e.topicHint(), e.suggestedMinutes(),
                String.join(",", e.sceneIds() == null ? List.of() : e.sceneIds()), at);
    }

    @EventHandler
    void on(TimeChosen e, @Timestamp Instant at) {
        jdbc.update("UPDATE invitation_view SET status = 'chosen', answered_by = ?, answered_at = ?, talk_at = ?, talk_zone = ?, "
                        + "talk_scene_id = ?, remind_at = ? WHERE invitation_id = ?",
                e.chosenBy(), at, e.at(), e.zone(), e.sceneId(), e.remindAt(), e.invitationId());
    }

    @EventHandler
    void on(InvitationDeferred e, @Timestamp Instant at) {
        answered(e.invitationId(), "deferred", e.by(), at, e.askAgainFrom());
    }

    @EventHandler
    void on(InvitationDeclined e, @Timestamp Instant at) {
        answered(e.invitationId(), "declined", e.by(), at, e.askAgainFrom());
    }

    @EventHandler
    void on(InvitationWithdrawn e, @Timestamp Instant at) {
        answered(e.invitationId(), "withdrawn", e.by(), at, null);
    }

    @EventHandler
    void on(InvitationExpired e, @Timestamp Instant at) {
        answered(e.invitationId(), "expired", null, at, null);
    }

    @EventHandler
    void on(ReadyForDeeperTopics e, @Timestamp Instant at) {
        jdbc.update("DELETE FROM deeper_topics_view WHERE journey_id = ? AND member_id = ?", e.journeyId(), e.member());
        jdbc.update("INSERT INTO deeper_topics_view (journey_id, member_id, ready_at) VALUES (?, ?, ?)", e.journeyId(), e.member(), at);
    }

    @EventHandler
    void on(TalkHeld e) {
        jdbc.update("INSERT INTO talk_view (talk_id, journey_id, invitation_id, recorded_by, started_by, held_at, minutes, scene_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                e.talkId(), e.journeyId(), e.invitationId(), e.recordedBy(), e.startedBy(), e.heldAt(), e.minutes(), e.sceneId());
    }

    @EventHandler
    void on(TalkRated e, @Timestamp Instant at) {
        jdbc.update("INSERT INTO talk_rating_view (talk_id, member_id, journey_id, felt_open, outcome, got_in_the_way, rated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", e.talkId(), e.member(), e.journeyId(), e.feltOpen(), e.outcome(), e.gotInTheWay(), at);
    }

    private void answered(String invitationId, String status, String by, Instant at, Instant askAgainFrom) {
        jdbc.update("UPDATE invitation_view SET status = ?, answered_by = ?, answered_at = ?, ask_again_from = ? WHERE invitation_id = ?",
                status, by, at, askAgainFrom, invitationId);
    }

    @ResetHandler
    void reset() {
        tables().forEach(table -> jdbc.update("DELETE FROM " + table));
    }
}
