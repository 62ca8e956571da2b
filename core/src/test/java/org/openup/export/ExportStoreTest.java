package org.openup.export;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.conversation.Conversations;
import org.openup.conversation.Outcome;
import org.openup.engine.axon.Serialization;
import org.openup.journey.JourneyId;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.reflection.Reflections;
import org.openup.testing.RunningCore;
import org.openup.testing.TestStores;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportStoreTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void anExportHoldsMineAndWhatWasSharedWithMeNeverThePartnersPrivateEntries(TestStores kind) throws Exception {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            Journeys journeys = core.get(Journeys.class);
            Reflections reflections = core.get(Reflections.class);
            Conversations conversations = core.get(Conversations.class);
            MemberId ana = MemberId.newId();
            MemberId ben = MemberId.newId();
            JourneyId j = journeys.start(ana, "Ana").journeyId();
            journeys.join(ben, journeys.invitePartner(ana, j).code(), "Ben");

            reflections.ask(ana, j, "how do I get him to open up");
            reflections.noteConstraint(ana, j, "family-of-origin", null, "ANA-PRIVATE-NOTE");
            var shared = reflections.noteConstraint(ben, j, "fear-of-conflict", null, "BEN-SHARED-NOTE");
            reflections.shareConstraint(ben, j, shared.constraintId(), true);
            reflections.noteConstraint(ben, j, "stress-and-overload", null, "BEN-PRIVATE-NOTE");
            var moment = reflections.noteMoment(ben, j, "BEN-PRIVATE-MOMENT");
            reflections.thank(ben, j, moment.momentId(), "BEN-THANKS-TO-ANA");
            var talk = conversations.recordTalk(ana, j, null, null, 5, null, false);
            conversations.rate(ana, j, talk.talkId(), 4, Outcome.CONNECTED, "ANA-IN-THE-WAY");
            conversations.rate(ben, j, talk.talkId(), 2, Outcome.OFF_THE_RAILS, "BEN-IN-THE-WAY");

            ExportDocument doc = core.get(Exports.class).export(ana, j);
            String json = Serialization.objectMapper().writeValueAsString(doc);
            assertThat(json).contains("\"schema\":\"openup-export/1\"", "ANA-PRIVATE-NOTE", "BEN-SHARED-NOTE", "BEN-THANKS-TO-ANA",
                    "ANA-IN-THE-WAY", "how do I get him to open up");
            assertThat(json).doesNotContain("BEN-PRIVATE-NOTE", "BEN-PRIVATE-MOMENT", "BEN-IN-THE-WAY");

            String markdown = ExportMarkdown.render(doc);
            assertThat(markdown).startsWith("# My OpenUp journey").contains("## Questions I asked", "ANA-PRIVATE-NOTE",
                    "BEN-THANKS-TO-ANA", "ANA-IN-THE-WAY");
            assertThat(markdown).doesNotContain("BEN-PRIVATE-NOTE", "BEN-PRIVATE-MOMENT", "BEN-IN-THE-WAY");

            // what either member wrote is text in the report, never markup a viewer would render or run
            reflections.noteMoment(ana, j, "<img src=x onerror=alert(1)> & <script>steal()</script>\n# not a heading");
            String escaped = ExportMarkdown.render(core.get(Exports.class).export(ana, j));
            assertThat(escaped).contains("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;steal()&lt;/script&gt; # not a heading")
                    .doesNotContain("<img", "<script", "\n# not a heading");
            reflections.noteMoment(ana, j, "[see](javascript:alert(1)) ![x](http://tracker.example/p.png) **loud** `code` a_b \\");
            assertThat(ExportMarkdown.render(core.get(Exports.class).export(ana, j)))
                    .contains("\\[see\\](javascript:alert(1)) !\\[x\\](http://tracker.example/p.png) \\*\\*loud\\*\\* \\`code\\` a\\_b \\\\")
                    .doesNotContain("[see](", "![x](");

            // an invitation's topic is shared while both are in the journey
            conversations.invite(ben, j, "BEN-TOPIC", null, java.util.List.of());
            assertThat(Serialization.objectMapper().writeValueAsString(core.get(Exports.class).export(ana, j))).contains("BEN-TOPIC");

            // after leaving, each keeps their own and loses the other's shared entries, topics included
            journeys.leave(ben, j);
            assertThat(Serialization.objectMapper().writeValueAsString(conversations.invitations(ana, j))).doesNotContain("BEN-TOPIC");
            assertThat(Serialization.objectMapper().writeValueAsString(core.get(org.openup.insight.Insights.class).timeline(ana, j)))
                    .doesNotContain("BEN-TOPIC");
            assertThat(Serialization.objectMapper().writeValueAsString(conversations.invitations(ben, j))).contains("BEN-TOPIC");
            String afterLeave = Serialization.objectMapper().writeValueAsString(core.get(Exports.class).export(ana, j));
            assertThat(afterLeave).contains("ANA-PRIVATE-NOTE").doesNotContain("BEN-SHARED-NOTE").doesNotContain("BEN-THANKS-TO-ANA")
                    .doesNotContain("BEN-TOPIC");
            String bens = Serialization.objectMapper().writeValueAsString(core.get(Exports.class).export(ben, j));
            assertThat(bens).contains("BEN-PRIVATE-NOTE", "BEN-SHARED-NOTE", "BEN-PRIVATE-MOMENT").doesNotContain("ANA-PRIVATE-NOTE");
        }
    }
}
