package org.openup.safety;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openup.content.Content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The English signals against a table of phrasings (src/test/resources/org/openup/safety/phrasings.txt). */
class SafetyCheckTest {

    private static final SafetyCheck ENGLISH = Content.builtIn().safetyCheck();

    static List<String[]> table() throws IOException {
        try (InputStream in = SafetyCheckTest.class.getResourceAsStream("phrasings.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith("+ ") || line.startsWith("- "))
                    .map(line -> new String[]{line.substring(0, 1), line.substring(2)})
                    .toList();
        }
    }

    static Stream<Arguments> phrasings() throws IOException {
        return table().stream().map(row -> Arguments.of(row[0].equals("+"), row[1]));
    }

    @ParameterizedTest(name = "{1} → note: {0}")
    @MethodSource("phrasings")
    void eachPhrasingGetsTheNoteExactlyWhenItSignalsDanger(boolean concerning, String text) {
        assertThat(ENGLISH.isConcerning(text)).as(text).isEqualTo(concerning);
    }

    @Test
    void theTableIsLargeAndAQuarterOfItAreNegativeControls() throws IOException {
        List<String[]> table = table();
        long negatives = table.stream().filter(row -> row[0].equals("-")).count();
        assertThat(table).hasSizeGreaterThanOrEqualTo(80);
        assertThat(negatives * 4).isGreaterThanOrEqualTo(table.size());
    }

    @Test
    void signalsNameTermsAndSpellingsAreEvenedOutFirst() {
        SafetyCheck check = new SafetyCheck(List.of(new SafetyCheck.Signals(List.of("{who} will not let me go"),
                Map.of("who", "he|she"), Map.of("won't", "will not"))));
        assertThat(check.isConcerning("She won\u2019t let me go!")).isTrue();
        assertThat(check.isConcerning("She will let me go")).isFalse();
        assertThat(check.anyConcerning(null, "", "he won't let me go")).isTrue();
    }

    @Test
    void aSignalNamingAnUnknownTermIsRefusedWhenTheContentIsRead() {
        assertThatThrownBy(() -> new SafetyCheck(List.of(new SafetyCheck.Signals(List.of("{nobody} hits me"), Map.of(), Map.of()))))
                .hasMessageContaining("{nobody}");
    }

    @Test
    void signalsAreTriedAtEveryWordStartWhateverTheyBeginWith() {
        SafetyCheck check = new SafetyCheck(List.of(new SafetyCheck.Signals(List.of(
                "(?<!it )hits me", "(?:my )?partner shoves me", "\u00e4ngstlich vor ihm", "Slams Doors", "(?<=my )wife kicks"),
                Map.of(), Map.of())));
        assertThat(check.isConcerning("he hits me")).isTrue();
        assertThat(check.isConcerning("it hits me")).as("a look-behind sees the words before").isFalse();
        assertThat(check.isConcerning("the news, it hits me hard")).isFalse();
        assertThat(check.isConcerning("partner shoves me")).isTrue();
        assertThat(check.isConcerning("My partner shoves me")).isTrue();
        assertThat(check.isConcerning("ich bin \u00c4ngstlich vor ihm")).as("a first letter outside ASCII").isTrue();
        assertThat(check.isConcerning("he slams doors")).as("a signal with capitals").isTrue();
        assertThat(check.isConcerning("he said 'hits me' twice")).as("a word after an apostrophe").isTrue();
        assertThat(check.isConcerning("rehits me")).as("inside a word").isFalse();
        assertThat(check.isConcerning("he hits meat")).as("a signal ends where a word ends").isFalse();
        assertThat(check.isConcerning("my wife kicks the door")).as("a look-behind that must find words before").isTrue();
        assertThat(check.isConcerning("his wife kicks the ball")).isFalse();
    }
}
