package org.openup.safety;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.readmodel.ReadModel;
import org.openup.safety.LadderPauseEvents.TalkLadderPaused;
import org.openup.safety.LadderPauseEvents.TalkLadderResumed;

import java.time.Instant;
import java.util.List;

/** Reads ladder pauses into the table the ladder and invitations consult. */
@ProcessingGroup(ReadModel.PROCESSOR)
public class SafetyProjection implements ReadModel {

    private final Jdbc jdbc;

    public SafetyProjection(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("ladder_pause_view");
    }

    @EventHandler
    void on(TalkLadderPaused e, @Timestamp Instant at) {
        jdbc.update("DELETE FROM ladder_pause_view WHERE journey_id = ? AND member_id = ?", e.journeyId(), e.memberId());
        jdbc.update("INSERT INTO ladder_pause_view (journey_id, member_id, paused_at) VALUES (?, ?, ?)", e.journeyId(), e.memberId(), at);
    }

    @EventHandler
    void on(TalkLadderResumed e) {
        jdbc.update("DELETE FROM ladder_pause_view WHERE journey_id = ? AND member_id = ?", e.journeyId(), e.memberId());
    }

    @ResetHandler
    void reset() {
        tables().forEach(table -> jdbc.update("DELETE FROM " + table));
    }
}
