package org.openup.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where webhooks may go. Any member can register an endpoint, so without a rule the server could
 * be made to send requests into its own network: to itself, to a cloud's metadata service, to
 * whatever listens on a private address. Every address of IANA's special-purpose registries for
 * IPv4 and IPv6 is refused (private, loopback, link-local, shared, benchmarking, documentation,
 * reserved, broadcast, multicast, the AS112 and dummy IPv6 prefixes, and the forms that carry an IPv4 address inside an IPv6 one:
 * NAT64, 6to4, Teredo, IPv4-compatible and -mapped), unless the operator allows them with
 * {@code OPENUP_WEBHOOK_ALLOW_PRIVATE=true}, as a home setup posting to a hub on its own network
 * needs. A name must resolve when it is registered; at each delivery it is resolved once, checked
 * again, and the request goes to the address that was checked (see {@link WebhookChannel}).
 */
final class WebhookDestinations {

    static final String ALLOW_PRIVATE = "OPENUP_WEBHOOK_ALLOW_PRIVATE";

    /** How names become addresses; the system's resolver unless a test brings its own. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A block of addresses: {@code bits} leading bits of {@code network}. */
    private record Block(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** IANA IPv4 and IPv6 Special-Purpose Address Registries, and multicast; none is a public webhook receiver. */
    private static final List<Block> SPECIAL = List.of(
            block("0.0.0.0", 8), block("10.0.0.0", 8), block("100.64.0.0", 10), block("127.0.0.0", 8),
            block("169.254.0.0", 16), block("172.16.0.0", 12), block("192.0.0.0", 24), block("192.0.2.0", 24),
            block("192.31.196.0", 24), block("192.52.193.0", 24), block("192.88.99.0", 24), block("192.168.0.0", 16),
            block("192.175.48.0", 24), block("198.18.0.0", 15), block("198.51.100.0", 24), block("203.0.113.0", 24),
            block("224.0.0.0", 4), block("240.0.0.0", 4),
            block("::", 96), block("::ffff:0:0", 96), block("64:ff9b::", 96), block("64:ff9b:1::", 48), block("100::", 64),
            block("100:0:0:1::", 64), block("2001::", 23), block("2001:db8::", 32), block("2002::", 16), block("3fff::", 20), block("5f00::", 16),
            block("2620:4f:8000::", 48), block("fc00::", 7), block("fe80::", 10), block("ff00::", 8));

    private final boolean allowPrivate;
    private final Resolver resolver;

    WebhookDestinations(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    WebhookDestinations(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The same resolver, with no address refused: for the operator's own endpoints. */
    WebhookDestinations allowingAll() {
        return new WebhookDestinations(true, resolver);
    }

    static WebhookDestinations from(Map<String, String> env) {
        return new WebhookDestinations(Boolean.parseBoolean(env.getOrDefault(ALLOW_PRIVATE, "false").strip()));
    }

    /** Why {@code uri} may not be registered, or empty when it may: its name must resolve now, to allowed addresses only. */
    Optional<String> refusal(URI uri) {
        try {
            address(uri);
            return Optional.empty();
        } catch (Refused refused) {
            return Optional.of(refused.getMessage());
        } catch (UnknownHostException unknown) {
            return Optional.of(uri.getHost() + " does not resolve to an address now; check the name and add the endpoint again.");
        }
    }

    /**
     * The one address a delivery connects to: the name resolved once, every address it gave
     * checked. Refused when any is special; unresolvable now (a delivery to try again later) as
     * {@link UnknownHostException}.
     */
    InetAddress address(URI uri) throws UnknownHostException, Refused {
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new Refused("The address names no host.");
        }
        InetAddress[] addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        if (addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isSpecial(address)) {
                    throw new Refused(host + " is an address inside this server's own network or reserved for special use ("
                            + address.getHostAddress() + "); webhooks go to public addresses unless the operator sets "
                            + ALLOW_PRIVATE + "=true.");
                }
            }
        }
        return addresses[0];
    }

    static boolean isSpecial(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || SPECIAL.stream().anyMatch(b -> b.contains(bytes));
    }

    /** A destination no delivery may go to, whatever happens next. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private static Block block(String network, int bits) {
        try {
            byte[] bytes = InetAddress.getByName(network).getAddress(); // a literal: no name is looked up
            if (network.contains(":") && bytes.length == 4) {
                // Java reads "::ffff:0:0" as IPv4; the block is the IPv6 mapped range
                byte[] v6 = new byte[16];
                v6[10] = (byte) 0xff;
                v6[11] = (byte) 0xff;
                return new Block(v6, bits);
            }
            return new Block(bytes, bits);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a literal address: " + network, e);
        }
    }
}
