package org.openup.privacy;

import org.junit.jupiter.api.Test;
import org.openup.spi.failure.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalTextTest {

    record Note(PersonalText text) {
    }

    @Test
    void typedTextIsTrimmedAndKeepsItsOwner() {
        PersonalText text = PersonalText.by("ana").required("note", "  I worry about us \n", 100);

        assertThat(text).isEqualTo(new PersonalText("ana", "I worry about us"));
        assertThat(PersonalText.by("ana").optional("note", "   ", 100)).isEmpty();
    }

    @Test
    void refusesWhatCannotBeStored() {
        assertThatThrownBy(() -> PersonalText.by("ana").required("note", " ", 10))
                .isInstanceOf(InvalidInputException.class).hasMessage("Please write your note first.");
        assertThatThrownBy(() -> PersonalText.by("ana").required("note", "x".repeat(11), 10))
                .isInstanceOf(InvalidInputException.class).hasMessage("Your note is too long: at most 10 characters, and this has 11.");
        assertThatThrownBy(() -> PersonalText.by("ana").required("note", "a\u0000b", 10))
                .isInstanceOf(InvalidInputException.class).hasMessage("Your note has an invisible control character in it; please remove it.");
        assertThatThrownBy(() -> PersonalText.by("ana").required("note", "a\uD83D", 10))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("broken character");
    }

    @Test
    void neverPrintsItsText() {
        assertThat(new PersonalText("ana", "secret").toString()).doesNotContain("secret").contains("6 chars");
        assertThat(new Note(new PersonalText("ana", "secret")).toString()).doesNotContain("secret");
    }

    @Test
    void knowsWhenItsOwnerWasForgotten() {
        assertThat(new PersonalText("ana", PersonalText.FORGOTTEN).isForgotten()).isTrue();
        assertThat(new PersonalText("ana", "forgotten").isForgotten()).isFalse();
    }
}
