package org.openup.reflection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.journey.Journeys;
import org.openup.journey.JourneyId;
import org.openup.member.MemberId;
import org.openup.reframer.Reframing.Kind;
import org.openup.testing.RunningCore;
import org.openup.testing.TestStores;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the member reads beside the question they get back: the method's voice for each kind of answer. */
class ReframeGuidanceStoreTest {

    @TempDir
    Path home;

    @Test
    void eachKindOfAnswerComesWithWordsThatFitIt() {
        try (RunningCore core = new RunningCore(TestStores.SQLITE.newStore(home))) {
            MemberId ana = MemberId.newId();
            JourneyId journey = core.get(Journeys.class).start(ana, "Ana").journeyId();
            Reflections reflections = core.get(Reflections.class);

            // a "how do I get them to" question: the wish is honoured first, then turned to what is in the way
            var reframed = reflections.ask(ana, journey, "how do I get my husband to open up about work");
            assertThat(reframed.kind()).isEqualTo(Kind.REFRAMED);
            assertThat(reframed.guidance()).startsWith("Wanting to be let in is a loving wish").endsWith("what is keeping them from it:");

            // already asking what is in the way: affirmed, not corrected
            var already = reflections.ask(ana, journey, "What keeps him from opening up?");
            assertThat(already.kind()).isEqualTo(Kind.ALREADY_CONSTRAINT);
            assertThat(already.guidance()).contains("already asking what is in the way").doesNotContain("instead of how");

            // nothing to reframe: a starting question, offered as one
            var generic = reflections.ask(ana, journey, "we fight a lot");
            assertThat(generic.kind()).isEqualTo(Kind.GENERIC);
            assertThat(generic.guidance()).contains("a question to start from");

            // a language the content does not cover: said honestly, in English
            var spanish = reflections.ask(ana, journey, "¿Cómo hago para que mi esposo se abra conmigo?");
            assertThat(spanish.kind()).isEqualTo(Kind.OTHER_LANGUAGE);
            assertThat(spanish.guidance()).contains("written in English for now").contains("your own language");
        }
    }
}
