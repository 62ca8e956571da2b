package org.openup.reflection;

import org.openup.journey.JourneyId;
import org.openup.member.MemberId;
import org.openup.reframer.Reframer;
import org.openup.reframer.Reframing;
import org.openup.content.ConstraintKind;
import org.openup.content.Content;
import org.openup.engine.axon.Commands;
import org.openup.engine.readmodel.Jdbc;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.NotFoundException;
import org.openup.journey.JourneyAccess;
import org.openup.journey.JourneyView;
import org.openup.member.MemberIds;
import org.openup.privacy.PersonalText;
import org.openup.safety.Safety;
import org.openup.reflection.ReflectionCommands.AskQuestion;
import org.openup.reflection.ReflectionCommands.NoteConstraint;
import org.openup.reflection.ReflectionCommands.NoteMoment;
import org.openup.reflection.ReflectionCommands.ReviseConstraintNote;
import org.openup.reflection.ReflectionCommands.SetConstraintSharing;
import org.openup.reflection.ReflectionCommands.SettleQuestion;
import org.openup.reflection.ReflectionCommands.ThankPartner;
import org.openup.reflection.ReflectionViews.Constraint;
import org.openup.reflection.ReflectionViews.ConstraintAnswer;
import org.openup.reflection.ReflectionViews.Moment;
import org.openup.reflection.ReflectionViews.MomentAnswer;
import org.openup.reflection.ReflectionViews.Question;
import org.openup.reflection.ReflectionViews.Reframed;
import org.openup.reflection.ReflectionViews.Thanks;

import java.util.List;
import java.util.Optional;

/**
 * Steps 1 and 2 of the method and the celebrating of step 3, for one member: ask and reframe,
 * name constraints with compassion, notice moments and say thank you. Every query answers only
 * with what the asking member may see.
 */
public final class Reflections {

    public static final int MAX_TEXT = 2000;
    /** A constraint of the member's own, not from the catalogue. */
    public static final String OWN_KIND = "own";

    private final Commands commands;
    private final JourneyAccess access;
    private final Jdbc jdbc;
    private final Content content;
    private final Safety safety;
    private final Reframer reframer;

    public Reflections(Commands commands, JourneyAccess access, Jdbc jdbc, Content content, Safety safety, Reframer reframer) {
        this.commands = commands;
        this.access = access;
        this.jdbc = jdbc;
        this.content = content;
        this.safety = safety;
        this.reframer = reframer;
    }

