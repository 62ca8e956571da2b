package org.openup.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.notification.Notifications;
import org.openup.plugin.testkit.Couple;
import org.openup.plugin.testkit.HttpRecorder;
import org.openup.plugin.testkit.PluginTestKit;
import org.openup.spi.web.WebResponse;
import org.openup.testing.TestStores;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications POSTed to a real local HTTP server, retried after a failure, and their signatures
 * checked by the standardwebhooks npm package; on a SQLite file and on PostgreSQL.
 */
class WebhookDeliveryTest {

    @TempDir
    Path home;

    @BeforeAll
    static void installIndependentVerifier() throws Exception {
        StandardWebhooksVerifier.install();
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void signedDeliveriesSurviveAFailingReceiverAndVerifyWithAnotherImplementation(TestStores kind) throws Exception {
        try (HttpRecorder receiver = new HttpRecorder(1);
             PluginTestKit kit = PluginTestKit.start(kind.newStore(home), WebhookPlugin.allowingPrivateAddresses())) {
            Couple couple = kit.couple();
            // Given Ben registers an endpoint on the web and Ana one from the CLI
            WebResponse bens = kit.web("webhook").call(couple.ben(), "POST", "/endpoints",
                    "{\"url\":\"" + receiver.url("/ben") + "\"}");
            assertThat(bens.status()).isEqualTo(201);
            String benSecret = ((Endpoints.Registered) bens.body()).secret();
            var added = kit.cli(couple.ana(), "webhook", "add", receiver.url("/ana"), "--json");
            assertThat(added.exit()).as(added.err()).isZero();
            String anaSecret = new ObjectMapper().readTree(added.out()).get("secret").asText();

            // When Ana invites Ben (with a private topic hint) and Ben's receiver fails the first time
            String invitation = couple.ana().invite(10, "money worries");
            assertThat(kit.deliverNotifications().retrying()).isEqualTo(1);
            assertThat(kit.advance(PluginTestKit.QUICK_RETRIES.firstRetry()).delivered()).isEqualTo(1);
            // and Ben chooses a time, which Ana hears of
            couple.ben().chooseTimeIn(invitation, Duration.ofHours(3), "America/Chicago");
            assertThat(kit.deliverNotifications().delivered()).isEqualTo(1);

            // Then the retry carried the same webhook-id, each side got only its own notification
            assertThat(receiver.received()).extracting(r -> r.headers().get("webhook-id")).hasSize(3)
                    .satisfies(ids -> assertThat(ids.get(0)).isEqualTo(ids.get(1)));
            HttpRecorder.Received toBen = receiver.accepted("/ben").get(0);
            HttpRecorder.Received toAna = receiver.accepted("/ana").get(0);
            JsonNode benBody = new ObjectMapper().readTree(toBen.body());
            assertThat(benBody.get("type").asText()).isEqualTo("openup.invitation.received");
            assertThat(benBody.at("/data/memberId").asText()).isEqualTo(couple.ben().memberId());
            assertThat(benBody.at("/data/minutes").asInt()).isEqualTo(10);
            assertThat(new ObjectMapper().readTree(toAna.body()).at("/data/talkZone").asText()).isEqualTo("America/Chicago");
            assertThat(receiver.received()).allSatisfy(r -> assertThat(r.body()).doesNotContain("money").doesNotContain("Ana")
                    .doesNotContain("Ben"));

            // and the standardwebhooks package accepts both signatures, but not a changed body or the wrong secret
            List<StandardWebhooksVerifier.Delivery> checks = new ArrayList<>(List.of(
                    new StandardWebhooksVerifier.Delivery(benSecret, toBen.headers(), toBen.body()),
                    new StandardWebhooksVerifier.Delivery(anaSecret, toAna.headers(), toAna.body()),
                    new StandardWebhooksVerifier.Delivery(benSecret, toBen.headers(), toBen.body().replace("10", "60")),
                    new StandardWebhooksVerifier.Delivery(anaSecret, toBen.headers(), toBen.body())));
            JsonNode verdicts = StandardWebhooksVerifier.verify(checks);
            assertThat(verdicts.findValuesAsText("ok")).containsExactly("true", "true", "false", "false");
            assertThat(verdicts.get(0).get("type").asText()).isEqualTo("openup.invitation.received");

            // and after Ben removes his endpoint nothing more is sent to it
            var listed = (Map<?, ?>) kit.web("webhook").call(couple.ben(), "GET", "/endpoints", null).body();
            String endpoint = ((List<?>) listed.get("endpoints")).stream().map(e -> ((Endpoints.Endpoint) e).endpointId())
                    .findFirst().orElseThrow();
            assertThat(kit.web("webhook").call(couple.ben(), "DELETE", "/endpoints/" + endpoint, null).status()).isEqualTo(204);
            couple.ana().invite(5);
            kit.deliverNotifications();
            assertThat(receiver.accepted("/ben")).hasSize(1);
            assertThat(kit.get(Notifications.class).deliveryCounts().get("webhook")).containsEntry("delivered", 2L);
        }
    }

    @org.junit.jupiter.api.Test
    void forgettingAMemberErasesTheirEndpointsAndSecrets() throws Exception {
        WebhookPlugin plugin = WebhookPlugin.allowingPrivateAddresses();
        try (HttpRecorder receiver = new HttpRecorder(0);
             PluginTestKit kit = PluginTestKit.start(TestStores.SQLITE.newStore(home), plugin)) {
            // Given Ana has an endpoint
            Couple couple = kit.couple();
            var added = kit.cli(couple.ana(), "webhook", "add", receiver.url("/ana"), "--json");
            assertThat(added.exit()).as(added.err()).isZero();
            Endpoints endpoints = plugin.endpoints();
            assertThat(endpoints.of(couple.ana().memberId())).hasSize(1);

            // When she is forgotten
            couple.ana().forget();

            // Then neither her address nor its secret is kept
            assertThat(endpoints.of(couple.ana().memberId())).isEmpty();
            assertThat(kit.get(org.openup.engine.readmodel.Jdbc.class).one("SELECT COUNT(*) FROM webhook_endpoint WHERE member_id = ?",
                    rs -> rs.getLong(1), couple.ana().memberId())).contains(0L);
        }
    }

    /** As ForgetStoreTest does for a forgotten member's key: every byte of every file under the home is searched. */
    @org.junit.jupiter.api.Test
    void aRemovedEndpointsAddressAndSecretAreGoneFromEveryFileOnDisk() throws Exception {
        WebhookPlugin plugin = WebhookPlugin.allowingPrivateAddresses();
        String marker = "hook" + java.util.UUID.randomUUID().toString().replace("-", "");
        String secret;
        try (PluginTestKit kit = PluginTestKit.start(TestStores.SQLITE.newStore(home), plugin)) {
            // Given Ana's endpoint, whose address and signing secret went into the store's files
            Couple couple = kit.couple();
            Endpoints.Registered endpoint = plugin.endpoints().register(couple.ana().memberId(), "http://127.0.0.1:8123/" + marker);
            secret = endpoint.secret().substring("whsec_".length());
            assertThat(everyFileUnder(home)).as("in the files before the removal").contains(secret).contains(marker);

            // When she removes it
            plugin.endpoints().remove(couple.ana().memberId(), endpoint.endpointId());

            // Then no file holds either, while the store is open (the database, its WAL and shared memory)
            assertThat(everyFileUnder(home)).doesNotContain(secret).doesNotContain(marker);
        }
        // and after it closed
        assertThat(everyFileUnder(home)).doesNotContain(secret).doesNotContain(marker);
    }

    private static String everyFileUnder(Path dir) throws java.io.IOException {
        StringBuilder out = new StringBuilder();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                out.append(new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return out.toString();
    }
}
