package org.openup.webhook;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One POST to the address that was checked, not to whatever the name resolves to a moment later:
 * a name that answered with a public address for the check and a private one for the connection
 * (DNS rebinding) gets nothing. Java 17's HTTP client resolves names itself with no way to hand it
 * the checked address, so every delivery goes out here. Over HTTPS the connection to that address
 * is wrapped in TLS that names the host (SNI) and checks the certificate against the name as a
 * browser would, so the address must still prove it is that name before a byte of the request is
 * sent.
 */
final class PinnedPost {

    private PinnedPost() {
    }

    /** The HTTP status the endpoint answered; {@code tls} is asked only for an {@code https} address. */
    static int send(InetAddress address, URI uri, Map<String, String> headers, String body, Duration timeout,
                    Supplier<SSLSocketFactory> tls) throws IOException {
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: ").append(uri.getHost())
                .append(uri.getPort() > 0 ? ":" + uri.getPort() : "").append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(payload.length).append("\r\nConnection: close\r\n\r\n");
        try (Socket socket = connect(address, port, timeout, https ? host(uri) : null, https ? tls.get() : null)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(payload);
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
            if (status == null || !status.matches("HTTP/1\\.[01] \\d{3}( .*)?")) {
                throw new IOException("the endpoint did not answer in HTTP");
            }
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    /** A connection to {@code address}; with {@code tls}, wrapped in TLS for {@code host}, its handshake done. */
    private static Socket connect(InetAddress address, int port, Duration timeout, String host, SSLSocketFactory tls)
            throws IOException {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
            plain.setSoTimeout((int) timeout.toMillis());
            if (tls == null) {
                return plain;
            }
            SSLSocket secure = (SSLSocket) tls.createSocket(plain, host, port, true);
            SSLParameters parameters = secure.getSSLParameters();
            // the certificate must be for the name the endpoint was registered with, not for the address
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (!isAddressLiteral(host)) {
                try {
                    parameters.setServerNames(List.of(new SNIHostName(host)));
                } catch (IllegalArgumentException notForSni) {
                    // a name SNI cannot carry (a trailing dot): sent without it, the certificate still checked against the name
                }
            }
            secure.setSSLParameters(parameters);
            secure.startHandshake();
            return secure;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    /** The host as the certificate names it: an IPv6 literal without its brackets. */
    private static String host(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** TLS names no address in SNI; its certificate is checked against the address itself. */
    private static boolean isAddressLiteral(String host) {
        return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }
}
