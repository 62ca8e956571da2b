package org.openup.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;

/**
 * Where webhooks may go. Any member can register an endpoint, so without a rule the server could
 * be made to send requests into its own network: to itself, to a cloud's metadata service, to
 * whatever listens on a private address. Such destinations are refused, at registration and again
 * at each delivery (a name may resolve elsewhere by then), unless the operator allows them with
 * {@code OPENUP_WEBHOOK_ALLOW_PRIVATE=true}, as a home setup posting to a hub on its own network needs.
 */
final class WebhookDestinations {

    static final String ALLOW_PRIVATE = "OPENUP_WEBHOOK_ALLOW_PRIVATE";

    private final boolean allowPrivate;

    WebhookDestinations(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    static WebhookDestinations from(Map<String, String> env) {
        return new WebhookDestinations(Boolean.parseBoolean(env.getOrDefault(ALLOW_PRIVATE, "false").strip()));
    }

    /**
     * Why {@code uri} may not be posted to, or empty when it may. A host that does not resolve now
     * is not refused for that (delivery retries); every address it resolves to must be public.
     */
    Optional<String> refusal(URI uri) {
        if (allowPrivate) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException notNow) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                return Optional.of(uri.getHost() + " is an address inside this server's own network (" + address.getHostAddress()
                        + "); webhooks go to public addresses unless the operator sets " + ALLOW_PRIVATE + "=true.");
            }
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xFE) == 0xFC; // unique local fc00::/7
        }
        return (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64; // shared address space 100.64.0.0/10
    }
}
