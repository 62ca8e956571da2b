package org.openup.reflection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.readmodel.ReadModel;
import org.openup.reflection.PartnerQuestionEvents.PartnerAnswered;
import org.openup.reflection.PartnerQuestionEvents.PartnerSaidNotNow;
import org.openup.reflection.PartnerQuestionEvents.QuestionPutToPartner;
import org.openup.reflection.ReflectionEvents.ConstraintNoteRevised;
import org.openup.reflection.ReflectionEvents.ConstraintNoted;
import org.openup.reflection.ReflectionEvents.ConstraintSharingChanged;
import org.openup.reflection.ReflectionEvents.GratitudeExpressed;
import org.openup.reflection.ReflectionEvents.MomentNoted;
import org.openup.reflection.ReflectionEvents.QuestionAsked;
import org.openup.reflection.ReflectionEvents.QuestionReplaced;
import org.openup.reflection.ReflectionEvents.QuestionSettled;

import java.time.Instant;
import java.util.List;

/** Reads reflection events into the question, constraint, moment and partner-question tables. */
@ProcessingGroup(ReadModel.PROCESSOR)
public class ReflectionProjection implements ReadModel {

    private final Jdbc jdbc;

    public ReflectionProjection(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("question_view", "constraint_view", "moment_view", "partner_question_view");
    }

    @EventHandler
    void on(QuestionAsked e, @Timestamp Instant at) {
        jdbc.update("INSERT INTO question_view (question_id, journey_id, member_id, original, proposal, kind, asked_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", e.questionId(), e.journeyId(), e.memberId(), e.original(), e.proposal(), e.kind(), at);
    }

    @EventHandler
    void on(QuestionReplaced e) {
        jdbc.update("DELETE FROM question_view WHERE question_id = ?", e.questionId());
    }

    @EventHandler
    void on(QuestionSettled e, @Timestamp Instant at) {
        jdbc.update("UPDATE question_view SET decision = ?, final_text = ?, settled_at = ? WHERE question_id = ?",
                e.decision(), e.finalText(), at, e.questionId());
    }

    @EventHandler
    void on(ConstraintNoted e, @Timestamp Instant at) {
        jdbc.update("INSERT INTO constraint_view (constraint_id, journey_id, member_id, kind, own_title, note, shared, noted_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, FALSE, ?)", e.constraintId(), e.journeyId(), e.memberId(), e.kind(), e.ownTitle(), e.note(), at);
    }

    @EventHandler
    void on(ConstraintNoteRevised e, @Timestamp Instant at) {
        jdbc.update("UPDATE constraint_view SET note = ?, revised_at = ? WHERE constraint_id = ?", e.note(), at, e.constraintId());
    }

    @EventHandler
    void on(ConstraintSharingChanged e) {
        jdbc.update("UPDATE constraint_view SET shared = ? WHERE constraint_id = ?", e.shared(), e.constraintId());
    }

    @EventHandler
    void on(MomentNoted e, @Timestamp Instant at) {
        jdbc.update("INSERT INTO moment_view (moment_id, journey_id, member_id, what, noted_at) VALUES (?, ?, ?, ?, ?)",
                e.momentId(), e.journeyId(), e.memberId(), e.what(), at);
    }

    @EventHandler
    void on(GratitudeExpressed e, @Timestamp Instant at) {
        jdbc.update("UPDATE moment_view SET partner_id = ?, thanks = ?, thanked_at = ? WHERE moment_id = ?",
                e.partnerId(), e.thanks(), at, e.momentId());
    }

    @EventHandler
    void on(QuestionPutToPartner e, @Timestamp Instant at) {
        jdbc.update("INSERT INTO partner_question_view (ask_id, journey_id, asker_id, partner_id, question, asked_at, status, shared) "
                + "VALUES (?, ?, ?, ?, ?, ?, 'open', FALSE)", e.askId(), e.journeyId(), e.asker(), e.partner(), e.question(), at);
    }

    @EventHandler
    void on(PartnerAnswered e, @Timestamp Instant at) {
        jdbc.update("UPDATE partner_question_view SET status = 'answered', answer = ?, shared = ?, answered_at = ? WHERE ask_id = ?",
                e.answer(), e.sharedWithAsker(), at, e.askId());
    }

    @EventHandler
    void on(PartnerSaidNotNow e, @Timestamp Instant at) {
        jdbc.update("UPDATE partner_question_view SET status = 'not-now', answered_at = ? WHERE ask_id = ?", at, e.askId());
    }

    @ResetHandler
    void reset() {
        tables().forEach(table -> jdbc.update("DELETE FROM " + table));
    }
}
