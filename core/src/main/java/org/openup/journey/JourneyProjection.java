package org.openup.journey;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.readmodel.ReadModel;
import org.openup.journey.JourneyEvents.JourneyStarted;
import org.openup.journey.JourneyEvents.MemberLeft;
import org.openup.journey.JourneyEvents.PartnerInvitationCreated;
import org.openup.journey.JourneyEvents.PartnerJoined;
import org.openup.journey.JourneyEvents.MemberRenamed;
import org.openup.journey.JourneyEvents.TimeZoneSet;

import org.openup.privacy.PersonalText;

import java.time.Instant;
import java.util.List;

/**
 * Reads journey events into three tables: journeys, their members, and the open partner
 * invitations of each journey (by code hash). Runs inside the processor's transaction, so the
 * rows commit together with the processor's token.
 */
@ProcessingGroup(ReadModel.PROCESSOR)
public class JourneyProjection implements ReadModel {

    private final Jdbc jdbc;

    public JourneyProjection(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("journey_view", "journey_member_view", "partner_invitation_view");
    }

    @EventHandler
    void on(JourneyStarted event, @Timestamp Instant at) {
        update("INSERT INTO journey_view (journey_id, started_by, started_at, member_count) VALUES (?, ?, ?, 1)",
                event.journeyId(), event.memberId(), at);
        addMember(event.journeyId(), event.memberId(), event.displayName(), "starter", at);
    }

    @EventHandler
    void on(PartnerInvitationCreated event) {
        closeOpenInvitation(event.journeyId());
        update("INSERT INTO partner_invitation_view (code_hash, journey_id, expires_at, status) VALUES (?, ?, ?, 'open')",
                event.codeHash(), event.journeyId(), event.expiresAt());
    }

    @EventHandler
    void on(PartnerJoined event, @Timestamp Instant at) {
        update("UPDATE partner_invitation_view SET status = 'used' WHERE code_hash = ?", event.codeHash());
        update("UPDATE journey_view SET member_count = member_count + 1 WHERE journey_id = ?", event.journeyId());
        addMember(event.journeyId(), event.memberId(), event.displayName(), "partner", at);
    }

    @EventHandler
    void on(TimeZoneSet event) {
        update("UPDATE journey_member_view SET time_zone = ? WHERE journey_id = ? AND member_id = ?",
                event.zone(), event.journeyId(), event.memberId());
    }

    @EventHandler
    void on(MemberRenamed event) {
        update("UPDATE journey_member_view SET display_name = ? WHERE journey_id = ? AND member_id = ?",
                event.displayName(), event.journeyId(), event.memberId());
    }

    @EventHandler
    void on(MemberLeft event, @Timestamp Instant at) {
        closeOpenInvitation(event.journeyId());
        update("UPDATE journey_member_view SET left_at = ? WHERE journey_id = ? AND member_id = ?",
                at, event.journeyId(), event.memberId());
    }

    @ResetHandler
    void reset() {
        for (String table : tables()) {
            update("DELETE FROM " + table);
        }
    }

    private void closeOpenInvitation(String journeyId) {
        update("UPDATE partner_invitation_view SET status = 'replaced' WHERE journey_id = ? AND status = 'open'", journeyId);
    }

    private void addMember(String journeyId, String memberId, PersonalText name, String role, Instant at) {
        update("INSERT INTO journey_member_view (journey_id, member_id, display_name, role, joined_at) VALUES (?, ?, ?, ?, ?)",
                journeyId, memberId, name, role, at);
    }

    private void update(String sql, Object... values) {
        jdbc.update(sql, values);
    }
}
