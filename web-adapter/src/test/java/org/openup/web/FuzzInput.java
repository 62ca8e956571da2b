package org.openup.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Random values a careless or hostile client might send, all from one seeded {@link Random} so a
 * run can be replayed: texts in many scripts and with the characters that trouble parsers and
 * databases, JSON values of every kind (numbers at the limits, deep nesting, lone surrogates as
 * escapes), malformed documents and junk path segments. JSON is written by hand here, because a
 * library would refuse to write most of it.
 */
final class FuzzInput {

    /** A JSON number or fragment written as it is (e.g. {@code 1e400}, which no Java number holds). */
    record Raw(String json) {
    }

    /** An object that may name a key twice, which a Map cannot. */
    record Members(List<Map.Entry<String, Object>> entries) {
    }

    private static final String[] TEXT_PIECES = {
            "hello", "Ana", "we talked", " ", "  ", "\t", "\n", "\r\n", "é", "ß", "Ω", "日本語", "中文",
            "😀", "👩‍❤️‍👨", "🏳️‍🌈", "🇩🇪", "🧑🏽‍🦱",                      // emoji, joined and with modifiers
            "مرحبا", "שלום", "\u202Eevil\u202C", "\u200F", "\u061C",         // right-to-left text and direction marks
            "e\u0301\u0308\u0327\u0336", "Z\u0351\u0352\u0357\u035B\u0363\u036B",  // stacked combining marks
            "\u200B", "\uFEFF", "\u2028", "\u2029", "\u00A0", "\u00AD",       // invisible and line-breaking characters
            "\u0000", "\u0001", "\u0007", "\u001B[31m", "\u007F", "\u0085",  // NUL and other control characters
            "\uD800", "\uDFFF", "\uDBFF", "\uDC00x",                         // lone surrogates (written as escapes)
            "\\", "\"", "'", "`", "{", "}", "[", "]", "%s%n%x", "%00", "${jndi:ldap://x/a}", "{{7*7}}",
            "<script>alert(1)</script>", "'; DROP TABLE domain_event_entry;--", "../../etc/passwd", "null", "true",
            "\uFFFD", "\uFFFF", "\uFFFE", "A".repeat(300)};

    private static final String[] KEYS = {"memberId", "authorId", "author", "journeyId", "shared", "visibility", "partner",
            "id", "status", "__proto__", "constructor", "", " ", "é", "😀", "a.b", "$where", "\u0000", "\uD800"};

    /** Numbers at and just beyond the limits of int, long and double, and the ones JSON readers disagree about. */
    private static final String[] NUMBERS = {"0", "-0", "1", "-1", "5", "2147483647", "2147483648", "-2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890",
            "0.5", "4.0", "-0.0", "1e3", "1E-7", "1e308", "1e309", "1e400", "-1e400", "4.9e-324", "1e-400", "3.141592653589793238462643"};

    /** Documents that are not valid JSON, or not just one JSON value. */
    private static final String[] MALFORMED = {"{", "}", "[", "{\"a\":", "{\"a\" 1}", "{'a':1}", "{a:1}", "{\"a\":1,}", "[1,]",
            "nul", "tru", "NaN", "Infinity", "-", "01", "1.", ".5", "\"unterminated", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}",
            "{} {}", "{}x", "{\"a\":1}}", "/* c */ {}", "{\"a\":1 // c\n}", "\uFEFF{}", "<xml/>", "a=1&b=2", "null", "\"text\""};

    /** Path segments that are not ids: empty, traversal, encoded junk, injection attempts. */
    private static final String[] JUNK_IDS = {"", "0", "-1", "null", "undefined", "..", ".", "%2e%2e", "%2E%2E%2F%2E%2E",
            "..%2F..%2Fetc%2Fpasswd", "%2F", "%5C", "%00", "%0A", "%0D%0ASet-Cookie:%20x=1", "%ff%fe", "%c0%ae%c0%ae",
            "%F0%9F%98%80", "%E2%80%AE", "%D8%00", "%ED%A0%80", "%7BjourneyId%7D", "%27%20OR%201=1--", "%22", "%25",
            "%20", "+", "~", "*", "a;b=c", "true", "9223372036854775808", "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff", "not-a-uuid", "x".repeat(40)};

    private final Random random;

    FuzzInput(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    <T> T pick(T[] from) {
        return from[random.nextInt(from.length)];
    }

    /** Mostly short texts; now and then one long enough to test length limits (and sometimes the body limit). */
    String text() {
        int length = switch (random.nextInt(20)) {
            case 0 -> 1_000 + random.nextInt(20_000);
            case 1 -> 0;
            default -> 1 + random.nextInt(60);
        };
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(pick(TEXT_PIECES));
            if (chance(0.3)) {
                text.appendCodePoint(0x20 + random.nextInt(0x2FFF)); // any plane-0 character, surrogates excluded
            }
        }
        return text.toString();
    }

    String key() {
        return chance(0.5) ? pick(KEYS) : text();
    }

    /** A JSON value of any kind, nested up to {@code depth} more levels. */
    Object value(int depth) {
        int kind = random.nextInt(depth > 0 ? 8 : 6);
        return switch (kind) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2, 3 -> new Raw(pick(NUMBERS));
            case 4, 5 -> text();
            case 6 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(value(depth - 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.put(key(), value(depth - 1));
                }
                yield object;
            }
        };
    }

    /** Arrays or objects nested {@code depth} deep: parsers with no depth limit run out of stack. */
    static String nested(int depth, boolean objects) {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            json.append(objects ? "{\"a\":" : "[");
        }
        json.append("1");
        for (int i = 0; i < depth; i++) {
            json.append(objects ? "}" : "]");
        }
        return json.toString();
    }

    String malformed() {
        return pick(MALFORMED);
    }

    String junkId() {
        return switch (random.nextInt(10)) {
            case 0 -> "a".repeat(200 + random.nextInt(12_000)); // up to beyond the server's limit for an address
            case 1 -> UUID.randomUUID().toString().toUpperCase();
            case 2 -> UUID.randomUUID() + pick(JUNK_IDS);
            case 3 -> percentEncoded(text());
            default -> pick(JUNK_IDS);
        };
    }

    /** Any text as a path segment: every byte of its UTF-8 percent-encoded, so the address stays valid. */
    static String percentEncoded(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            encoded.append('%').append(String.format("%02X", b & 0xFF));
        }
        return encoded.toString();
    }

    /**
     * JSON text of {@code value}. Control characters and surrogates are always escaped (a lone
     * surrogate has no UTF-8 form); other characters are escaped or written as they are, at random.
     */
    String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof Boolean || value instanceof Number) {
            out.append(value);
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            write(new Members(new ArrayList<>(((Map<String, Object>) map).entrySet())), out);
        } else if (value instanceof Members members) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> entry : members.entries()) {
                out.append(first ? "" : ",");
                first = false;
                string(entry.getKey(), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private void string(String text, StringBuilder out) {
        boolean escapeAll = chance(0.2);
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) || (escapeAll && c > 0x7E)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
