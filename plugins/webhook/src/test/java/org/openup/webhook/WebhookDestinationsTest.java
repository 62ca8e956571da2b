package org.openup.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.engine.readmodel.Jdbc;
import org.openup.spi.notification.Notification;
import org.openup.spi.notification.NotificationChannel;
import org.openup.spi.notification.NotificationKind;
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
    void everySpecialPurposeAddressIsRefusedAndPublicOnesAreNot() throws Exception {
        // IANA's special-purpose registries, including the probes that once got through
        for (String special : new String[]{"127.0.0.1", "::1", "10.1.2.3", "172.16.0.1", "192.168.1.20", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "fd00::1", "fe80::1", "224.0.0.1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe",
                "2002:7f00:1::", "::127.0.0.1", "::ffff:127.0.0.1", "198.18.0.1", "192.0.0.1", "240.0.0.1", "255.255.255.255",
                "192.0.2.1", "198.51.100.7", "203.0.113.9", "2001:db8::1", "2001::1", "64:ff9b:1::1", "100::1", "ff02::1",
                // AS112-v6 and the dummy IPv6 prefix of the IANA registry, their edges included
                "2620:4f:8000::", "2620:4f:8000:ffff:ffff:ffff:ffff:ffff", "100:0:0:1::", "100:0:0:1:ffff:ffff:ffff:ffff"}) {
            assertThat(WebhookDestinations.isSpecial(InetAddress.getByName(special))).as(special).isTrue();
        }
        for (String outside : new String[]{"93.184.215.14", "8.8.8.8", "2606:4700::1111", "100.128.0.1", "172.32.0.1", "2a00:1450::1",
                // just outside those two blocks
                "2620:4f:8001::1", "2620:4f:7fff:ffff::1", "100:0:0:2::1"}) {
            assertThat(WebhookDestinations.isSpecial(InetAddress.getByName(outside))).as(outside).isFalse();
        }
        assertThat(WebhookDestinations.from(Map.of()).refusal(URI.create("http://[64:ff9b::7f00:1]:8123/hook")))
                .get().asString().contains("inside this server's own network or reserved");
        assertThat(WebhookDestinations.from(Map.of()).refusal(URI.create("http://127.0.0.1:8123/hook"))).isPresent();
        assertThat(WebhookDestinations.from(Map.of(WebhookDestinations.ALLOW_PRIVATE, "true"))
                .refusal(URI.create("http://127.0.0.1:8123/hook"))).isEmpty();
    }

    @Test
    void aNameThatDoesNotResolveNowIsRefusedWhenAdded() {
        WebhookDestinations nothingResolves = new WebhookDestinations(false, host -> {
            throw new java.net.UnknownHostException(host);
        });
        assertThat(nothingResolves.refusal(URI.create("http://0x7f000001/hook"))).get().asString().contains("does not resolve");
        assertThat(nothingResolves.refusal(URI.create("https://hooks.example.net/x"))).get().asString().contains("does not resolve");
    }

    @Test
    void aNameIsResolvedOnceAndTheCheckedAddressIsTheOneConnectedTo() throws Exception {
        // a rebinding name: public when checked, private when asked again
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        WebhookDestinations rebinding = new WebhookDestinations(false, host -> asked.getAndIncrement() == 0
                ? new InetAddress[]{InetAddress.getByName("93.184.215.14")}
                : new InetAddress[]{InetAddress.getByName("127.0.0.1")});
        InetAddress checked = rebinding.address(URI.create("http://hooks.example.net/x"));
        assertThat(checked.getHostAddress()).isEqualTo("93.184.215.14");
        assertThat(asked).hasValue(1);
        // the next delivery asks again, sees the private answer and is refused
        assertThatThrownBy(() -> rebinding.address(URI.create("http://hooks.example.net/x")))
                .isInstanceOf(WebhookDestinations.Refused.class).hasMessageContaining("127.0.0.1");
    }

    @Test
    void aDeliveryGoesToTheAddressItCheckedNotToASecondLookup() throws Exception {
        // "hooks.test" resolves only through the plugin's resolver: if anything looked it up again
        // (as Java's HTTP client would), the delivery could not reach the receiver at all
        WebhookPlugin plugin = WebhookPlugin.resolvingWith(host ->
                host.equals("hooks.test") ? new InetAddress[]{InetAddress.getByName("127.0.0.1")} : InetAddress.getAllByName(host));
        try (org.openup.plugin.testkit.HttpRecorder receiver = new org.openup.plugin.testkit.HttpRecorder(0);
             PluginTestKit kit = PluginTestKit.start(TestStores.SQLITE.newStore(home), plugin)) {
            Couple couple = kit.couple();
            int port = URI.create(receiver.url("/ana")).getPort();
            var endpoint = plugin.endpoints().register(couple.ana().memberId(), "http://hooks.test:" + port + "/ana");
            Notification n = new Notification("d2", couple.ana().memberId(), couple.ana().journeyId(), NotificationKind.INVITATION_RECEIVED,
                    null, null, null, null, Instant.now());
            plugin.channel().deliver(n, endpoint.endpointId());
            assertThat(receiver.accepted("/ana")).singleElement()
                    .satisfies(r -> assertThat(r.body()).contains("openup.invitation.received"));

            // removed, it keeps neither its address nor its signing secret
            plugin.endpoints().remove(couple.ana().memberId(), endpoint.endpointId());
            assertThat(kit.get(Jdbc.class).query("SELECT url, secret FROM webhook_endpoint WHERE endpoint_id = ?",
                    rs -> rs.getString(1) + rs.getString(2), endpoint.endpointId())).containsExactly("");
        }
    }

    @Test
    void anHttpsDeliveryGoesToTheCheckedAddressAndTheCertificateMustBeForTheName() throws Exception {
        // "hooks.test" and "elsewhere.test" resolve only through the plugin's resolver, to this machine:
        // a second lookup (as Java's HTTP client made) could not reach the receiver at all
        try (TlsReceiver receiver = new TlsReceiver(home.resolve("tls"), "hooks.test")) {
            WebhookPlugin plugin = WebhookPlugin.resolvingWith(host -> host.equals("hooks.test") || host.equals("elsewhere.test")
                    ? new InetAddress[]{InetAddress.getByName("127.0.0.1")} : InetAddress.getAllByName(host), receiver.trustingIt());
            try (PluginTestKit kit = PluginTestKit.start(TestStores.SQLITE.newStore(home), plugin)) {
                Couple couple = kit.couple();
                Notification n = new Notification("d3", couple.ana().memberId(), couple.ana().journeyId(), NotificationKind.INVITATION_RECEIVED,
                        null, null, null, null, Instant.now());
                var endpoint = plugin.endpoints().register(couple.ana().memberId(), "https://hooks.test:" + receiver.port() + "/ana");

                plugin.channel().deliver(n, endpoint.endpointId());

                // arrived over TLS that named the host, to the address that was checked
                assertThat(receiver.bodies()).singleElement().satisfies(b -> assertThat(b).contains("openup.invitation.received"));
                assertThat(receiver.serverNames()).containsExactly("hooks.test");

                // the same address under a name its certificate is not for gets nothing: the name is still checked
                var elsewhere = plugin.endpoints().register(couple.ana().memberId(), "https://elsewhere.test:" + receiver.port() + "/ana");
                assertThatThrownBy(() -> plugin.channel().deliver(n, elsewhere.endpointId())).isInstanceOf(java.io.IOException.class);
                assertThat(receiver.bodies()).hasSize(1);
            }
        }
    }

    @Test
    void aMembersEndpointInsideTheNetworkIsRefusedWhenAddedAndWhenDelivered() throws Exception {
        WebhookPlugin plugin = new WebhookPlugin();
        try (PluginTestKit kit = PluginTestKit.start(TestStores.SQLITE.newStore(home), plugin)) {
            // given: Ana, and no permission from the operator for private addresses
            Couple couple = kit.couple();

            // when: she adds endpoints on this machine and at the cloud's metadata address
            PluginCli.Result local = kit.cli(couple.ana(), "webhook", "add", "http://127.0.0.1:8123/hook");
            PluginCli.Result metadata = kit.cli(couple.ana(), "webhook", "add", "http://169.254.169.254/latest/meta-data");

            // then: both are refused as bad input, saying why and what the operator could set
            assertThat(local.exit()).isEqualTo(2);
            assertThat(local.err()).contains("inside this server's own network").contains("OPENUP_WEBHOOK_ALLOW_PRIVATE=true");
            assertThat(metadata.exit()).isEqualTo(2);
            assertThat(plugin.endpoints().of(couple.ana().memberId())).isEmpty();

            // and: an endpoint whose address turned private since it was added (say its name resolves there now) is not posted to
            kit.get(Jdbc.class).update("INSERT INTO webhook_endpoint (endpoint_id, member_id, url, secret, created_at) VALUES (?, ?, ?, ?, ?)",
                    "ep_turned", couple.ana().memberId(), "http://127.0.0.1:8123/hook", "whsec_c2VjcmV0", Instant.now());
            Notification n = new Notification("d1", couple.ana().memberId(), couple.ana().journeyId(), NotificationKind.INVITATION_RECEIVED,
                    null, null, null, null, Instant.now());
            assertThatThrownBy(() -> plugin.channel().deliver(n, "ep_turned"))
                    .isInstanceOf(NotificationChannel.TargetGone.class).hasMessageContaining("127.0.0.1");
        }
    }
}
