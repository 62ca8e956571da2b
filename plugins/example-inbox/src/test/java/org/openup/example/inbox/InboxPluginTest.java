package org.openup.example.inbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.content.Content;
import org.openup.plugin.testkit.Couple;
import org.openup.plugin.testkit.PluginTestKit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InboxPluginTest {

    @Test
    void benWhoSwitchedTheInboxOnFindsAnasInvitationThere(@TempDir Path home) throws Exception {
        try (PluginTestKit kit = PluginTestKit.start(home, new InboxPlugin())) {
            // Given Ben switched his inbox on and Ana did not
            Couple couple = kit.couple();
            kit.cli(couple.ben(), "inbox", "on");

            // When Ana invites Ben and thanks him, and the outbox is worked twice
            couple.ana().invite(10);
            couple.ana().thankPartner("He told me about his week", "Thank you for telling me");
            kit.deliverNotifications();
            kit.deliverNotifications();

            // Then Ben's inbox has each notification once, Ana's stays empty, and the content pack is in
            assertThat(kit.cli(couple.ben(), "inbox", "show").out().lines())
                    .anyMatch(line -> line.contains("INVITATION_RECEIVED")).anyMatch(line -> line.contains("GRATITUDE_RECEIVED")).hasSize(2);
            assertThat(kit.web("inbox").call(couple.ana(), "GET", "/", null).body()).isEqualTo(Map.of("lines", List.of()));
            // a script reads the same as JSON
            assertThat(kit.cli(couple.ana(), "inbox", "show", "--json").out()).contains("\"lines\" : [ ]");
            assertThat(kit.get(Content.class).constraint("shift-work", "en")).isPresent();
        }
    }
}
