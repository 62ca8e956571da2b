package com.example.ntfy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.plugin.testkit.Couple;
import org.openup.plugin.testkit.HttpRecorder;
import org.openup.plugin.testkit.PluginTestKit;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class NtfyPluginTest {

    @Test
    void benHearsOfAnasInvitationOnHisTopicEvenWhenTheServerFailsOnce(@TempDir Path home) throws Exception {
        try (HttpRecorder ntfy = new HttpRecorder(1); PluginTestKit kit = PluginTestKit.start(home, new NtfyPlugin(ntfy.url("")))) {
            // Given Ben chose a topic and Ana did not
            Couple couple = kit.couple();
            assertThat(kit.cli(couple.ben(), "ntfy", "topic", "ben-7f3a").exit()).isZero();
            // When Ana invites him, and the outbox tries again after the server's first failure
            couple.ana().invite(10);
            kit.deliverNotifications();
            kit.advance(java.time.Duration.ofSeconds(2));
            // Then Ben's topic got one push with no words of Ana's, and nothing went anywhere else
            assertThat(ntfy.accepted("/ben-7f3a")).map(HttpRecorder.Received::body).containsExactly("Something is waiting for you in OpenUp (INVITATION_RECEIVED)");
            assertThat(ntfy.received()).allSatisfy(push -> assertThat(push.path()).isEqualTo("/ben-7f3a"));
        }
    }
}
