package org.openup.web;

import java.util.Map;

/**
 * Where the web adapter listens: {@code --port}/{@code OPENUP_PORT} (default 7070) and
 * {@code --host}/{@code OPENUP_HOST} (default 127.0.0.1, so nothing is exposed unless asked).
 */
public record WebOptions(String host, int port) {

    public static final String USAGE = """
            Usage: openup web [--host ADDRESS] [--port PORT]
              Starts the OpenUp web app and API on the configured store.
              --host ADDRESS  address to listen on (env OPENUP_HOST, default 127.0.0.1;
                              use 0.0.0.0 to let other devices on your network in)
              --port PORT     port to listen on (env OPENUP_PORT, default 7070; 0 picks a free one)
              Behind proxies or load balancers, list them in OPENUP_TRUSTED_PROXIES (addresses or
              ranges, e.g. 10.0.0.5,10.1.0.0/16): their X-Forwarded-For then names the client.
            """;

    /** Bad options: the message says what is wrong and how to put it right. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    public static WebOptions parse(String[] args, Map<String, String> env) {
        String host = env.getOrDefault("OPENUP_HOST", "127.0.0.1");
        String port = env.getOrDefault("OPENUP_PORT", "7070");
        String portSource = "OPENUP_PORT";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            String name = arg;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--host", "--port" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException("Missing value for " + name + ".");
                        }
                        value = args[++i];
                    }
                    if (name.equals("--host")) {
                        host = value;
                    } else {
                        port = value;
                        portSource = "--port";
                    }
                }
                default -> throw new UsageException("Unknown option: " + arg);
            }
        }
        if (host.isBlank()) {
            throw new UsageException("The host cannot be empty.");
        }
        return new WebOptions(host.strip(), parsePort(port, portSource));
    }

    private static int parsePort(String value, String source) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException(source + " must be a port number from 0 to 65535, got: " + value);
        }
    }
}
