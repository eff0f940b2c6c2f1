package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faces' flash cookie, which one server encrypts with a key of its own, is neither sent nor read:
 * a cookie from another instance of a group (after a failover) must not break the next redirect,
 * as it did with a NullPointerException in Mojarra. The cluster test shows the failover itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FacesFlashCookieIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient(); // follows no redirect, keeps no cookie

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @Test
    void theRedirectsAfterSigningInSetNoFlashCookieAndAnotherServersOneBreaksNothing() throws Exception {
        String form = LogOnForm.filledIn(get("login.xhtml", "").body(), "supervisor", Api.DEMO_PASSWORD);
        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String session = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();

        // The home page sends each person on to their role's page, by a redirect: with a flash
        // cookie no key of this server opens, as after a failover ...
        HttpResponse<String> withForeignFlash = get("index.xhtml", session + "; csfcfc=c2VhbGVkLWJ5LWFub3RoZXItc2VydmVy");
        assertThat(withForeignFlash.statusCode()).as(withForeignFlash.body()).isEqualTo(302);
        assertThat(withForeignFlash.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/supervisor/index.xhtml"));

        // ... and without one, setting none.
        HttpResponse<String> home = get("index.xhtml", session);
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("csfcfc="));
    }

    private static HttpResponse<String> get(String path, String cookies) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + path));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
