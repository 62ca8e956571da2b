package org.openup.webhook;

import org.openup.plugin.testkit.SelfSignedTls;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTPS webhook receiver on this machine, with a self-signed certificate for one name made by
 * the JDK's keytool (as the email plugin's StartTlsFront makes its own). It keeps each body it was
 * sent and the name each client asked for in TLS (SNI), and answers 204. A client that refuses
 * its certificate leaves nothing.
 */
final class TlsReceiver implements AutoCloseable {

    private final SelfSignedTls tls;
    private final SSLServerSocket listener;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> serverNames = new CopyOnWriteArrayList<>();

    TlsReceiver(Path folder, String name) throws Exception {
        this.tls = SelfSignedTls.make(folder, name, "dns:" + name); // the name only, no address
        this.listener = (SSLServerSocket) tls.server().getServerSocketFactory().createServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptAll, "tls-receiver");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** TLS for a client that trusts this receiver's certificate and no other. */
    SSLContext trustingIt() throws Exception {
        return tls.trust();
    }

    List<String> bodies() {
        return bodies;
    }

    List<String> serverNames() {
        return serverNames;
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread serve = new Thread(() -> serve((SSLSocket) client), "tls-receiver-conn");
                serve.setDaemon(true);
                serve.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(SSLSocket client) {
        try (SSLSocket socket = client) {
            socket.setSoTimeout(10_000);
            socket.startHandshake();
            for (var name : ((ExtendedSSLSession) socket.getSession()).getRequestedServerNames()) {
                serverNames.add(name instanceof SNIHostName host ? host.getAsciiName() : name.toString());
            }
            InputStream in = socket.getInputStream();
            String head = head(in);
            int length = 0;
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring("content-length:".length()).strip());
                }
            }
            bodies.add(new String(in.readNBytes(length), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException refusedOrBroken) {
            // a client that refused the certificate ends the handshake here, having sent nothing
        }
    }

    /** The request line and headers, up to the empty line. */
    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the request ended in its head");
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1
                    : b == '\r' ? 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }


    @Override
    public void close() throws IOException {
        listener.close();
    }
}
