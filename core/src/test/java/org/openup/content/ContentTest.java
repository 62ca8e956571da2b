package org.openup.content;

import org.junit.jupiter.api.Test;
import org.openup.safety.SafetyNote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentTest {

    private final Content english = Content.builtIn();

    @Test
    void theCatalogueHasEveryKindTheMethodNamesEachWithAPrompt() {
        assertThat(english.constraintCatalogue("en")).extracting(ConstraintKind::key).containsExactly(
                "gender-role-socialisation", "family-of-origin", "marginalised-identities", "disclosures-punished",
                "stress-and-overload", "fear-of-conflict", "grief-or-health", "culture-and-language", "depression-and-anxiety",
                "shame", "past-betrayal", "other");
        // the method's own framings, in our words
        assertThat(english.constraint("gender-role-socialisation", "en").orElseThrow().description())
                .contains("a context, not an excuse").contains("patient");
        assertThat(english.constraint("family-of-origin", "en").orElseThrow().title()).startsWith("Origin story");
        assertThat(english.constraint("marginalised-identities", "en").orElseThrow().description())
                .contains("marginalised").contains("discrimination");
        assertThat(english.constraintCatalogue("en")).allSatisfy(c -> {
            assertThat(c.title()).isNotBlank();
            assertThat(c.description()).isNotBlank();
            assertThat(c.prompt()).endsWith("?");
        });
    }

    @Test
    void theSceneVocabularyCoversEveryDimensionOfASceneInTheMethod() {
        assertThat(english.sceneVocabulary("en")).containsOnlyKeys("timeOfDay", "place", "movement", "music", "foodAndDrink");
        assertThat(english.sceneVocabulary("en").get("place")).contains("kitchen", "bedroom", "outdoors", "car", "bath");
    }

    @Test
    void aLanguagePackOverridesWhatItGivesAndEnglishFillsTheRest() {
        Content content = new Content(List.of(ContentPack.fromResource("/org/openup/content/en.json"),
                ContentPack.fromResource("/org/openup/content/test-de.json")));
        assertThat(content.languages()).containsExactly("en", "de");
        assertThat(content.prompt("talk.short", "de")).startsWith("Kurz und verbunden");
        assertThat(content.prompt("talk.short", "en")).startsWith("Short and connecting");
        assertThat(content.prompt("moment.thank", "de")).isEqualTo(english.prompt("moment.thank", "en"));
        assertThat(content.constraint("stress-and-overload", "de")).get().extracting(ConstraintKind::title)
                .isEqualTo("Stress und Überlastung");
        assertThat(content.constraintCatalogue("de")).hasSize(12);
        assertThat(content.safetyNote("de").note()).isEqualTo(english.safetyNote("en").note());
        assertThat(content.safetyCheck().isConcerning("Ich habe Angst vor ihm")).isTrue();
    }

    @Test
    void unknownPromptsAndMissingEnglishAreRefused() {
        assertThatThrownBy(() -> english.prompt("no.such.prompt", "en")).hasMessageContaining("no.such.prompt");
        assertThatThrownBy(() -> new Content(List.of(ContentPack.fromResource("/org/openup/content/test-de.json"))))
                .hasMessageContaining("English");
    }

    @Test
    void theSafetyNoteHasResources() {
        SafetyNote note = english.safetyNote("en");
        assertThat(note.note()).contains("not meant to help you open up to someone who frightens or hurts you");
        assertThat(note.resources()).isNotEmpty().allSatisfy(r -> assertThat(r.contact()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I am afraid of him when he drinks", "honestly I'm scared of my husband", "my partner hit me last week",
            "She threatened to hurt me if I tell anyone", "he won't let me see my friends", "is this domestic abuse?",
            "I\u2019m terrified of my boyfriend", "He CHOKED me once", "I don't feel not safe at home... I mean I am not safe at home"})
    void textAboutFearOrHarmIsNoticed(String text) {
        assertThat(english.safetyCheck().isConcerning(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "How do I get him to open up?", "He is afraid of conflict", "why won't she talk to me",
            "my wife is scared of spiders", "we hit a rough patch", "he hits the gym every day", ""})
    void ordinaryTextIsNotMistakenForDanger(String text) {
        assertThat(english.safetyCheck().isConcerning(text)).isFalse();
    }
}
