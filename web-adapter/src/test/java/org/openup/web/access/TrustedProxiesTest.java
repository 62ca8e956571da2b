package org.openup.web.access;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedProxiesTest {

    private static TrustedProxies trusting(String value) {
        return TrustedProxies.from(Map.of(TrustedProxies.ENV, value));
    }

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays() {
        assertThat(TrustedProxies.none().client("198.51.100.9", List.of("203.0.113.7"))).isEqualTo("198.51.100.9");
        assertThat(TrustedProxies.from(Map.of()).client("198.51.100.9", List.of("203.0.113.7"))).isEqualTo("198.51.100.9");
    }

    @Test
    void aTrustedProxyNamesTheClientAndAClientCannotNameItselfSomeoneElse() {
        TrustedProxies proxies = trusting("10.0.0.0/8, 192.0.2.10");
        // the balancer (10.0.0.1) got it from the edge proxy (192.0.2.10), which got it from the client
        assertThat(proxies.client("10.0.0.1", List.of("203.0.113.7, 192.0.2.10"))).isEqualTo("203.0.113.7");
        // a client that sends its own X-Forwarded-For only adds to the left of what the proxies append
        assertThat(proxies.client("10.0.0.1", List.of("6.6.6.6", "203.0.113.7"))).isEqualTo("203.0.113.7");
        // a peer that is no trusted proxy is believed about nothing
        assertThat(proxies.client("198.51.100.9", List.of("203.0.113.7"))).isEqualTo("198.51.100.9");
        // nothing forwarded, or only proxies, or junk the proxy appended: the peer
        assertThat(proxies.client("10.0.0.1", List.of())).isEqualTo("10.0.0.1");
        assertThat(proxies.client("10.0.0.1", List.of("10.2.3.4"))).isEqualTo("10.0.0.1");
        assertThat(proxies.client("10.0.0.1", List.of("203.0.113.7, unknown"))).isEqualTo("10.0.0.1");
    }

    @Test
    void httpsIsTakenFromTheConnectionOrFromATrustedProxyOnly() {
        TrustedProxies proxies = trusting("10.0.0.0/8");
        assertThat(proxies.overHttps("https", "198.51.100.9", null)).isTrue();
        assertThat(proxies.overHttps("http", "10.0.0.1", "https")).isTrue();
        assertThat(proxies.overHttps("http", "10.0.0.1", " HTTPS ")).isTrue();
        // a client that is no trusted proxy says what it likes
        assertThat(proxies.overHttps("http", "198.51.100.9", "https")).isFalse();
        assertThat(TrustedProxies.none().overHttps("http", "10.0.0.1", "https")).isFalse();
        assertThat(proxies.overHttps("http", "10.0.0.1", "http")).isFalse();
        assertThat(proxies.overHttps("http", "10.0.0.1", null)).isFalse();
    }

    @Test
    void rangesWorkForIpv6AndOddPrefixes() {
        TrustedProxies proxies = trusting("2001:db8::/32, 172.16.0.0/12");
        assertThat(proxies.client("2001:db8::1", List.of("2001:db9::5"))).isEqualTo("2001:db9::5");
        assertThat(proxies.client("172.31.255.1", List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(proxies.client("172.32.0.1", List.of("203.0.113.7"))).isEqualTo("172.32.0.1");
    }

    @Test
    void aValueThatIsNoAddressIsRefusedWithTheReason() {
        assertThatThrownBy(() -> trusting("proxy.example.org")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OPENUP_TRUSTED_PROXIES").hasMessageContaining("proxy.example.org");
        assertThatThrownBy(() -> trusting("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prefix");
    }
}
