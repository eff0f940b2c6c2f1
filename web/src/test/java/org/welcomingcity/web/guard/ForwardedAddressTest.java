package org.welcomingcity.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ForwardedAddressTest {

    @ParameterizedTest
    @CsvSource({
        "192.0.2.7, 192.0.2.7",
        "192.0.2.7:5123, 192.0.2.7",
        "2001:db8::7, 2001:db8:0:0:0:0:0:7",
        "[2001:db8::7]:5123, 2001:db8:0:0:0:0:0:7",
        "[2001:db8::7], 2001:db8:0:0:0:0:0:7",
        "2001:0DB8:0:0:0:0:0:7, 2001:db8:0:0:0:0:0:7"
    })
    void aForwardedAddressIsTakenWithoutItsPortInOneForm(String forwarded, String address) {
        assertThat(ForwardedTransport.addressOnly(forwarded)).contains(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "", "_hidden", "proxy.example.org", "192.0.2.300", "1:2:zz", "[2001:db8::7"})
    void whatIsNotAnAddressIsNotTakenForOne(String forwarded) {
        assertThat(ForwardedTransport.addressOnly(forwarded)).isEmpty();
    }
}
