package org.openup.method;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.conversation.ConversationViews.Invitation;
import org.openup.conversation.Conversations;
import org.openup.conversation.Outcome;
import org.openup.engine.readmodel.Replay;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.NotFoundException;
import org.openup.spi.failure.RefusedException;
import org.openup.journey.JourneyId;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.reflection.PartnerQuestions;
import org.openup.reflection.QuestionDecision;
import org.openup.reflection.ReflectionViews;
import org.openup.reflection.Reflections;
import org.openup.scene.Scenes;
import org.openup.testing.RunningCore;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every step of the method through the real engine, with the visibility rules checked at each one. */
class MethodStoreTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void aVariedJourneyKeepsPrivateThingsPrivateAndRebuildsEqual(TestStores kind) {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            Journeys journeys = core.get(Journeys.class);
            Reflections reflections = core.get(Reflections.class);
            Scenes scenes = core.get(Scenes.class);
            Conversations conversations = core.get(Conversations.class);

            MemberId ana = MemberId.newId();
            MemberId ben = MemberId.newId();
            MemberId zoe = MemberId.newId();
            JourneyId j = journeys.start(ana, "Ana").journeyId();
            journeys.join(ben, journeys.invitePartner(ana, j).code(), "Ben");
            JourneyId zoesJourney = journeys.start(zoe, "Zoe").journeyId();

            // Step 1: ask and reframe; the question is Ana's alone.
            var asked = reflections.ask(ana, j, "How do I get him to open up?");
            assertThat(asked.kind()).isEqualTo(org.openup.reframer.Reframing.Kind.REFRAMED);
            assertThat(asked.proposal()).isEqualTo("What is keeping him from opening up to me?");
            var settled = reflections.settle(ana, j, asked.questionId(), QuestionDecision.EDITED, "What keeps Ben from telling me about work?");
            assertThat(settled.original()).isEqualTo("How do I get him to open up?");
            assertThat(settled.proposal()).isEqualTo(asked.proposal());
            assertThat(settled.finalText()).isEqualTo("What keeps Ben from telling me about work?");
            assertThat(reflections.questions(ben, j)).isEmpty();
            assertThatThrownBy(() -> reflections.questions(zoe, j)).isInstanceOf(NotFoundException.class);

            // Safety comes first: no reframing, nothing recorded.
            assertThatThrownBy(() -> reflections.ask(ana, j, "Honestly I am afraid of him when he drinks"))
                    .isInstanceOf(org.openup.safety.SafetyFirstException.class);
            assertThat(reflections.questions(ana, j)).hasSize(1);
            // the note paused her ladder; she resumes it (SafetyStoreTest covers the pause)
            core.get(org.openup.safety.Safety.class).resumeLadder(ana, j);

