package org.openup.webhook;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on a free loopback port that records every POST and answers 503 to the first {@code failFirst}. */
final class Receiver implements AutoCloseable {

    record Received(String path, Map<String, String> headers, String body, int answered) {
    }

    private final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures;

    Receiver(int failFirst) throws IOException {
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

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Received> accepted(String path) {
        return received.stream().filter(r -> r.answered() / 100 == 2 && r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
