package org.openup.spi;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SecretTokenTest {

    @Test
    void tokensAreUrlSafeOfTheAskedStrengthAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            SecretToken token = SecretToken.random(24);
            assertThat(token.value()).matches("[A-Za-z0-9_-]{32}"); // 24 bytes, base64 without padding
            assertThat(seen.add(token.value())).isTrue();
        }
        assertThat(SecretToken.randomBytes(32)).hasSize(32);
    }

    @Test
    void whatIsKeptIsTheSha256AndTheSecretStaysOutOfLogs() {
        // the FIPS 180-2 test vector for "abc"
        assertThat(new SecretToken("abc").sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(SecretToken.sha256("abc")).isEqualTo(new SecretToken("abc").sha256());
        SecretToken token = SecretToken.random(16);
        assertThat(token.toString()).doesNotContain(token.value());
    }
}
