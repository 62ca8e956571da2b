package org.openup.plugin;

import java.util.Map;

/**
 * Where people reach this OpenUp ({@code OPENUP_PUBLIC_URL}), for links made outside any web
 * request: in webhook payloads, calendar entries, a feed address the CLI prints. Unset, it is
 * the web adapter's own default address, right for one person on one machine. Inject it.
 */
public record PublicAddress(String base) {

    public static final String ENV = "OPENUP_PUBLIC_URL";
    /** Where {@code openup web} listens unless told otherwise. */
    static final String WEB_DEFAULT = "http://127.0.0.1:7070";

    public PublicAddress {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static PublicAddress from(Map<String, String> env) {
        String configured = env.get(ENV);
        return new PublicAddress(configured == null || configured.isBlank() ? WEB_DEFAULT : configured.strip());
    }

    /** {@code path} (starting with a slash) under this address. */
    public String of(String path) {
        return base + path;
    }
}
