package org.openup.journey;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openup.spi.failure.InvalidInputException;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvitationCodeTest {

    @RepeatedTest(20)
    void generatedCodesAreGroupedAndNormaliseToThemselves() {
        String code = InvitationCode.generate();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(InvitationCode.normalise(code)).isEqualTo(code.replace("-", ""));
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(InvitationCode.generate())).isTrue();
        }
    }

    @Test
    void whatAPersonTypesHashesLikeTheCode() {
        String hash = InvitationCode.hash("AB0D-EF1H-JKMN");
        assertThat(InvitationCode.hash("ab0d ef1h jkmn")).isEqualTo(hash);
        assertThat(InvitationCode.hash("  abOd-efih-jkmn ")).isEqualTo(hash);
        assertThat(InvitationCode.hash("ABOD-EFLH-JKMN")).isEqualTo(hash);
        assertThat(hash).hasSize(64).doesNotContain("AB0D");
        assertThat(InvitationCode.hash("AB0D-EF1H-JKMP")).isNotEqualTo(hash);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ABCD", "ABCD-EFGH-JKMN-P", "ABCD-EFGH-JKM!", "ÄBCD-EFGH-JKMN", "ABCD_EFGH_JKMN"})
    void malformedCodesAreRefusedWithAClearMessage(String typed) {
        assertThatThrownBy(() -> InvitationCode.hash(typed))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("code"))
                .hasMessageContaining("invitation code");
    }
}
