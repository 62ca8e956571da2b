package org.openup.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load from a separate process: wrk, with its latency distribution. A load generator in the
 * benchmark's own JVM (Java's HttpClient) took a third of a core from the server it measured on
 * this two-core machine; wrk's event loop takes a few percent.
 */
final class Wrk {

    record Result(double perSecond, double p50Millis, double p99Millis, long errors) {
    }

    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)(?:\\.000)?%\\s+([\\d.]+)(us|ms|s)\\s*$");
    private static final Pattern RATE = Pattern.compile("^Requests/sec:\\s+([\\d.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    /** {@code connections} clients reading {@code url} as fast as answers come. */
    static Result run(String url, String token, int connections, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency"));
        if (token != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        command.add(url);
        return measure(command);
    }

    /**
     * One client per member, each noting moments ({@link Http#MOMENT}) in its own journey as
     * fast as answers come: one wrk thread with one connection per member, told by a script
     * which member it is. Answers other than 2xx or 3xx (and socket errors) count as errors.
     */
    static Result momentWriters(String base, List<Http.Member> members, int seconds) throws IOException, InterruptedException {
        StringBuilder lua = new StringBuilder("local members = {\n");
        for (Http.Member m : members) {
            lua.append("  {").append(luaString(m.token())).append(", ")
                    .append(luaString("/api/v1/journeys/" + m.journeyId() + "/moments")).append("},\n");
        }
        lua.append("}\n")
                .append("local counter = 0\n")
                .append("function setup(thread) counter = counter + 1; thread:set(\"member\", counter) end\n")
                .append("function init(args)\n")
                .append("  local m = members[member]\n")
                .append("  wrk.method = \"POST\"\n")
                .append("  wrk.path = m[2]\n")
                .append("  wrk.headers[\"Authorization\"] = \"Bearer \" .. m[1]\n")
                .append("  wrk.headers[\"Content-Type\"] = \"application/json\"\n")
                .append("  wrk.body = ").append(luaString(Http.MOMENT)).append("\n")
                .append("end\n");
        Path script = Files.createTempFile("openup-bench-writers", ".lua");
        try {
            Files.writeString(script, lua);
            int n = members.size();
            return measure(List.of("wrk", "-t" + n, "-c" + n, "-d" + seconds + "s", "--latency", "-s", script.toString(), base));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** A Lua string literal holding {@code value} exactly. */
    static String luaString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : value.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                out.append('\\').append(ch);
            } else if (ch < 0x20 || ch == 0x7f) {
                out.append(String.format("\\%03d", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.append('"').toString();
    }

    private static Result measure(List<String> command) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        double rate = Double.NaN;
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        long errors = 0;
        for (String line : out.split("\n")) {
            Matcher m = PERCENTILE.matcher(line);
            if (m.matches()) {
                double value = Double.parseDouble(m.group(2)) * switch (m.group(3)) {
                    case "us" -> 0.001;
                    case "s" -> 1000;
                    default -> 1;
                };
                if (m.group(1).equals("50")) {
                    p50 = value;
                } else {
                    p99 = value;
                }
            }
            Matcher r = RATE.matcher(line);
            if (r.find()) {
                rate = Double.parseDouble(r.group(1));
            }
            Matcher n = NON_2XX.matcher(line);
            if (n.find()) {
                errors += Long.parseLong(n.group(1));
            }
            Matcher s = SOCKET.matcher(line);
            if (s.find()) {
                for (int i = 1; i <= 4; i++) {
                    errors += Long.parseLong(s.group(i));
                }
            }
        }
        return new Result(rate, p50, p99, errors);
    }
}
