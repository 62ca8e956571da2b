package org.openup.content;

import org.openup.safety.SafetyCheck;
import org.openup.safety.SafetyNote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * All packs together, asked by language. English is the base: a language pack overrides what it
 * gives and English fills the rest, so a half-translated pack never shows a blank.
 */
public final class Content {

    public static final String BASE = "en";

    private final Map<String, List<ContentPack>> byLanguage = new LinkedHashMap<>();
    private final SafetyCheck safetyCheck;

    public Content(Collection<ContentPack> packs) {
        for (ContentPack pack : packs) {
            byLanguage.computeIfAbsent(key(pack.language()), k -> new ArrayList<>()).add(pack);
        }
        if (!byLanguage.containsKey(BASE)) {
            throw new IllegalArgumentException("The English content pack is required as the base");
        }
        List<SafetyCheck.Signals> signals = new ArrayList<>();
        for (ContentPack pack : packs) {
            if (pack.safety() != null && pack.safety().signals() != null) {
                signals.add(new SafetyCheck.Signals(pack.safety().signals(), pack.safety().terms(), pack.safety().spellings()));
            }
        }
        this.safetyCheck = new SafetyCheck(signals);
    }

    /** The built-in English content alone (one instance: a Content never changes). */
    public static Content builtIn() {
        return BuiltIn.CONTENT;
    }

    /** Read once: the pack and its safety patterns take a while to build, and nothing changes them. */
    private static final class BuiltIn {
        static final Content CONTENT = new Content(List.of(ContentPack.fromResource("/org/openup/content/en.json")));
    }

    public List<String> languages() {
        return List.copyOf(byLanguage.keySet());
    }

    public List<ConstraintKind> constraintCatalogue(String language) {
        Map<String, ConstraintKind> merged = new LinkedHashMap<>();
        for (ContentPack pack : chain(language)) {
            pack.constraints().forEach(c -> merged.putIfAbsent(c.key(), c));
        }
        return List.copyOf(merged.values());
    }

    public Optional<ConstraintKind> constraint(String key, String language) {
        return constraintCatalogue(language).stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public String prompt(String key, String language) {
        for (ContentPack pack : chain(language)) {
            String text = pack.prompts().get(key);
            if (text != null) {
                return text;
            }
        }
        throw new IllegalArgumentException("No prompt '" + key + "' in any content pack");
    }

    public Map<String, List<String>> sceneVocabulary(String language) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        for (ContentPack pack : chain(language)) {
            pack.sceneVocabulary().forEach(merged::putIfAbsent);
        }
        return merged;
    }

    public SafetyNote safetyNote(String language) {
        for (ContentPack pack : chain(language)) {
            if (pack.safety() != null && pack.safety().note() != null) {
                return new SafetyNote(pack.safety().note(), pack.safety().resources() == null ? List.of() : pack.safety().resources());
            }
        }
        throw new IllegalStateException("No safety note in any content pack");
    }

    /** Watches for signals of every language, since people mix languages. */
    public SafetyCheck safetyCheck() {
        return safetyCheck;
    }

    /** Packs to consult for a language, most specific first: later packs of a language win, English last. */
    private List<ContentPack> chain(String language) {
        List<ContentPack> chain = new ArrayList<>();
        String wanted = key(language == null ? BASE : language);
        if (!wanted.equals(BASE)) {
            chain.addAll(reversed(byLanguage.getOrDefault(wanted, List.of())));
        }
        chain.addAll(reversed(byLanguage.get(BASE)));
        return chain;
    }

    private static List<ContentPack> reversed(List<ContentPack> packs) {
        List<ContentPack> out = new ArrayList<>(packs);
        java.util.Collections.reverse(out);
        return out;
    }

    private static String key(String language) {
        return language.strip().toLowerCase(Locale.ROOT);
    }
}
