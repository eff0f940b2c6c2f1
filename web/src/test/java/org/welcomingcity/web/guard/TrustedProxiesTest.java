package org.welcomingcity.web.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whose word about TLS is believed, and what a proxy's word is. */
class TrustedProxiesTest {

    @ParameterizedTest(name = "{0} trusts {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "                            | 127.0.0.1       | false",
        "127.0.0.1                   | 127.0.0.1       | true",
        "127.0.0.1                   | 127.0.0.2       | false",
        "10.0.4.0/24, 192.168.1.7    | 10.0.4.200      | true",
        "10.0.4.0/24, 192.168.1.7    | 10.0.5.1        | false",
        "10.0.4.0/24, 192.168.1.7    | 192.168.1.7     | true",
        "10.0.0.0/9                  | 10.127.255.255  | true",
        "10.0.0.0/9                  | 10.128.0.0      | false",
        "0.0.0.0/0                   | 203.0.113.9     | true",
        "::1                         | 0:0:0:0:0:0:0:1 | true",
        "fd00::/8                    | fd12:3456::1    | true",
        "fd00::/8                    | 10.0.0.1        | false",
        "127.0.0.1                   | localhost       | false",
        "127.0.0.1                   |                 | false"})
    void trustsOnlyTheAddressesNamed(String setting, String remote, boolean trusted) {
        assertThat(TrustedProxies.parse(setting == null ? "" : setting).trusts(remote)).isEqualTo(trusted);
    }

    @Test
    void namesAndMalformedEntriesAreRefusedNamingThem() {
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.city.example"))
                .hasMessageContaining("welcoming.security.trusted-proxies: proxy.city.example is not an IP address");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33 has no prefix");
        assertThatThrownBy(() -> TrustedProxies.parse("300.1.1.1")).hasMessageContaining("300.1.1.1 is not an IP");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.1/x")).hasMessageContaining("has no prefix");
    }

    @Test
    void theNearestProxysSchemeCounts() {
        assertThat(ForwardedTransport.forwardedProto(List.of(), List.of("https"))).isEqualTo("https");
        assertThat(ForwardedTransport.forwardedProto(List.of(), List.of("https", "http"))).isEqualTo("http");
        assertThat(ForwardedTransport.forwardedProto(List.of("for=192.0.2.60;proto=HTTPS;by=203.0.113.43"), List.of()))
                .isEqualTo("https");
        assertThat(ForwardedTransport.forwardedProto(List.of("for=1.2.3.4;proto=https", "for=5.6.7.8;proto=http"),
                List.of("https"))).as("Forwarded wins over X-Forwarded-Proto").isEqualTo("http");
        assertThat(ForwardedTransport.forwardedProto(List.of("for=\"[2001:db8::1]\";proto=\"https\""), List.of()))
                .isEqualTo("https");
        assertThat(ForwardedTransport.forwardedProto(List.of("for=1.2.3.4"), List.of())).isNull();
    }
}
