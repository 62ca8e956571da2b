package org.openup.web.operations;

import io.javalin.http.Context;
import org.openup.web.access.Caller;
import org.openup.web.access.TrustedProxies;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who may read what the server says about itself beyond up or down ({@code /health}'s details,
 * {@code /metrics}): a request with {@code Authorization: Bearer $OPENUP_OPERATOR_TOKEN}, or one
 * from this machine itself. The client is the one {@link TrustedProxies} names, so behind a
 * reverse proxy on the same machine only what the proxy forwards from loopback counts as local.
 */
public final class Operators {

    public static final String ENV = "OPENUP_OPERATOR_TOKEN";

    private final TrustedProxies proxies;
    private final String token;

    /** {@code token}: the operators' secret, or null or blank for none (then only this machine is an operator). */
    public Operators(TrustedProxies proxies, String token) {
        this.proxies = proxies;
        this.token = token == null || token.isBlank() ? null : token.strip();
    }

    public boolean asked(Context ctx) {
        boolean carriesToken = token != null && Caller.sameSecret(Caller.bearer(ctx).orElse(null), token);
        return carriesToken || local(proxies.client(ctx));
    }

    private static boolean local(String client) {
        try {
            // an address literal, as the connection or a trusted proxy gave it: no name is looked up
            return client != null && InetAddress.getByName(client).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
