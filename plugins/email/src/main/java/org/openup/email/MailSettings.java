package org.openup.email;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where mail goes, from the environment: {@code OPENUP_SMTP_URL} ({@code smtp://host:587}, always
 * upgraded with STARTTLS, or {@code smtps://host:465}, TLS from the first byte; user and password
 * may sit in the URL or in {@code OPENUP_SMTP_USER} / {@code OPENUP_SMTP_PASSWORD}),
 * {@code OPENUP_MAIL_FROM} (the sender address) and, for a relay with a self-signed certificate,
 * {@code OPENUP_SMTP_TRUST} (the one host whose certificate is taken without a CA's word).
 * Without {@code OPENUP_SMTP_URL} no mail is sent.
 */
record MailSettings(String host, int port, boolean smtps, String user, String password, String from, String trust) {

    static final String URL = "OPENUP_SMTP_URL";
    static final String FROM = "OPENUP_MAIL_FROM";

    /** Empty when mail is not set up; a setting that cannot work is refused with a message naming it. */
    static Optional<MailSettings> from(Map<String, String> env) {
        String url = env.getOrDefault(URL, "").strip();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(URL + " is not a URL like smtp://mail.example.org:587");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("smtp") && !scheme.equals("smtps")) {
            throw new IllegalArgumentException(URL + " must start with smtp:// (STARTTLS) or smtps:// (TLS)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(URL + " names no host, as in smtp://mail.example.org:587");
        }
        String user = env.getOrDefault("OPENUP_SMTP_USER", "");
        String password = env.getOrDefault("OPENUP_SMTP_PASSWORD", "");
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = user.isEmpty() ? decode(parts[0]) : user;
            password = password.isEmpty() && parts.length > 1 ? decode(parts[1]) : password;
        }
        String from = env.getOrDefault(FROM, "").strip();
        if (!from.matches("[^@\\s<>]+@[^@\\s<>]+")) {
            throw new IllegalArgumentException(FROM + " must be the sender's address, like openup@example.org");
        }
        boolean smtps = scheme.equals("smtps");
        int port = uri.getPort() > 0 ? uri.getPort() : smtps ? 465 : 587;
        return Optional.of(new MailSettings(uri.getHost(), port, smtps, user.isEmpty() ? null : user,
                password.isEmpty() ? null : password, from, env.getOrDefault("OPENUP_SMTP_TRUST", "").strip()));
    }

    String protocol() {
        return smtps ? "smtps" : "smtp";
    }

    /** Jakarta Mail's session properties: TLS always (required STARTTLS or SMTPS), the name checked, bounded waits. */
    Properties properties() {
        String p = "mail." + protocol() + ".";
        Properties props = new Properties();
        props.put(p + "host", host);
        props.put(p + "port", Integer.toString(port));
        props.put(p + "auth", Boolean.toString(user != null));
        props.put(p + "connectiontimeout", "10000");
        props.put(p + "timeout", "20000");
        props.put(p + "writetimeout", "20000");
        // a relay trusted by name (self-signed) is taken as it is; any other must prove its name
        props.put(p + "ssl.checkserveridentity", Boolean.toString(trust.isEmpty()));
        props.put(p + "from", from);
        if (!smtps) {
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", "true");
        }
        if (!trust.isEmpty()) {
            props.put(p + "ssl.trust", trust);
        }
        return props;
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    /** Never the password, whatever prints this. */
    @Override
    public String toString() {
        return protocol() + "://" + host + ":" + port + (user == null ? "" : " as " + user) + ", from " + from;
    }
}
