package org.openup.webhook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureTest {

    @Test
    void theConventionsPublishedExampleSignsToItsPublishedSignature() {
        // Given the example message of the Standard Webhooks documentation
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

        // When it is signed
        String signature = Signature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");

        // Then it is the signature published with it
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void newSecretsCarryThePrefixAndDiffer() {
        assertThat(Signature.newSecret()).startsWith("whsec_").hasSizeGreaterThan(40).isNotEqualTo(Signature.newSecret());
        assertThatThrownBy(() -> Signature.sign("plain", "id", 1, "{}")).isInstanceOf(IllegalArgumentException.class);
    }
}
