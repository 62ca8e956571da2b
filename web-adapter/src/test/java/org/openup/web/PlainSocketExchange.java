package org.openup.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request over a plain socket, whose answer is read even when writing the body
 * failed. Jetty refuses an address or header it cannot parse before reading the body, answers
 * and closes; a client still sending a large body then gets a broken pipe, and Java's HttpClient
 * reports that instead of the answer that is waiting in its socket. This reads it.
 */
final class PlainSocketExchange {

    record Reply(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    private PlainSocketExchange() {
    }

    static Reply send(int port, String method, String path, Map<String, String> headers, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            // a Host of the caller's choosing replaces the real one, as an attacker would send it
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n"
                    + (headers.containsKey("Host") ? "" : "Host: 127.0.0.1:" + port + "\r\n"));
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Connection: close\r\nContent-Length: ").append(body == null ? 0 : body.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException closedWhileWriting) {
                // the server answered and closed before taking the whole request: its answer can still be read
            }
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] chunk = new byte[16_384];
        try {
            for (int read; (read = in.read(chunk)) >= 0; ) {
                all.write(chunk, 0, read);
            }
        } catch (IOException resetAfterAnswer) {
            if (all.size() == 0) {
                throw resetAfterAnswer; // nothing was answered at all
            }
        }
        return all.toByteArray();
    }

    private static Reply parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            throw new IOException("no HTTP answer, only " + bytes.length + " bytes");
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                throw new IOException("not an HTTP header line: " + lines[i]);
            }
            // a header sent twice keeps both values, so nothing in either is overlooked
            headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
                    (first, second) -> first + ", " + second);
        }
        byte[] content = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
            content = unchunk(content);
        }
        return new Reply(status, headers, new String(content, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOfCrLf(chunked, at);
            String sizeField = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size = Integer.parseInt(sizeField, 16);
            if (size == 0) {
                break;
            }
            plain.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return plain.toByteArray();
    }

    private static int indexOfCrLf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }
}
