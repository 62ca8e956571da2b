package org.openup.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.engine.readmodel.Jdbc;
import org.openup.notification.Notification;
import org.openup.notification.NotificationChannel;
import org.openup.notification.NotificationKind;
import org.openup.plugin.testkit.Couple;
import org.openup.plugin.testkit.PluginCli;
import org.openup.plugin.testkit.PluginTestKit;
import org.openup.testing.TestStores;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A member cannot make the server post into its own network, unless the operator allows it. */
class WebhookDestinationsTest {

    @TempDir
    Path home;

    @Test
    void addressesInsideThisServersNetworkArePrivate() throws Exception {
        for (String inside : new String[]{"127.0.0.1", "::1", "10.1.2.3", "172.16.0.1", "192.168.1.20", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "fd00::1", "fe80::1", "224.0.0.1"}) {
            assertThat(WebhookDestinations.isPrivate(InetAddress.getByName(inside))).as(inside).isTrue();
        }
        for (String outside : new String[]{"93.184.215.14", "8.8.8.8", "2606:4700::1111", "100.128.0.1", "172.32.0.1"}) {
            assertThat(WebhookDestinations.isPrivate(InetAddress.getByName(outside))).as(outside).isFalse();
        }
        assertThat(WebhookDestinations.from(Map.of()).refusal(URI.create("http://127.0.0.1:8123/hook"))).isPresent();
        assertThat(WebhookDestinations.from(Map.of(WebhookDestinations.ALLOW_PRIVATE, "true"))
                .refusal(URI.create("http://127.0.0.1:8123/hook"))).isEmpty();
    }

    @Test
    void aMembersEndpointInsideTheNetworkIsRefusedWhenAddedAndWhenDelivered() throws Exception {
        try (PluginTestKit kit = PluginTestKit.start(TestStores.SQLITE.newStore(home), new WebhookPlugin())) {
            // given: Ana, and no permission from the operator for private addresses
            Couple couple = kit.couple();

            // when: she adds endpoints on this machine and at the cloud's metadata address
            PluginCli.Result local = kit.cli(couple.ana(), "webhook", "add", "http://127.0.0.1:8123/hook");
            PluginCli.Result metadata = kit.cli(couple.ana(), "webhook", "add", "http://169.254.169.254/latest/meta-data");

            // then: both are refused as bad input, saying why and what the operator could set
            assertThat(local.exit()).isEqualTo(2);
            assertThat(local.err()).contains("inside this server's own network").contains("OPENUP_WEBHOOK_ALLOW_PRIVATE=true");
            assertThat(metadata.exit()).isEqualTo(2);
            assertThat(kit.get(Endpoints.class).of(couple.ana().memberId())).isEmpty();

            // and: an endpoint whose address turned private since it was added (say its name resolves there now) is not posted to
            kit.get(Jdbc.class).update("INSERT INTO webhook_endpoint (endpoint_id, member_id, url, secret, created_at) VALUES (?, ?, ?, ?, ?)",
                    "ep_turned", couple.ana().memberId(), "http://127.0.0.1:8123/hook", "whsec_c2VjcmV0", Instant.now());
            Notification n = new Notification("d1", couple.ana().memberId(), couple.ana().journeyId(), NotificationKind.INVITATION_RECEIVED,
                    null, null, null, null, Instant.now());
            assertThatThrownBy(() -> kit.get(WebhookChannel.class).deliver(n, "ep_turned"))
                    .isInstanceOf(NotificationChannel.TargetGone.class).hasMessageContaining("127.0.0.1");
        }
    }
}
