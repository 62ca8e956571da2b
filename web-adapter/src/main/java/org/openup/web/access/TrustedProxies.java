package org.openup.web.access;

import io.javalin.http.Context;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Which client a request came from when OpenUp runs behind proxies or load balancers
 * ({@code OPENUP_TRUSTED_PROXIES}: addresses or CIDR ranges, comma-separated). Sign-in throttling
 * counts failures per client address; behind a proxy the TCP peer is the proxy, so without this
 * everyone would share one count. {@code X-Forwarded-For} is believed only from a trusted peer,
 * and read from the right, past the trusted hops, so a client cannot name itself someone else;
 * so is {@code X-Forwarded-Proto} (HSTS and the session cookie's {@code Secure} flag).
 */
public final class TrustedProxies {

    public static final String ENV = "OPENUP_TRUSTED_PROXIES";

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = prefix;
            for (int i = 0; i < address.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xFF : (0xFF << (8 - bits)) & 0xFF;
                if ((address[i] & mask) != (network[i] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** None trusted: the TCP peer is the client. */
    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** From {@code OPENUP_TRUSTED_PROXIES}; a value that is no address or range stops the start with a message saying which. */
    public static TrustedProxies from(Map<String, String> env) {
        String value = env.getOrDefault(ENV, "");
        List<Range> ranges = new ArrayList<>();
        for (String part : value.split(",")) {
            String entry = part.strip();
            if (!entry.isEmpty()) {
                ranges.add(range(entry));
            }
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    private static Range range(String entry) {
        int slash = entry.indexOf('/');
        byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
        if (network == null) {
            throw new IllegalArgumentException(ENV + ": '" + entry + "' is not an IP address or range (e.g. 10.0.0.5 or 10.0.0.0/24).");
        }
        int prefix = network.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException(ENV + ": '" + entry + "' has no valid prefix length (0 to " + network.length * 8 + ").");
            }
        }
        return new Range(network, prefix);
    }

    /** The bytes of an IP literal, or null for anything else (never a name lookup). */
    private static byte[] literal(String text) {
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        boolean v4 = s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = s.contains(":") && s.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private boolean trusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && ranges.stream().anyMatch(r -> r.contains(bytes));
    }

    /**
     * Whether the request came over HTTPS: to this server itself, or to a trusted proxy that says
     * so in {@code X-Forwarded-Proto}. From any other peer that header is the sender's own choice.
     */
    public boolean overHttps(Context ctx) {
        return overHttps(ctx.scheme(), ctx.ip(), ctx.header("X-Forwarded-Proto"));
    }

    /** {@link #overHttps(Context)} for a request with this scheme, from {@code peer}, with this {@code X-Forwarded-Proto} (or null). */
    public boolean overHttps(String scheme, String peer, String forwardedProto) {
        if ("https".equalsIgnoreCase(scheme)) {
            return true;
        }
        return forwardedProto != null && "https".equalsIgnoreCase(forwardedProto.strip()) && peer != null && trusted(peer);
    }

    /** The client of this request: its peer, or the address a trusted proxy forwarded for. */
    public String client(Context ctx) {
        return client(ctx.ip(), Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
    }

    /**
     * The client's address: the peer itself unless it is a trusted proxy; then the right-most
     * address in {@code X-Forwarded-For} (all its headers, in order) that is not a trusted proxy.
     */
    public String client(String peer, List<String> forwardedFor) {
        if (ranges.isEmpty() || !trusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop) == null) {
                return peer; // a hop that is no address: the chain cannot be believed past it
            }
            if (!trusted(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
