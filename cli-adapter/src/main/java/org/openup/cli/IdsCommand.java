package org.openup.cli;

import jakarta.inject.Inject;
import org.openup.conversation.Conversations;
import org.openup.journey.JourneyId;
import org.openup.member.MemberId;
import org.openup.reflection.PartnerQuestions;
import org.openup.reflection.Reflections;
import org.openup.plugin.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

/**
 * The ids shell completion offers for an option or parameter that takes one, for the profile's
 * member (the script {@code openup completion} prints calls this): ids live in the store, so no
 * static list can hold them. Hidden from the help; one id per line, nothing else.
 */
@Command(name = "ids", hidden = true, description = "The ids completion offers: one per line.")
public final class IdsCommand extends InJourney {

    /** What the ids are for, as the completion script names them. */
    enum Kind {
        /** Invitations waiting for this member's answer (invite --choose, --not-now, --decline). */
        TO_ANSWER,
        /** Invitations this member sent that still wait (invite --withdraw). */
        TO_WITHDRAW,
        /** Talks (talk --rate). */
        TALKS,
        /** This member's own constraints (constraint --share, --unshare). */
        MY_CONSTRAINTS,
        /** This member's reframed questions (question draft). */
        QUESTIONS,
        /** The partner's questions waiting for this member's answer (question answer, not-now). */
        ASKS,
        /** This member's moments (thank). */
        MOMENTS
    }

    @Parameters(paramLabel = "KIND", description = "${COMPLETION-CANDIDATES}")
    Kind kind;

    @Inject
    IdsCommand(CliSession session) {
        super(session);
    }

    @Override
    protected int run() {
        ids().forEach(session.out()::println);
        return ExitCode.OK;
    }

    private List<String> ids() {
        MemberId me = memberId();
        JourneyId journey = journeyId();
        Conversations conversations = session.core(Conversations.class);
        Reflections reflections = session.core(Reflections.class);
        return switch (kind) {
            case TO_ANSWER -> conversations.invitations(me, journey).stream().filter(i -> i.forYou()).map(i -> i.invitationId()).toList();
            case TO_WITHDRAW -> conversations.invitations(me, journey).stream()
                    .filter(i -> i.withdrawable()).map(i -> i.invitationId()).toList();
            case TALKS -> conversations.talks(me, journey).stream().map(t -> t.talkId()).toList();
            case MY_CONSTRAINTS -> reflections.constraints(me, journey).stream().filter(c -> c.mine()).map(c -> c.constraintId()).toList();
            case QUESTIONS -> reflections.questions(me, journey).stream().map(q -> q.questionId()).toList();
            case ASKS -> session.core(PartnerQuestions.class).list(me, journey).stream().filter(a -> a.forYou()).map(a -> a.askId()).toList();
            case MOMENTS -> reflections.moments(me, journey).stream().map(m -> m.momentId()).toList();
        };
    }
}
