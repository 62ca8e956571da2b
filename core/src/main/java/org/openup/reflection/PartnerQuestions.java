package org.openup.reflection;

import org.openup.journey.JourneyId;
import org.openup.member.MemberId;
import org.openup.reframer.SecondPerson;
import org.openup.conversation.ConversationSettings;
import org.openup.engine.axon.Commands;
import org.openup.engine.readmodel.Jdbc;
import org.openup.spi.failure.NotFoundException;
import org.openup.spi.failure.RefusedException;
import org.openup.journey.JourneyAccess;
import org.openup.journey.JourneyView;
import org.openup.member.MemberIds;
import org.openup.privacy.PersonalText;
import org.openup.safety.Safety;
import org.openup.reflection.PartnerQuestionCommands.AnswerPartnerQuestion;
import org.openup.reflection.PartnerQuestionCommands.PutQuestionToPartner;
import org.openup.reflection.PartnerQuestionCommands.SayNotNowToQuestion;

import java.time.Instant;
import java.util.List;

/**
 * Asking the partner the constraint question directly. The partner may answer (and decide
 * whether the asker may read the answer) or say "not now", which needs no reason.
 */
public final class PartnerQuestions {

    private final Safety safety;
    /**
     * As the viewer may see it: {@code answer} is shown to the partner who wrote it, and to the
     * asker only if shared; {@code question} is hidden from a partner once either has left.
     * {@code forYou}: the partner asked it and it still waits for the viewer's answer (web and CLI read the same).
     */
    public record View(String askId, boolean askedByMe, String question, Instant askedAt, String status, String answer,
                       boolean shared, Instant answeredAt, boolean forYou) {
    }

    private final Commands commands;
    private final JourneyAccess access;
    private final Jdbc jdbc;
    private final ConversationSettings settings;

    public PartnerQuestions(Commands commands, JourneyAccess access, Jdbc jdbc, ConversationSettings settings, Safety safety) {
        this.safety = safety;
        this.commands = commands;
        this.access = access;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * The member's own question turned to the partner ("…keeping you from…"), for them to read and
     * edit before asking it: their settled wording, or the proposal while it waits for a decision.
     */
    public String draft(MemberId memberId, JourneyId journeyId, String questionId) {
        JourneyView journey = access.toRead(memberId, journeyId);
        String text = jdbc.one("SELECT final_text, proposal FROM question_view WHERE question_id = ? AND journey_id = ? AND member_id = ?",
                        rs -> {
                            String settled = jdbc.text(rs, "final_text");
                            return settled != null ? settled : jdbc.text(rs, "proposal");
                        }, questionId, journey.journeyId().value(), memberId.value())
                .orElseThrow(() -> new NotFoundException("You have no question with id " + MemberIds.abbreviate(questionId) + "."));
        return SecondPerson.of(text);
    }

    public View ask(MemberId askerId, JourneyId journeyId, String question) {
        JourneyView journey = access.toWrite(askerId, journeyId);
        String partner = journey.activePartner().map(m -> m.memberId().value()).orElseThrow(() -> new RefusedException(
                "Your partner is not in OpenUp, so ask them in person, gently, and accept \"not now\" as an answer."));
        safety.screen(journey, question);
        String askId = MemberIds.newId();
        String book = PartnerQuestionBook.idFor(journey.journeyId().value());
        commands.send(new PutQuestionToPartner(book, journey.journeyId().value(), askId, askerId.value(), partner,
                PersonalText.by(journey.viewerId().value()).required("question", question, 1000)));
        return find(journey, askId);
    }

    public View answer(MemberId memberId, JourneyId journeyId, String askId, String answer, boolean shareWithAsker) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        // an unknown question is not found here, before the book is loaded (Axon would log a stack trace for a missing book)
        find(journey, askId);
        safety.screen(journey, answer);
        String book = PartnerQuestionBook.idFor(journey.journeyId().value());
        commands.send(new AnswerPartnerQuestion(book, askId, memberId.value(),
                PersonalText.by(journey.viewerId().value()).required("answer", answer, 2000), shareWithAsker));
        return find(journey, askId);
    }

    public View notNow(MemberId memberId, JourneyId journeyId, String askId) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        find(journey, askId);
        String book = PartnerQuestionBook.idFor(journey.journeyId().value());
        commands.send(new SayNotNowToQuestion(book, askId, memberId.value(), settings.coolingOff()));
        return find(journey, askId);
    }

    public List<View> list(MemberId viewerId, JourneyId journeyId) {
        return list(access.toRead(viewerId, journeyId));
    }

    /** {@link #list} once the reader's access is checked. */
    public List<View> list(JourneyView journey) {
        String viewerId = journey.viewerId().value();
        boolean open = journey.sharingOpen();
        return jdbc.query("SELECT * FROM partner_question_view WHERE journey_id = ? AND (asker_id = ? OR partner_id = ?) "
                        + "ORDER BY asked_at, ask_id",
                rs -> {
                    boolean mine = rs.getString("asker_id").equals(viewerId);
                    boolean shared = rs.getBoolean("shared");
                    String answer = !mine || (shared && open) ? jdbc.text(rs, "answer") : null;
                    String question = mine || open ? jdbc.text(rs, "question") : null;
                    String status = rs.getString("status");
                    return new View(rs.getString("ask_id"), mine, question, Jdbc.instant(rs, "asked_at"), status,
                            answer, shared, Jdbc.instant(rs, "answered_at"), !mine && "open".equals(status));
                },
                journey.journeyId().value(), viewerId, viewerId);
    }

    /** One of the questions, read with the journey view already checked. */
    private View find(JourneyView journey, String askId) {
        return list(journey).stream().filter(v -> v.askId().equals(askId)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no question with id " + MemberIds.abbreviate(askId) + " for you."));
    }
}
