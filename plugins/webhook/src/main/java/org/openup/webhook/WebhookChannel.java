package org.openup.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openup.spi.notification.Notification;
import org.openup.spi.notification.NotificationChannel;
import org.openup.spi.notification.NotificationKind;
import org.openup.spi.PublicAddress;

import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * POSTs a notification to one endpoint. The body follows the Standard Webhooks shape
 * ({@code type}, {@code timestamp}, {@code data}); {@code webhook-id} is the notification's delivery
 * id, the same on every retry, so a receiver that remembers ids handles each notification once.
 * Anything but a 2xx answer is a failure, retried by the outbox.
 */
final class WebhookChannel implements NotificationChannel {

    /**
     * Times as ISO-8601 text, as the Standard Webhooks examples write them. Built at the first
     * payload, not when the plugin registers: every CLI run registers it, and few deliver.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    }

    private final Endpoints endpoints;
    /** Asked at the first delivery over HTTPS: setting up TLS costs a CLI run a fifth of a second it mostly never needs. */
    private final Supplier<SSLSocketFactory> tls;
    private final Clock clock;
    private final PublicAddress address;

    WebhookChannel(Endpoints endpoints, Supplier<SSLSocketFactory> tls, Clock clock, PublicAddress address) {
        this.endpoints = endpoints;
        this.tls = tls;
        this.clock = clock;
        this.address = address;
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public List<String> targets(String memberId, NotificationKind kind) {
        return endpoints.targetsOf(memberId);
    }

    @Override
    public void deliver(Notification n, String endpointId) throws Exception {
        Endpoints.Target target = endpoints.target(endpointId).orElseThrow(() -> new TargetGone("endpoint " + endpointId + " was removed"));
        post(target, n.deliveryId(), body(n));
    }

    /**
     * A test message to one endpoint, signed like every delivery ({@code "type": "openup.test"}),
     * sent now rather than from the outbox: the member is waiting to see whether it arrives.
     */
    void sendTest(String endpointId) throws Exception {
        Endpoints.Target target = endpoints.target(endpointId).orElseThrow(() -> new TargetGone("endpoint " + endpointId + " was removed"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "openup.test");
        body.put("timestamp", clock.instant());
        body.put("data", Map.of("endpointId", endpointId, "link", address.of("/#/settings")));
        post(target, "test_" + java.util.UUID.randomUUID().toString().replace("-", ""), Json.MAPPER.writeValueAsString(body));
    }

    /** Signs and POSTs one body to the address checked just now; anything but 2xx throws. */
    private void post(Endpoints.Target target, String id, String body) throws Exception {
        URI uri = URI.create(target.url());
        // resolved once, now, and checked again: the name may point elsewhere than when it was registered
        InetAddress address;
        try {
            address = endpoints.connectTo(target);
        } catch (WebhookDestinations.Refused refused) {
            throw new TargetGone(refused.getMessage());
        } catch (UnknownHostException notNow) {
            throw new IOException("cannot resolve " + uri.getHost() + " now", notNow);
        }
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", Signature.sign(target.secret(), id, timestamp, body));
        int status;
        try {
            // plain HTTP or TLS, to the checked address: no second lookup (see PinnedPost)
            status = PinnedPost.send(address, uri, headers, body, TIMEOUT, tls);
        } catch (IOException e) {
            throw new IOException("cannot reach " + uri.getHost() + ": " + e.getMessage(), e);
        }
        if (status / 100 != 2) {
            throw new IOException("the endpoint answered HTTP " + status);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** Structure only (the notification holds no personal text): what happened, when, and where to look. */
    String body(Notification n) throws JsonProcessingException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("deliveryId", n.deliveryId());
        data.put("memberId", n.memberId());
        data.put("journeyId", n.journeyId());
        data.put("kind", n.kind());
        data.put("invitationId", n.invitationId());
        data.put("talkAt", n.talkAt());
        data.put("talkZone", n.talkZone());
        data.put("minutes", n.minutes());
        data.put("link", address.of(n.link()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "openup." + n.kind().name().toLowerCase(Locale.ROOT).replace('_', '.'));
        body.put("timestamp", n.occurredAt());
        body.put("data", data);
        return Json.MAPPER.writeValueAsString(body);
    }
}
