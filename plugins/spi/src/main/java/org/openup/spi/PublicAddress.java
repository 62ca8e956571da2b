package org.openup.spi;

import java.util.Map;

/**
 * Where people reach this OpenUp ({@code OPENUP_PUBLIC_URL}), for every link OpenUp makes: in
 * webhook payloads, calendar entries and feed addresses, whether made in a web request or not.
 * Unset, it is where the web adapter actually listens (told once it has started), else its
 * default address, right for one person on one machine. Never the Host a request named: that is
 * the sender's to choose. Inject it.
 */
public final class PublicAddress {

    public static final String ENV = "OPENUP_PUBLIC_URL";
    /** Where {@code openup web} listens unless told otherwise. */
    static final String WEB_DEFAULT = "http://127.0.0.1:7070";

    private final boolean configured;
    private volatile String base;

    private PublicAddress(String base, boolean configured) {
        this.base = trimmed(base);
        this.configured = configured;
    }

    public static PublicAddress from(Map<String, String> env) {
        String value = env.get(ENV);
        boolean configured = value != null && !value.isBlank();
        return new PublicAddress(configured ? value.strip() : WEB_DEFAULT, configured);
    }

    /** The web adapter, once listening: links follow the real port unless an address was configured. */
    public void listeningAt(String host, int port) {
        if (!configured) {
            String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            base = "http://" + ("0.0.0.0".equals(host) || "::".equals(host) ? "127.0.0.1" : shown) + ":" + port;
        }
    }

    public String base() {
        return base;
    }

    /** {@code path} (starting with a slash) under this address. */
    public String of(String path) {
        return base + path;
    }

    private static String trimmed(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
