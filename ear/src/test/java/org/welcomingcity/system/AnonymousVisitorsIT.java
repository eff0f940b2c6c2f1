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
 * Anyone who can reach the log-on page could fill the server's memory with sessions: what an
 * anonymous visitor can open keeps nothing on the server, and a session begins only with a
 * successful log-on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnonymousVisitorsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient(); // no cookie store: every call is a stranger

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @Test
    void pagesAnAnonymousVisitorReachesStartNoSession() throws Exception {
        for (String path : new String[] {"", "login.xhtml", "index.xhtml", "officer/intake.xhtml",
                "no-such-page.xhtml", "supervisor/queue.xhtml?x=1"}) {
            HttpResponse<String> answer = get(path);

            assertThat(answer.statusCode()).as(path).isIn(200, 302, 404);
            assertThat(answer.headers().allValues("Set-Cookie")).as(path + " sets no session cookie").isEmpty();
        }
        assertThat(get("login.xhtml").body()).contains("jakarta.faces.ViewState").contains("value=\"stateless\"");
    }

    @Test
    void aWrongPasswordStartsNoSessionAndTheRightOneDoes() throws Exception {
        HttpResponse<String> refused = signIn("officer", "not-the-password", "same-origin");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("The user name or password is wrong");
        assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> accepted = signIn("officer", Api.DEMO_PASSWORD, "same-origin");

        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/index.xhtml"));
        assertThat(accepted.headers().allValues("Set-Cookie")).as("over plain HTTP the cookie cannot be Secure")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Strict").doesNotContain("Secure"));
    }

    @Test
    void theStatelessLogOnFormStillRefusesPostsFromAnotherSite() throws Exception {
        HttpResponse<String> forged = signIn("officer", Api.DEMO_PASSWORD, "cross-site");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theLanguageSwitchRemembersTheChoiceWithoutASessionAndNeverLeadsElsewhere() throws Exception {
        HttpResponse<String> switched = switchTo("es", Api.baseUrl() + "login.xhtml?changed=true");

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location")).hasValue(URI.create(Api.baseUrl()).getPath()
                + "login.xhtml?changed=true");
        assertThat(switched.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith("welcoming-language=es;").contains("HttpOnly", "SameSite=Lax", "Max-Age=31536000"));

        for (String referer : new String[] {"https://evil.example/welcoming/login.xhtml", "//evil.example/", "no address"}) {
            assertThat(switchTo("en", referer).headers().firstValue("Location")).as(referer)
                    .hasValue(URI.create(Api.baseUrl()).getPath());
        }
        assertThat(switchTo("fr", null).headers().allValues("Set-Cookie")).as("an unknown language changes nothing").isEmpty();

        HttpResponse<String> spanish = HTTP.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "login.xhtml"))
                .header("Cookie", "welcoming-language=es").header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(spanish.body()).as("the choice wins over Accept-Language").containsPattern("<html[^>]* lang=\"es\"")
                .contains("Iniciar sesión");
        assertThat(spanish.headers().allValues("Set-Cookie")).as("still no session").isEmpty();
    }

    private static HttpResponse<String> switchTo(String language, String referer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + "language?to=" + language));
        if (referer != null) {
            request.header("Referer", referer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> signIn(String username, String password, String fetchSite)
            throws IOException, InterruptedException {
        String form = LogOnForm.filledIn(get("login.xhtml").body(), username, password);
        return HTTP.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", fetchSite)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
