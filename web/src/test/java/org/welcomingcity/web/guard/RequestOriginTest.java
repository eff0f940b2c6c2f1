package org.welcomingcity.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestOriginTest {

    @ParameterizedTest(name = "Sec-Fetch-Site {0}, Origin {1}, Host {2}: from another site {3}")
    @CsvSource(nullValues = "-", value = {
        // browsers that send Sec-Fetch-Site: it decides
        "same-origin, -,                         city.example,      false",
        "none,        -,                         city.example,      false",
        "same-site,   https://intranet.example,  city.example,      true",
        "cross-site,  https://evil.example,      city.example,      true",
        "cross-site,  -,                         city.example,      true",
        // older browsers: Origin against Host, scheme ignored (TLS may end at a proxy)
        "-,           https://city.example,      city.example,      false",
        "-,           http://localhost:14880,    localhost:14880,   false",
        "-,           http://LOCALHOST:14880,    localhost:14880,   false",
        "-,           http://localhost:9999,     localhost:14880,   true",
        "-,           https://evil.example,      city.example,      true",
        "-,           null,                      city.example,      true",
        "-,           not a url,                 city.example,      true",
        "-,           https://city.example,      -,                 true",
        // API clients that are not browsers send neither
        "-,           -,                         city.example,      false"})
    void judgesWhatTheBrowserSays(String fetchSite, String origin, String host, boolean anotherSite) {
        assertThat(RequestOrigin.fromAnotherSite(fetchSite, origin, host)).isEqualTo(anotherSite);
    }
}
