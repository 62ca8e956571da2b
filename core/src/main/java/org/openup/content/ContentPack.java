package org.openup.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.openup.engine.axon.Serialization;
import org.openup.safety.SafetyResource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Everything the product says, for one language: the constraint catalogue, the scene vocabulary,
 * the prompts and the safety note with its resources. Written by us, kept as data so a plugin can
 * add a language or extra prompts without touching code. A pack may leave parts out; whatever it
 * does not give falls back to English.
 */
public record ContentPack(String language, List<ConstraintKind> constraints, Map<String, List<String>> sceneVocabulary,
                          Map<String, String> prompts, Safety safety) {

    /**
     * The safety note with its resources, and the signals that call for it: patterns that may name
     * {@code terms} in braces, matched after the {@code spellings} are evened out (see SafetyCheck).
     */
    public record Safety(String note, List<SafetyResource> resources, List<String> signals, Map<String, String> terms,
                         Map<String, String> spellings) {
    }

    public ContentPack {
        constraints = constraints == null ? List.of() : List.copyOf(constraints);
        sceneVocabulary = sceneVocabulary == null ? Map.of() : Map.copyOf(sceneVocabulary);
        prompts = prompts == null ? Map.of() : Map.copyOf(prompts);
    }

    private static final ObjectMapper JSON = Serialization.objectMapper();

    /** Reads a pack from JSON (the format of {@code org/openup/content/en.json}). */
    public static ContentPack read(InputStream json) {
        try (json) {
            ContentPack pack = JSON.readValue(json, ContentPack.class);
            if (pack.language() == null || pack.language().isBlank()) {
                throw new IllegalArgumentException("A content pack must name its language");
            }
            return pack;
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read content pack: " + e.getMessage(), e);
        }
    }

    public static ContentPack fromResource(String path) {
        InputStream in = ContentPack.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Content pack missing from the build: " + path);
        }
        return read(in);
    }
}
