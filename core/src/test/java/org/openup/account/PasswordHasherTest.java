package org.openup.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesAreArgon2idSaltedAndVerifiable() {
        String a = hasher.hash("correct horse battery staple");
        String b = hasher.hash("correct horse battery staple");
        assertThat(a).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct");
        assertThat(a).isNotEqualTo(b);
        assertThat(hasher.matches("correct horse battery staple", a)).isTrue();
        assertThat(hasher.matches("correct horse battery stapler", a)).isFalse();
        assertThat(hasher.matches("anything", "$2a$10$notargon")).isFalse();
    }
}
