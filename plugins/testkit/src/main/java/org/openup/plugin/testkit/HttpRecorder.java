package org.openup.plugin.testkit;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on a free loopback port for testing channels that call out (webhooks, chat
 * APIs): it records every request and answers 503 to the first {@code failFirst}, then 204.
 */
public final class HttpRecorder implements AutoCloseable {

    public record Received(String path, Map<String, String> headers, String body, int answered) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures;

    public HttpRecorder(int failFirst) throws IOException {
        this.failures = new AtomicInteger(failFirst);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.TreeMap<>();
            for (String name : List.of("webhook-id", "webhook-timestamp", "webhook-signature", "content-type")) {
                String value = exchange.getRequestHeaders().getFirst(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            int status = failures.getAndDecrement() > 0 ? 503 : 204;
            received.add(new Received(exchange.getRequestURI().getPath(), headers, body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Every request so far, in order, with the status it was answered with. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests to {@code path} that were answered with success. */
    public List<Received> accepted(String path) {
        return received.stream().filter(r -> r.answered() / 100 == 2 && r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