            // Step 2: constraints are private until their author shares them.
            var family = reflections.noteConstraint(ana, j, "family-of-origin", null, "His parents never talked about feelings");
            assertThat(family.prompt()).endsWith("?");
            var own = reflections.noteConstraint(ben, j, "own", "Night shifts", "I am always tired");
            assertThat(reflections.constraints(ben, j)).extracting(ReflectionViews.Constraint::constraintId)
                    .containsExactly(own.constraintId());
            reflections.shareConstraint(ana, j, family.constraintId(), true);
            assertThat(reflections.constraints(ben, j)).extracting(ReflectionViews.Constraint::constraintId)
                    .containsExactly(family.constraintId(), own.constraintId());
            assertThatThrownBy(() -> reflections.shareConstraint(ben, j, family.constraintId(), false))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> reflections.noteConstraint(ana, j, "astrology", null, "x"))
                    .isInstanceOf(InvalidInputException.class);

            // Extra credit: Ana asks Ben the constraint question; Ben's answer is his to share.
            PartnerQuestions partnerQuestions = core.get(PartnerQuestions.class);
            var put = partnerQuestions.ask(ana, j, "What makes it hard to tell me when work is bad?");
            assertThatThrownBy(() -> partnerQuestions.answer(ana, j, put.askId(), "answering myself", true))
                    .isInstanceOf(RefusedException.class);
            partnerQuestions.answer(ben, j, put.askId(), "I don't want to bring the stress home", false);
            assertThat(partnerQuestions.list(ana, j)).singleElement().satisfies(v -> {
                assertThat(v.status()).isEqualTo("answered");
                assertThat(v.answer()).isNull();
            });
            assertThat(partnerQuestions.list(ben, j)).singleElement()
                    .satisfies(v -> assertThat(v.answer()).isEqualTo("I don't want to bring the stress home"));
            var again = partnerQuestions.ask(ana, j, "What would make it easier?");
            partnerQuestions.answer(ben, j, again.askId(), "A walk, not a sit-down talk", true);
            assertThat(partnerQuestions.list(ana, j)).extracting(PartnerQuestions.View::answer)
                    .containsExactly(null, "A walk, not a sit-down talk");
            var third = partnerQuestions.ask(ana, j, "Can we talk about your brother?");
            assertThat(partnerQuestions.notNow(ben, j, third.askId()).status()).isEqualTo("not-now");
            assertThatThrownBy(() -> partnerQuestions.ask(ana, j, "And now?")).isInstanceOf(RefusedException.class);

            // Step 3: scenes, going meta, short and sweet.
            String walk = scenes.describe(ana, j, new Scenes.Draft("Evening walk", "evening", "outdoors", "walking", "quiet", "none", null));
            assertThat(scenes.library(ben, j)).extracting(Scenes.View::sceneId).containsExactly(walk);
            assertThatThrownBy(() -> scenes.describe(ana, j, new Scenes.Draft("Moon", "midnight", null, null, null, null, null)))
                    .isInstanceOf(InvalidInputException.class);

            Invitation sent = conversations.invite(ana, j, "how work has been", null, List.of(walk));
            assertThat(sent.suggestedMinutes()).isEqualTo(5);
            assertThat(conversations.invitations(zoe, zoesJourney)).isEmpty();
            assertThatThrownBy(() -> conversations.invite(ana, j, null, 5, List.of()))
                    .isInstanceOf(RefusedException.class);
            Instant tonight = Instant.now().plus(Duration.ofHours(6)).truncatedTo(ChronoUnit.SECONDS);
            assertThatThrownBy(() -> conversations.chooseTime(ana, j, sent.invitationId(), tonight, "Europe/Berlin", walk))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("choice of time is theirs");
            Invitation chosen = conversations.chooseTime(ben, j, sent.invitationId(), tonight, "Europe/Berlin", walk);
            assertThat(chosen.status()).isEqualTo("chosen");
            assertThat(chosen.remindAt()).isEqualTo(tonight.minus(Duration.ofMinutes(30)));
            assertThat(conversations.remindersDue(Instant.now(), tonight)).extracting(r -> r.invitationId())
                    .contains(sent.invitationId());

            var talk = conversations.recordTalk(ben, j, sent.invitationId(), Instant.now(), 7, walk, false);
            conversations.rate(ben, j, talk.talkId(), 2, Outcome.OFF_THE_RAILS, "I was too tired");
            conversations.rate(ana, j, talk.talkId(), 4, Outcome.CONNECTED, null);
            assertThat(conversations.talk(ana, j, talk.talkId()).myRating().outcome()).isEqualTo(Outcome.CONNECTED);
            assertThat(conversations.talk(ben, j, talk.talkId()).myRating().gotInTheWay()).isEqualTo("I was too tired");
            assertThat(conversations.talk(ana, j, talk.talkId()).toString()).doesNotContain("too tired");
            assertThat(conversations.ladder(ben, j).minutes()).isEqualTo(5);

            Invitation second = conversations.invite(ana, j, null, null, List.of());
            conversations.notNow(ben, j, second.invitationId());
            assertThatThrownBy(() -> conversations.invite(ana, j, null, null, List.of()))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("not now");

            // Celebrate: the moment stays Ana's, the thanks reaches Ben.
            var moment = reflections.noteMoment(ana, j, "Ben told me what worries him about his brother");
            reflections.thank(ana, j, moment.momentId(), "Thank you for trusting me with that about your brother.");
            assertThat(reflections.moments(ben, j)).isEmpty();
            assertThat(reflections.thanksReceived(ben, j)).singleElement()
                    .satisfies(t -> assertThat(t.thanks()).contains("trusting me"));
            assertThat(reflections.thanksReceived(ben, j).toString()).doesNotContain("worries him");

            Map<String, List<String>> incremental = core.readModelContents();
            core.get(Replay.class).rebuildAll(line -> { });
            assertThat(core.readModelContents()).isEqualTo(incremental);

            // Leaving: sharing stops both ways; each keeps their own.
            journeys.leave(ben, j);
            assertThat(reflections.constraints(ana, j)).extracting(ReflectionViews.Constraint::constraintId)
                    .containsExactly(family.constraintId());
            assertThat(reflections.constraints(ben, j)).extracting(ReflectionViews.Constraint::constraintId)
                    .containsExactly(own.constraintId());
            assertThat(reflections.thanksReceived(ben, j)).isEmpty();
            assertThatThrownBy(() -> reflections.noteMoment(ben, j, "anything"))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("You left this journey");
            assertThat(conversations.talks(ben, j)).extracting(t -> t.talkId()).containsExactly(talk.talkId());
            assertThat(conversations.talks(ana, j)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestStores.class, names = "SQLITE")
    void aloneTheAskerRecordsWhatThePartnerChoseInPerson(TestStores kind) {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            MemberId ana = MemberId.newId();
            JourneyId j = core.get(Journeys.class).start(ana, "Ana").journeyId();
            Conversations conversations = core.get(Conversations.class);
            Invitation asked = conversations.invite(ana, j, "the holidays", 5, List.of());
            assertThat(asked.solo()).isTrue();
            Instant sunday = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
            assertThat(core.get(Journeys.class).setTimeZone(ana, j, "America/Chicago").viewer().timeZone())
                    .isEqualTo("America/Chicago");
            assertThatThrownBy(() -> core.get(Journeys.class).setTimeZone(ana, j, "Mars/Olympus"))
                    .isInstanceOf(InvalidInputException.class);
            // no zone given: the chooser's own
            Invitation recorded = conversations.chooseTime(ana, j, asked.invitationId(), sunday, null, null);
            assertThat(recorded.talkAt()).isEqualTo(sunday);
            assertThat(recorded.talkZone()).isEqualTo("America/Chicago");
            assertThat(conversations.deeperTopicsOpen(ana, j)).isFalse();
            conversations.readyForDeeperTopics(ana, j);
            assertThat(conversations.deeperTopicsOpen(ana, j)).isTrue();
        }
    }
}
