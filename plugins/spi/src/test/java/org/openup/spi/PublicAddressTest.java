package org.openup.spi;

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

    @Test
    void unsetItFollowsWhereTheWebAdapterReallyListensAndAConfiguredOneStays() {
        PublicAddress unset = PublicAddress.from(Map.of());
        unset.listeningAt("127.0.0.1", 41234);
        assertThat(unset.of("/x")).isEqualTo("http://127.0.0.1:41234/x");
        PublicAddress configured = PublicAddress.from(Map.of("OPENUP_PUBLIC_URL", "https://openup.example.org"));
        configured.listeningAt("127.0.0.1", 41234);
        assertThat(configured.of("/x")).isEqualTo("https://openup.example.org/x");
    }
}
