package org.openup.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openup.spi.failure.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaa", "1234567890", "password12", "          ", "\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000",
            "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", "qwertyuiop", "iloveyou123", "ana@example.org", "Ana Ana Ana Ana"})
    void weakOrShortPasswordsAreRefusedInWordsAPersonCanUse(String password) {
        assertThatThrownBy(() -> Accounts.checkPassword("password", password, "ana@example.org", "Ana"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageNotContaining("zxcvbn").hasMessageNotContaining("score");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a long enough secret", "kettle orbit velvet", "paper moons on tuesday", "Grüne Ente schwimmt leise"})
    void afewUnrelatedWordsPass(String password) {
        assertThatCode(() -> Accounts.checkPassword("password", password, "ana@example.org", "Ana")).doesNotThrowAnyException();
    }
}
