package org.openup.plugin;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PublicAddressTest {

    @Test
    void linksGoUnderTheConfiguredAddressWithOrWithoutItsTrailingSlash() {
        assertThat(PublicAddress.from(Map.of("OPENUP_PUBLIC_URL", "https://openup.example.org/")).of("/#/invitations"))
                .isEqualTo("https://openup.example.org/#/invitations");
        assertThat(PublicAddress.from(Map.of("OPENUP_PUBLIC_URL", " https://openup.example.org/us ")).of("/x"))
                .isEqualTo("https://openup.example.org/us/x");
    }

    @Test
    void unsetOrBlankItIsWhereTheWebAdapterListensByDefault() {
        assertThat(PublicAddress.from(Map.of()).of("/x")).isEqualTo("http://127.0.0.1:7070/x");
        assertThat(PublicAddress.from(Map.of("OPENUP_PUBLIC_URL", "  ")).of("/x")).isEqualTo("http://127.0.0.1:7070/x");
    }
}
