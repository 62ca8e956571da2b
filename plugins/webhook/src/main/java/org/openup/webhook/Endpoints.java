package org.openup.webhook;

import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.NotFoundException;
import org.openup.spi.PluginStore;
import org.openup.spi.PluginTables;
import org.openup.spi.SecretToken;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.openup.spi.MemberData;

import java.util.Optional;

/** Registered endpoints. Members see and remove only their own; operator endpoints (no member) only from the CLI. */
public final class Endpoints implements MemberData {

    /** An endpoint as its owner sees it: the secret is shown once, when it is created. */
    public record Endpoint(String endpointId, String memberId, String url, Instant createdAt) {
    }

    /** What registering answers: the endpoint and its signing secret. */
    public record Registered(String endpointId, String url, String secret) {
    }

    /** {@code memberId} null: an operator's endpoint. */
    record Target(String url, String secret, String memberId) {
    }

    private final PluginStore store;
    private final PluginTables tables;
    private final Clock clock;
    private final WebhookDestinations destinations;
    private final WebhookDestinations operatorDestinations;

    Endpoints(PluginStore store, Clock clock, WebhookDestinations destinations) {
        this.destinations = destinations;
        this.operatorDestinations = destinations.allowingAll();
        this.store = store;
        this.tables = store.tables(Endpoints.class, "org/openup/webhook/migration", 1); // when the plugin starts
        this.clock = clock;
    }

    /** {@code memberId} null registers an operator endpoint, which receives every member's notifications. */
    public Registered register(String memberId, String url) {
        String checked = checkUrl(url);
        refusal(memberId, checked).ifPresent(reason -> {
            throw new InvalidInputException("url", reason);
        });
        String id = "ep_" + newId();
        String secret = Signature.newSecret();
        tables.update("INSERT INTO webhook_endpoint (endpoint_id, member_id, url, secret, created_at) VALUES (?, ?, ?, ?, ?)",
                id, memberId, checked, secret, clock.instant());
        return new Registered(id, checked, secret);
    }

    /** The member's endpoints (null: the operator's). */
    public List<Endpoint> of(String memberId) {
        return tables.query("SELECT endpoint_id, member_id, url, created_at FROM webhook_endpoint WHERE removed_at IS NULL AND "
                        + owner(memberId) + " ORDER BY created_at, endpoint_id",
                rs -> new Endpoint(rs.getString(1), rs.getString(2), rs.getString(3), PluginTables.instant(rs, "created_at")), owned(memberId));
    }

    public void remove(String memberId, String endpointId) {
        Object[] values = memberId == null ? new Object[]{clock.instant(), endpointId} : new Object[]{clock.instant(), endpointId, memberId};
        // a removed endpoint keeps no address and no signing secret, only that it existed (deliveries refer to it)
        int removed = tables.update("UPDATE webhook_endpoint SET removed_at = ?, url = '', secret = '' WHERE endpoint_id = ? "
                + "AND removed_at IS NULL AND " + owner(memberId), values);
        if (removed == 0) {
            throw new NotFoundException("You have no webhook endpoint with id " + endpointId + ".");
        }
        // blanked in the row is not yet gone from the disk: the journal may hold the row as it was
        store.scrubFreedSpace();
    }

    /** A forgotten member's endpoints go for good, addresses and secrets with them. */
    @Override
    public void erase(String memberId) {
        tables.update("DELETE FROM webhook_endpoint WHERE member_id = ?", memberId);
    }

    /** Where a member's notifications go: their own endpoints and the operator's. */
    List<String> targetsOf(String memberId) {
        return tables.query("SELECT endpoint_id FROM webhook_endpoint WHERE removed_at IS NULL AND (member_id = ? OR member_id IS NULL) "
                + "ORDER BY endpoint_id", rs -> rs.getString(1), memberId);
    }

    Optional<Target> target(String endpointId) {
        return tables.one("SELECT url, secret, member_id FROM webhook_endpoint WHERE endpoint_id = ? AND removed_at IS NULL",
                rs -> new Target(rs.getString(1), rs.getString(2), rs.getString(3)), endpointId);
    }

    /**
     * Why a member's endpoint may not be sent to at {@code url} (it resolves inside the server's
     * network); an operator's endpoint ({@code memberId} null) may go anywhere the operator chooses.
     * Asked at registration and before each delivery.
     */
    Optional<String> refusal(String memberId, String url) {
        return memberId == null ? Optional.empty() : destinations.refusal(URI.create(url));
    }

    /**
     * The one address a delivery to {@code target} connects to, resolved once and checked (an
     * operator's endpoint is not checked, only resolved); {@link WebhookDestinations.Refused} when
     * a member's endpoint now resolves inside the network.
     */
    java.net.InetAddress connectTo(Target target) throws java.io.IOException {
        return (target.memberId() == null ? operatorDestinations : destinations).address(URI.create(target.url()));
    }

    /** The operator's endpoints have no member; written out, as a typeless null parameter upsets PostgreSQL. */
    private static String owner(String memberId) {
        return memberId == null ? "member_id IS NULL" : "member_id = ?";
    }

    private static Object[] owned(String memberId) {
        return memberId == null ? new Object[0] : new Object[]{memberId};
    }

    private static String checkUrl(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            throw new InvalidInputException("url", "Give the endpoint's address, e.g. https://example.org/openup-hook.");
        }
        try {
            URI uri = new URI(url.strip());
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
                throw new InvalidInputException("url", "A webhook address starts with https:// (or http://) and names a host.");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "'" + url + "' is not a web address.");
        }
    }

    /** 128 random bits, URL-safe. */
    private static String newId() {
        return SecretToken.random(16).value();
    }
}
