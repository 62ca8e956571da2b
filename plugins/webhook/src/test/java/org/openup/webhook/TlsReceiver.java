package org.openup.webhook;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * An HTTPS webhook receiver on this machine, with a self-signed certificate for one name made by
 * the JDK's keytool (as the email plugin's StartTlsFront makes its own). It keeps each body it was
 * sent and the name each client asked for in TLS (SNI), and answers 204. A client that refuses
 * its certificate leaves nothing.
 */
final class TlsReceiver implements AutoCloseable {

    private final KeyStore keys;
    private final SSLServerSocket listener;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> serverNames = new CopyOnWriteArrayList<>();

    TlsReceiver(Path folder, String name) throws Exception {
        this.keys = selfSigned(Files.createDirectories(folder), name);
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        this.listener = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptAll, "tls-receiver");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** TLS for a client that trusts this receiver's certificate and no other. */
    SSLContext trustingIt() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
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

    /** A key and certificate for {@code name} only (no address), made by the JDK's keytool. */
    private static KeyStore selfSigned(Path folder, String name) throws Exception {
        Path store = folder.resolve(name + ".p12");
        Files.deleteIfExists(store);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=" + name,
                "-ext", "SAN=dns:" + name, "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit").redirectErrorStream(true).start();
        String said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + said);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        return keys;
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
