package org.openup.email;

import org.openup.plugin.testkit.SelfSignedTls;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The STARTTLS step of SMTP in front of a real SMTP server (GreenMail speaks only plain SMTP and
 * SMTPS): it greets, offers STARTTLS (or, to test a refusal, does not), upgrades the connection
 * with a self-signed certificate made by keytool, then passes the conversation through to the
 * server behind it. Nothing but EHLO, HELO, STARTTLS and QUIT is accepted before TLS.
 */
final class StartTlsFront implements AutoCloseable {

    private final ServerSocket listener;
    private final SSLContext tls;
    private final int backend;
    private final boolean offerTls;

    StartTlsFront(Path folder, int backend, boolean offerTls) throws Exception {
        this.backend = backend;
        this.offerTls = offerTls;
        this.tls = SelfSignedTls.make(folder, "localhost", "dns:localhost,ip:127.0.0.1").server();
        this.listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptAll, "starttls-front");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread serve = new Thread(() -> serve(client), "starttls-front-conn");
                serve.setDaemon(true);
                serve.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = client.getOutputStream();
            say(out, "220 front ESMTP");
            for (String line; (line = in.readLine()) != null; ) {
                String verb = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                if (verb.equals("EHLO")) {
                    say(out, offerTls ? "250-front\r\n250 STARTTLS" : "250 front");
                } else if (verb.equals("HELO")) {
                    say(out, "250 front");
                } else if (verb.equals("STAR") && offerTls) {
                    say(out, "220 Go ahead");
                    SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(client, "127.0.0.1", client.getPort(), false);
                    secure.setUseClientMode(false);
                    secure.startHandshake();
                    relay(secure);
                    return;
                } else if (verb.equals("QUIT")) {
                    say(out, "221 Bye");
                    return;
                } else {
                    say(out, "530 Must issue a STARTTLS command first");
                }
            }
        } catch (IOException e) {
            // a client that gave up (a refused certificate, say) ends its connection
        }
    }

    /** After TLS: the server behind takes over, its greeting dropped (the client had one already). */
    private void relay(SSLSocket secure) throws IOException {
        try (Socket server = new Socket(InetAddress.getLoopbackAddress(), backend)) {
            InputStream fromServer = server.getInputStream();
            int c;
            while ((c = fromServer.read()) != -1 && c != '\n') {
                // skip "220 ..." up to its line end
            }
            Thread up = new Thread(() -> pump(secure, server), "starttls-front-up");
            up.setDaemon(true);
            up.start();
            pump(server, secure);
        }
    }

    private static void pump(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // one side closed
        } finally {
            try {
                to.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }


    @Override
    public void close() throws IOException {
        listener.close();
    }
}