    /** Every operation here that takes a text screens it first: see {@link Safety#screen}. */
    public Reframed ask(MemberId memberId, JourneyId journeyId, String question) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        PersonalText original = PersonalText.by(journey.viewerId().value()).required("question", question, MAX_TEXT);
        safety.screen(journey, original.text());
        Reframing reframing = reframer.reframe(original.text());
        String questionId = MemberIds.newId();
        String reflection = Reflection.idFor(journey.journeyId().value(), memberId.value());
        commands.send(new AskQuestion(reflection, journey.journeyId().value(), memberId.value(), questionId, original,
                PersonalText.by(journey.viewerId().value()).of(reframing.proposal()), reframing.kind()));
        String guidance = switch (reframing.kind()) {
            case REFRAMED -> "reframe.intro";
            case ALREADY_CONSTRAINT -> "reframe.already";
            case GENERIC -> "reframe.generic";
            case OTHER_LANGUAGE -> "reframe.language";
        };
        return new Reframed(questionId, reframing.kind(), original.text(), reframing.proposal(), content.prompt(guidance, Content.BASE));
    }

    /** Accept the proposal, replace it with the member's own edit, or keep the original question. */
    public Question settle(MemberId memberId, JourneyId journeyId, String questionId, QuestionDecision decision, String edited) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        if (decision == null) {
            throw new InvalidInputException("decision", "Say whether you accept, edit or reject the proposal.");
        }
        Question question = question(memberId.value(), journey.journeyId().value(), questionId);
        if (decision == QuestionDecision.EDITED) {
            safety.screen(journey, edited);
        }
        PersonalText.Author author = PersonalText.by(journey.viewerId().value());
        PersonalText finalText = switch (decision) {
            case ACCEPTED -> author.of(question.proposal());
            case REJECTED -> author.of(question.original());
            case EDITED -> author.required("text", edited, MAX_TEXT);
        };
        String reflection = Reflection.idFor(journey.journeyId().value(), memberId.value());
        commands.send(new SettleQuestion(reflection, questionId, decision, finalText));
        return question(memberId.value(), journey.journeyId().value(), questionId);
    }

    /** The one question waiting for the member's decision, if any (a newer question replaces an undecided one). */
    public Optional<Question> waiting(MemberId memberId, JourneyId journeyId) {
        JourneyView journey = access.toRead(memberId, journeyId);
        return jdbc.one("SELECT * FROM question_view WHERE journey_id = ? AND member_id = ? AND decision IS NULL "
                + "ORDER BY asked_at DESC, question_id DESC", this::question, journey.journeyId().value(), memberId.value());
    }

    public List<Question> questions(MemberId viewerId, JourneyId journeyId) {
        return questions(access.toRead(viewerId, journeyId));
    }

    /** The same, for a journey the caller has checked already ({@link JourneyAccess}): a read authorises once. */
    public List<Question> questions(JourneyView journey) {
        String viewerId = journey.viewerId().value();
        return jdbc.query("SELECT * FROM question_view WHERE journey_id = ? AND member_id = ? ORDER BY asked_at, question_id",
                this::question, journey.journeyId().value(), viewerId);
    }

    private Question question(String memberId, String journeyId, String questionId) {
        return jdbc.one("SELECT * FROM question_view WHERE question_id = ? AND journey_id = ? AND member_id = ?",
                        this::question, questionId, journeyId, memberId)
                .orElseThrow(() -> new NotFoundException("You have no question with id " + MemberIds.abbreviate(questionId) + "."));
    }

    public ConstraintAnswer noteConstraint(MemberId memberId, JourneyId journeyId, String kind, String ownTitle, String note) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        Optional<PersonalText> title = PersonalText.by(journey.viewerId().value()).optional("title", ownTitle, 200);
        ConstraintKind catalogued = catalogued(kind, title.isPresent());
        Optional<PersonalText> text = PersonalText.by(journey.viewerId().value()).optional("note", note, MAX_TEXT);
        safety.screen(journey, ownTitle, note);
        String constraintId = MemberIds.newId();
        String reflection = Reflection.idFor(journey.journeyId().value(), memberId.value());
        commands.send(new NoteConstraint(reflection, journey.journeyId().value(), memberId.value(), constraintId,
                catalogued == null ? OWN_KIND : catalogued.key(), title.orElse(null), text.orElse(null)));
        return new ConstraintAnswer(constraintId, promptFor(catalogued));
    }

    public void reviseConstraint(MemberId memberId, JourneyId journeyId, String constraintId, String note) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        ownConstraint(memberId.value(), journey.journeyId().value(), constraintId);
        safety.screen(journey, note);
        String reflection = Reflection.idFor(journey.journeyId().value(), memberId.value());
        commands.send(new ReviseConstraintNote(reflection, constraintId,
                PersonalText.by(journey.viewerId().value()).required("note", note, MAX_TEXT)));
    }

    /** Only the author shares or unshares; sharing shows the constraint to the partner while both are in the journey. */
    public void shareConstraint(MemberId memberId, JourneyId journeyId, String constraintId, boolean shared) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        ownConstraint(memberId.value(), journey.journeyId().value(), constraintId);
        if (shared) {
            // a text kept before it would have been screened is still never offered to the partner
            Constraint mine = constraints(journey).stream()
                    .filter(c -> c.constraintId().equals(constraintId)).findFirst().orElseThrow();
            safety.screen(journey, mine.note(), mine.kind().equals(OWN_KIND) ? mine.title() : null);
        }
        String reflection = Reflection.idFor(journey.journeyId().value(), memberId.value());
        commands.send(new SetConstraintSharing(reflection, constraintId, shared));
    }

    /** The viewer's own constraints, and the partner's shared ones while sharing is open. */
    public List<Constraint> constraints(MemberId viewerId, JourneyId journeyId) {
        return constraints(access.toRead(viewerId, journeyId));
    }

    /** The same, for a journey the caller has checked already ({@link JourneyAccess}): a read authorises once. */
    public List<Constraint> constraints(JourneyView journey) {
        String viewerId = journey.viewerId().value();
        return jdbc.query("SELECT * FROM constraint_view WHERE journey_id = ? AND (member_id = ? OR (shared AND ?)) "
                        + "ORDER BY noted_at, constraint_id",
                rs -> {
                    String kind = rs.getString("kind");
                    Optional<ConstraintKind> known = content.constraint(kind, Content.BASE);
                    String own = jdbc.text(rs, "own_title");
                    String title = own != null ? own
                            : known.map(ConstraintKind::title).orElse(kind);
                    return new Constraint(rs.getString("constraint_id"), rs.getString("member_id"),
                            rs.getString("member_id").equals(viewerId), kind, title, jdbc.text(rs, "note"),
                            rs.getBoolean("shared"), promptFor(known.orElse(null)), Jdbc.instant(rs, "noted_at"),
                            Jdbc.instant(rs, "revised_at"));
                },
                journey.journeyId().value(), viewerId, journey.sharingOpen());
    }

    public MomentAnswer noteMoment(MemberId memberId, JourneyId journeyId, String what) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        safety.screen(journey, what);
        String momentId = MemberIds.newId();
        String reflection = Reflection.idFor(journey.journeyId().value(), memberId.value());
        commands.send(new NoteMoment(reflection, journey.journeyId().value(), memberId.value(), momentId,
                PersonalText.by(journey.viewerId().value()).required("what", what, MAX_TEXT)));
        return new MomentAnswer(momentId, content.prompt("moment.thank", Content.BASE));
    }

    /** Thanks go to the partner who is in the journey now; solo members keep them as a note to say in person. */
    public void thank(MemberId memberId, JourneyId journeyId, String momentId, String thanks) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        boolean known = jdbc.one("SELECT moment_id FROM moment_view WHERE moment_id = ? AND journey_id = ? AND member_id = ?",
                rs -> rs.getString(1), momentId, journey.journeyId().value(), memberId.value()).isPresent();
        if (!known) {
            throw new NotFoundException("You have no moment with id " + MemberIds.abbreviate(momentId) + ".");
        }
        safety.screen(journey, thanks);
        String partner = journey.activePartner().map(m -> m.memberId().value()).orElse(null);
        String reflection = Reflection.idFor(journey.journeyId().value(), memberId.value());
        commands.send(new ThankPartner(reflection, momentId, partner,
                PersonalText.by(journey.viewerId().value()).required("thanks", thanks, MAX_TEXT)));
    }

    public List<Moment> moments(MemberId viewerId, JourneyId journeyId) {
        return moments(access.toRead(viewerId, journeyId));
    }

    /** The same, for a journey the caller has checked already ({@link JourneyAccess}): a read authorises once. */
    public List<Moment> moments(JourneyView journey) {
        String viewerId = journey.viewerId().value();
        return jdbc.query("SELECT * FROM moment_view WHERE journey_id = ? AND member_id = ? ORDER BY noted_at, moment_id",
                rs -> new Moment(rs.getString("moment_id"), jdbc.text(rs, "what"), Jdbc.instant(rs, "noted_at"),
                        jdbc.text(rs, "thanks"), Jdbc.instant(rs, "thanked_at")),
                journey.journeyId().value(), viewerId);
    }

    /** Thank-yous the viewer's partner sent them, while both are in the journey. */
    public List<Thanks> thanksReceived(MemberId viewerId, JourneyId journeyId) {
        return thanksReceived(access.toRead(viewerId, journeyId));
    }

    /** The same, for a journey the caller has checked already ({@link JourneyAccess}): a read authorises once. */
    public List<Thanks> thanksReceived(JourneyView journey) {
        String viewerId = journey.viewerId().value();
        if (!journey.sharingOpen()) {
            return List.of();
        }
        return jdbc.query("SELECT moment_id, member_id, thanks, thanked_at FROM moment_view "
                        + "WHERE journey_id = ? AND partner_id = ? AND thanks IS NOT NULL ORDER BY thanked_at, moment_id",
                rs -> new Thanks(rs.getString("moment_id"), rs.getString("member_id"), jdbc.text(rs, "thanks"),
                        Jdbc.instant(rs, "thanked_at")),
                journey.journeyId().value(), viewerId);
    }

    private void ownConstraint(String memberId, String journeyId, String constraintId) {
        jdbc.one("SELECT constraint_id FROM constraint_view WHERE constraint_id = ? AND journey_id = ? AND member_id = ?",
                        rs -> rs.getString(1), constraintId, journeyId, memberId)
                .orElseThrow(() -> new NotFoundException("You have no constraint with id " + MemberIds.abbreviate(constraintId) + "."));
    }

    private ConstraintKind catalogued(String kind, boolean hasOwnTitle) {
        if (kind == null || kind.isBlank() || kind.equals(OWN_KIND)) {
            if (!hasOwnTitle) {
                throw new InvalidInputException("title", "Give your own constraint a short title, or pick one from the catalogue.");
            }
            return null;
        }
        return content.constraint(kind, Content.BASE).orElseThrow(() -> new InvalidInputException("kind",
                "Unknown constraint kind '" + kind + "'. Pick one of: " + String.join(", ",
                        content.constraintCatalogue(Content.BASE).stream().map(ConstraintKind::key).toList()) + ", or " + OWN_KIND + "."));
    }

    private String promptFor(ConstraintKind kind) {
        return (kind != null ? kind : content.constraint("other", Content.BASE).orElseThrow()).prompt();
    }

    private Question question(java.sql.ResultSet rs) throws java.sql.SQLException {
        String decision = rs.getString("decision");
        return new Question(rs.getString("question_id"), jdbc.text(rs, "original"), jdbc.text(rs, "proposal"),
                Reframing.Kind.valueOf(rs.getString("kind")), decision == null ? null : QuestionDecision.valueOf(decision),
                jdbc.text(rs, "final_text"), Jdbc.instant(rs, "asked_at"), Jdbc.instant(rs, "settled_at"));
    }
}
