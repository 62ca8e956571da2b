package org.openup.safety;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.conversation.Conversations;
import org.openup.conversation.Outcome;
import org.openup.conversation.Reason;
import org.openup.spi.failure.RefusedException;
import org.openup.insight.Insights;
import org.openup.journey.JourneyId;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.member.MemberIds;
import org.openup.reflection.PartnerQuestions;
import org.openup.reflection.QuestionDecision;
import org.openup.reflection.Reflections;
import org.openup.scene.Scenes;
import org.openup.testing.RunningCore;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Safety on every word a member writes, through the real engine: each kind of text that signals
 * danger is met with the note, nothing of it is kept, and the writer's ladder pauses until they
 * resume it; their partner learns nothing of it.
 */
class SafetyStoreTest {

    private static final String DANGER = "He pushed me against the wall again last night";

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void everyTextThatSignalsDangerGetsTheNoteIsNotKeptAndPausesTheLadder(TestStores kind) {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            Journeys journeys = core.get(Journeys.class);
            Reflections reflections = core.get(Reflections.class);
            Scenes scenes = core.get(Scenes.class);
            Conversations conversations = core.get(Conversations.class);
            PartnerQuestions partnerQuestions = core.get(PartnerQuestions.class);
            Safety safety = core.get(Safety.class);

            MemberId ana = MemberId.newId();
            MemberId ben = MemberId.newId();
            JourneyId j = journeys.start(ana, "Ana").journeyId();
            journeys.join(ben, journeys.invitePartner(ana, j).code(), "Ben");
            var question = reflections.ask(ana, j, "How do I get him to open up?");
            var moment = reflections.noteMoment(ana, j, "He told me about his day");
            var constraint = reflections.noteConstraint(ana, j, "stress-and-overload", null, "Work has been heavy");
            String scene = scenes.describe(ana, j, new Scenes.Draft("Walk", "evening", "outdoors", "walking", null, null, null));
            var talk = conversations.recordTalk(ana, j, null, Instant.now(), 5, scene, false);
            var asked = partnerQuestions.ask(ben, j, "What makes it hard to talk about money?");
            Map<String, List<String>> before = core.readModelContents();
            long eventsBefore = core.count("SELECT COUNT(*) FROM domain_event_entry");

            Map<String, Runnable> texts = new java.util.LinkedHashMap<>();
            texts.put("question", () -> reflections.ask(ana, j, "My fiance hits me when he drinks. How do I get him to talk?"));
            texts.put("edited question", () -> reflections.settle(ana, j, question.questionId(), QuestionDecision.EDITED, DANGER));
            texts.put("constraint note", () -> reflections.noteConstraint(ana, j, "stress-and-overload", null, "I am afraid of him when he drinks"));
            texts.put("constraint title", () -> reflections.noteConstraint(ana, j, "own", "He checks my phone", null));
            texts.put("revised note", () -> reflections.reviseConstraint(ana, j, constraint.constraintId(), "He threw a glass at me"));
            texts.put("moment", () -> reflections.noteMoment(ana, j, DANGER));
            texts.put("thanks", () -> reflections.thank(ana, j, moment.momentId(), "Thank you for not hitting me this week"));
            texts.put("rating", () -> conversations.rate(ana, j, talk.talkId(), 1, Outcome.OFF_THE_RAILS, "He hit me when I asked about money"));
            texts.put("invitation topic", () -> conversations.invite(ana, j, "why he screams at me", null, List.of()));
            texts.put("scene note", () -> scenes.describe(ana, j, new Scenes.Draft("Kitchen", null, "kitchen", null, null, null,
                    "somewhere I can get out if he gets violent")));
            texts.put("partner question", () -> partnerQuestions.ask(ana, j, "Why do you push me into the wall?"));
            texts.put("partner answer", () -> partnerQuestions.answer(ana, j, asked.askId(), "I'm scared of what you'll do", false));
            texts.forEach((what, write) -> assertThatThrownBy(write::run).as(what)
                    .isInstanceOfSatisfying(SafetyFirstException.class, e -> assertThat(e.note().resources()).isNotEmpty()));

            // nothing of any of it was kept: only the pause itself, which carries no text
            Map<String, List<String>> after = core.readModelContents();
            after.remove("ladder_pause_view");
            before.remove("ladder_pause_view");
            assertThat(after).isEqualTo(before);
            assertThat(core.count("SELECT COUNT(*) FROM domain_event_entry")).isEqualTo(eventsBefore + 1);

            // the ladder says it is paused, for Ana only; nothing is sent while it is
            assertThat(conversations.ladder(ana, j).reason()).isEqualTo(Reason.PAUSED_FOR_SAFETY);
            assertThat(core.get(Insights.class).ladder(ana, j).reason()).isEqualTo(Reason.PAUSED_FOR_SAFETY);
            assertThat(conversations.ladder(ben, j).reason()).isNotEqualTo(Reason.PAUSED_FOR_SAFETY);
            assertThatThrownBy(() -> safety.pausedSince(ben, j).orElseThrow()).isInstanceOf(java.util.NoSuchElementException.class);
            assertThatThrownBy(() -> conversations.invite(ana, j, "a walk after dinner", null, List.of()))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("paused");

            // only she resumes it
            safety.resumeLadder(ana, j);
            assertThat(conversations.ladder(ana, j).reason()).isEqualTo(Reason.FIRST_TALK);
            assertThat(conversations.invite(ana, j, "a walk after dinner", null, List.of()).topicHint()).isEqualTo("a walk after dinner");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void aConstraintKeptBeforeTheCheckCaughtItIsNeverOfferedForSharing(TestStores kind) {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            Journeys journeys = core.get(Journeys.class);
            Reflections reflections = core.get(Reflections.class);
            MemberId ana = MemberId.newId();
            MemberId ben = MemberId.newId();
            JourneyId j = journeys.start(ana, "Ana").journeyId();
            journeys.join(ben, journeys.invitePartner(ana, j).code(), "Ben");
            // the same words the safety check answers, written past it as an older version would have kept them
            String id = MemberIds.newId();
            core.get(org.openup.engine.axon.Commands.class).send(new org.openup.reflection.ReflectionCommands.NoteConstraint(
                    org.openup.reflection.Reflection.idFor(j.value(), ana.value()), j.value(), ana.value(), id, "own",
                    org.openup.privacy.PersonalText.by(ana.value()).of("Money"), org.openup.privacy.PersonalText.by(ana.value()).of(DANGER)));

            assertThatThrownBy(() -> reflections.shareConstraint(ana, j, id, true)).isInstanceOf(SafetyFirstException.class);
            assertThat(reflections.constraints(ben, j)).isEmpty();
        }
    }
}
