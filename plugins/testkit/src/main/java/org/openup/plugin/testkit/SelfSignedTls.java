package org.openup.plugin.testkit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

/**
 * A key and a self-signed certificate made by the JDK's keytool, for a test's own TLS endpoint
 * (a webhook receiver, a mail relay): {@link #server()} serves with it, {@link #trust()} is what
 * the plugin under test must be told to trust. Nothing leaves the folder it is made in.
 */
public final class SelfSignedTls {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private final KeyStore keys;

    private SelfSignedTls(KeyStore keys) {
        this.keys = keys;
    }

    /**
     * Made in {@code folder} for {@code subjectAltNames} as keytool writes them
     * ({@code "dns:localhost,ip:127.0.0.1"}), with {@code commonName} as the certificate's subject.
     */
    public static SelfSignedTls make(Path folder, String commonName, String subjectAltNames) throws Exception {
        Files.createDirectories(folder);
        Path store = folder.resolve(commonName.replaceAll("[^A-Za-z0-9.-]", "_") + ".p12");
        Files.deleteIfExists(store);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "test", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=" + commonName,
                "-ext", "SAN=" + subjectAltNames, "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", new String(PASSWORD)).redirectErrorStream(true).start();
        String said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + said);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        return new SelfSignedTls(keys);
    }

    /** TLS that presents this certificate, for the endpoint's server side. */
    public SSLContext server() throws Exception {
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return context;
    }

    /** TLS that trusts this certificate and nothing else, for the client side. */
    public SSLContext trust() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
