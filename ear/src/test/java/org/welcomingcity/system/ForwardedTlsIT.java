package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * TLS ending at the city's proxy: the proxy at 127.0.0.1 is trusted, so its X-Forwarded-Proto or
 * Forwarded header brings HSTS and a Secure session cookie; the same header from 127.0.0.2, a
 * machine that is not the proxy, changes nothing.
 */
@OwnDeployment(sharedAs = OwnDeployment.FOR_CHECKS)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForwardedTlsIT {

    private static final String PROXY = "127.0.0.1";
    static final String TRUSTED_PROXIES = "10.9.8.0/24, " + PROXY;
    private static final String SOMEONE_ELSE = "127.0.0.2";
    private static final String HSTS = "Strict-Transport-Security";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.welcomingForChecks();
    }

    private static RawHttp.Answer logOnPage(String from, String... headers) throws IOException {
        RawHttp.Answer page = RawHttp.exchange(from, "GET", "login.xhtml", List.of(headers));
        assertThat(page.status()).isEqualTo(200);
        return page;
    }

    private static RawHttp.Answer signIn(String from, String forwarded) throws IOException {
        RawHttp.Answer page = logOnPage(from, forwarded);
        byte[] form = LogOnForm.filledIn(page.body(), "officer", Api.DEMO_PASSWORD).getBytes();
        RawHttp.Answer signedIn = RawHttp.exchange(from, "POST", "login.xhtml", List.of(forwarded,
                "Content-Type: application/x-www-form-urlencoded", "Sec-Fetch-Site: same-origin",
                "Content-Length: " + form.length), form);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(302);
        return signedIn;
    }

    private static String sessionCookie(RawHttp.Answer answer) {
        return answer.all("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers()));
    }

    @Test
    void theTrustedProxysWordBringsHstsAndASecureSessionCookie() throws IOException {
        assertThat(logOnPage(PROXY, "X-Forwarded-Proto: https").header(HSTS)).isEqualTo("max-age=31536000");
        assertThat(logOnPage(PROXY, "Forwarded: for=203.0.113.7;proto=https").header(HSTS)).isEqualTo("max-age=31536000");

        RawHttp.Answer signedIn = signIn(PROXY, "X-Forwarded-Proto: https");

        assertThat(signedIn.header(HSTS)).isEqualTo("max-age=31536000");
        assertThat(sessionCookie(signedIn)).contains("; Secure").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void theSameWordFromAnyoneElseChangesNothing() throws IOException {
        assertThat(logOnPage(SOMEONE_ELSE, "X-Forwarded-Proto: https").header(HSTS)).isNull();
        assertThat(logOnPage(SOMEONE_ELSE, "Forwarded: proto=https").header(HSTS)).isNull();

        RawHttp.Answer signedIn = signIn(SOMEONE_ELSE, "X-Forwarded-Proto: https");

        assertThat(signedIn.header(HSTS)).isNull();
        assertThat(sessionCookie(signedIn)).doesNotContainIgnoringCase("secure").containsIgnoringCase("HttpOnly");
    }

    @Test
    void theProxyItselfOverPlainHttpIsPlainHttp() throws IOException {
        assertThat(logOnPage(PROXY, "X-Forwarded-Proto: http").header(HSTS)).isNull();
        assertThat(logOnPage(PROXY, "Accept: text/html").header(HSTS)).isNull();
        assertThat(sessionCookie(signIn(PROXY, "X-Forwarded-Proto: http"))).doesNotContainIgnoringCase("secure");
    }
}
