package org.openup.reframer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The English the reframer reads with, as data ({@code words-en.json} beside this class): what
 * people call a partner, words that are not names, verbs and their gerunds and what follows them,
 * the verbs of control-seeking framings, states, fillers and breaks, common slips. The grammar
 * (the patterns and how a phrase is rebuilt) stays in code; the words can grow without touching it.
 */
final class Words {

    static final Words EN = load("words-en.json");

    private final JsonNode words;

    private Words(JsonNode words) {
        this.words = words;
    }

    private static Words load(String resource) {
        try (InputStream in = Words.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The reframer's word list " + resource + " is missing from the class path");
            }
            return new Words(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("The reframer's word list " + resource + " cannot be read", e);
        }
    }

    /** A list of words to look words up in. */
    Set<String> set(String name) {
        return Set.copyOf(list(name));
    }

    /** A list of words in the file's order (where order matters, as in a pattern's alternatives). */
    List<String> list(String name) {
        List<String> out = new ArrayList<>();
        node(name).forEach(w -> out.add(w.asText()));
        return List.copyOf(out);
    }

    /** A table from a word to a pair of words, either of which may be null, each pair made into a {@code T}. */
    <T> Map<String, T> pairs(String name, BiFunction<String, String, T> pair) {
        Map<String, T> out = new HashMap<>();
        node(name).fields().forEachRemaining(e -> out.put(e.getKey(), pair.apply(text(e.getValue().get(0)), text(e.getValue().get(1)))));
        return Map.copyOf(out);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /** A word-to-word table. */
    Map<String, String> map(String name) {
        Map<String, String> out = new HashMap<>();
        node(name).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return Map.copyOf(out);
    }

    private JsonNode node(String name) {
        JsonNode node = words.get(name);
        if (node == null) {
            throw new IllegalStateException("The reframer's word list has no '" + name + "'");
        }
        return node;
    }
}
