package org.openup.webhook;

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
import java.util.Map;

/**
 * One plain-HTTP POST to the address that was checked, not to whatever the name resolves to a
 * moment later: a name that answered with a public address for the check and a private one for
 * the connection (DNS rebinding) gets nothing. Java 17's HTTP client resolves names itself with
 * no way to hand it the checked address, so plain HTTP goes out here; over HTTPS the client's
 * certificate check binds the request to the name, and an address inside the network would have
 * to present a valid certificate for it before a byte of the request is sent.
 */
final class PinnedPost {

    private PinnedPost() {
    }

    /** The HTTP status the endpoint answered. */
    static int send(InetAddress address, URI uri, Map<String, String> headers, String body, Duration timeout) throws IOException {
        int port = uri.getPort() > 0 ? uri.getPort() : 80;
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: ").append(uri.getHost())
                .append(uri.getPort() > 0 ? ":" + uri.getPort() : "").append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(payload.length).append("\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
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
}
