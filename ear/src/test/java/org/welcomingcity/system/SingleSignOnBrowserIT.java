package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Single sign-on in Chromium with a real OpenID provider (mock-oauth2-server, started here
 * before the deployment): the whole authorization-code flow through the browser, the
 * provider's groups claim mapped to roles, the person's account recorded with the unit claim,
 * the authentication class the city requires, and the API still on HTTP Basic, for service
 * accounts only. Behind the city's TLS proxy (127.0.0.1 is trusted as one here) the callback's
 * answer sets a Secure session cookie; the proxy's header from anyone else changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
// With single sign-on the API takes HTTP Basic only from service accounts. The embedded run's
// demo accounts are service accounts, made by the classes before this one (demo accounts switched
// on beside the provider stop the deployment, so this one switches them off); the production-mode
// run's crew are people, as a city's would be.
@DisabledIfSystemProperty(named = "welcoming.test.first-admin-password", matches = ".+",
        disabledReason = "the production-mode run has no service accounts to call the API with")
@OwnDeployment
class SingleSignOnBrowserIT {

    private static final String ISSUER_ID = "city";
    private static final String CLIENT_ID = "welcoming";
    private static final String UNIT = "District " + UUID.randomUUID().toString().substring(0, 8);
    /**
     * A watch commander new at each run: the provider's issuer names its port, which changes from
     * run to run, so a second run on the same database would meet the first run's account held by
     * another person.
     */
    private static final String DANA = "dana-" + UUID.randomUUID().toString().substring(0, 6);
    private static final MockOAuth2Server PROVIDER = startProvider();
    private static final String PROXY = "127.0.0.1";
    private static final String SOMEONE_ELSE = "127.0.0.2";
    private static final String FORWARDED_TLS = "X-Forwarded-Proto: https";
    private static final String HSTS = "Strict-Transport-Security";

    private ChromeDriver browser;

    private static MockOAuth2Server startProvider() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestDomain.demoAccountsOff();
        return Deployments.welcomingConfiguredWith(Map.of(
                "welcoming.identity.store", "oidc",
                "welcoming.identity.group-roles", "watch-commanders=SUPERVISOR;patrol=OFFICER",
                "welcoming.identity.oidc.provider-url", PROVIDER.issuerUrl(ISSUER_ID).toString(),
                "welcoming.identity.oidc.provider-name", "City ID",
                "welcoming.identity.oidc.client-id", CLIENT_ID,
                "welcoming.identity.oidc.client-secret", "test-client-secret",
                "welcoming.identity.oidc.unit-claim", "department",
                "welcoming.identity.oidc.acr-values", "mfa hwk",
                "welcoming.security.trusted-proxies", PROXY));
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
        TestDomain.demoAccountsOn();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        Browser.releaseWithScreenshot(browser, "sso");
    }

    /** Who signs in at the provider next (the subject, for good; the user name, for now), and with which groups. */
    private String nextSubject;
    private String nextUsername;
    private List<String> nextGroups;
    private String nextAcr;

    private void nextPersonAtTheProvider(String username, List<String> groups) {
        nextPersonAtTheProvider(username, username, groups);
    }

    private void nextPersonAtTheProvider(String subject, String username, List<String> groups) {
        nextSubject = subject;
        nextUsername = username;
        nextGroups = groups;
        nextAcr = "mfa"; // authenticated with a second factor, as the city requires
    }

    /**
     * Clicks "Sign in with …" and signs in on the provider's own page: the application asks the
     * provider to authenticate again at every sign-in (prompt=login), so the provider shows it.
     */
    private void signInThroughTheProvider() {
        browser.get(Api.baseUrl());
        assertThat(browser.getCurrentUrl()).contains("/welcoming/login.xhtml");
        assertThat(Browser.absent(browser, By.id("login:password"))).as("no password form").isTrue();
        browser.findElement(By.id("providerSignIn")).click();
        assertThat(browser.findElement(By.tagName("body")).getText()).as("the authorization request asks for it")
                .contains("acr_values = mfa hwk");
        browser.findElement(By.name("username")).sendKeys(nextSubject);
        String groups = nextGroups.stream().map(group -> "\"" + group + "\"").collect(Collectors.joining(", "));
        browser.findElement(By.name("claims")).sendKeys("{\"preferred_username\": \"" + nextUsername
                + "\", \"name\": \"Sgt. " + nextUsername + "\", \"department\": \"" + UNIT
                + "\", \"acr\": \"" + nextAcr + "\", \"groups\": [" + groups + "]}");
        browser.findElement(By.cssSelector("[type=submit]")).click();
    }

    /** The home page's title, once the provider's answer has come back through the callback to it. */
    private String landedOn() {
        return Browser.waitForText(browser, "home-title", "", Duration.ofSeconds(30));
    }

    @Test
    void aWatchCommanderSignsInAtTheProviderAndLandsOnTheSupervisorPage() {
        nextPersonAtTheProvider(DANA, List.of("watch-commanders", "everyone"));
        browser.get(Api.baseUrl());
        assertThat(browser.findElement(By.id("providerSignIn")).getText()).isEqualTo("Sign in with City ID");

        signInThroughTheProvider();

        assertThat(landedOn()).isEqualTo("Supervisor review");
        assertThat(browser.getCurrentUrl()).endsWith("/supervisor/index.xhtml");
        assertThat(browser.findElement(By.cssSelector(".site-header__user")).getText()).contains(DANA);
        browser.get(Api.baseUrl() + "officer/index.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");

        JsonObject logOn = Api.json(Api.as("auditor").get("api/v1/audit/events?actor=" + DANA + "&action=LOGON&size=1"))
                .getJsonArray("events").getJsonObject(0);
        assertThat(logOn.getString("detail")).contains("\"source\":\"oidc\"").contains("SUPERVISOR");
        JsonObject account = Api.json(Api.as("admin").get("api/v1/accounts/" + DANA));
        assertThat(account.getString("unit")).as("from the unit claim").isEqualTo(UNIT);
        assertThat(account.getString("displayName")).isEqualTo("Sgt. " + DANA);
        assertThat(account.getBoolean("external")).isTrue();
    }

    @Test
    void aUserNameThatPassesToAnotherPersonDoesNotOpenTheFormerHoldersAccount() {
        String name = "gil-" + UUID.randomUUID().toString().substring(0, 8);
        nextPersonAtTheProvider("subject-of-the-first-" + name, name, List.of("watch-commanders"));
        signInThroughTheProvider();
        assertThat(landedOn()).isEqualTo("Supervisor review");
        browser.manage().deleteAllCookies();

        nextPersonAtTheProvider("subject-of-the-second-" + name, name, List.of("patrol"));
        signInThroughTheProvider();

        Browser.waitUpTo(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login.xhtml?sign-in=failed"));
        JsonObject collision = Api.json(Api.as("auditor").get("api/v1/audit/events?action=ACCOUNT_NAME_COLLISION&target=account:"
                + name + "&size=1")).getJsonArray("events").getJsonObject(0);
        assertThat(collision.getString("detail")).contains("another person from the directory or provider");
        assertThat(Api.json(Api.as("admin").get("api/v1/accounts/" + name)).getJsonArray("roles").getString(0))
                .as("the first holder's account is untouched").isEqualTo("SUPERVISOR");
    }

    @Test
    void someoneWhoseGroupsAreNotMappedIsToldAndStaysSignedOut() {
        nextPersonAtTheProvider("visitor", List.of("everyone"));

        signInThroughTheProvider();

        Browser.waitUpTo(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login.xhtml?sign-in=failed"));
        assertThat(browser.findElement(By.id("provider")).getText()).contains("has no role here");
        browser.get(Api.baseUrl() + "officer/index.xhtml");
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void anAnswerThatNoSignInInThisBrowserAskedForIsRefused() {
        browser.get(Api.baseUrl() + "sso/callback?code=stolen-code&state=guessed-state");

        assertThat(browser.getCurrentUrl()).contains("/login.xhtml?sign-in=failed");
        JsonObject refused = Api.json(Api.as("auditor").get("api/v1/audit/events?actor=unknown&action=LOGON_FAILED&size=1"))
                .getJsonArray("events").getJsonObject(0);
        assertThat(refused.getString("detail")).contains("not belong to a sign-in begun in this browser");
    }

    @Test
    void aSignInWithoutTheRequiredSecondFactorIsRefusedAndAudited() {
        // a name of this test's own, new at each run
        String name = "frida-" + UUID.randomUUID().toString().substring(0, 8);
        nextPersonAtTheProvider(name, List.of("watch-commanders"));
        nextAcr = "pwd"; // a password alone

        signInThroughTheProvider();

        Browser.waitUpTo(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login.xhtml?sign-in=failed"));
        browser.get(Api.baseUrl() + "supervisor/index.xhtml");
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
        JsonObject refused = Api.json(Api.as("auditor").get("api/v1/audit/events?actor=unknown&action=LOGON_FAILED&size=1"))
                .getJsonArray("events").getJsonObject(0);
        assertThat(refused.getString("detail")).contains("not authenticate the person as strongly as required (acr)");
        assertThat(Api.as("admin").get("api/v1/accounts/" + name).statusCode()).as("no account recorded").isEqualTo(404);
    }

    @Test
    void theApiKeepsHttpBasicForServiceAccounts() {
        assertThat(Api.as("officer").get("api/v1/ping").statusCode()).as("the demo accounts are service accounts")
                .isEqualTo(200);
        assertThat(Api.anonymous().get("api/v1/ping").statusCode()).isEqualTo(401);
    }

    @Test
    void aPersonsPasswordDoesNotOpenTheApiUntilAnAdministratorMarksTheAccountAsAService() {
        String username = TestAccounts.opened("OFFICER");

        HttpResponse<String> person = Api.as(username, TestAccounts.FIRST_PASSWORD).get("api/v1/ping");

        assertThat(person.statusCode()).isEqualTo(401);
        assertThat(Api.json(person).getString("message")).contains("as a service account")
                .contains("People sign in at the city's identity provider");
        assertThat(TestAccounts.lastEvent(username, "LOGON_FAILED").getString("detail"))
                .contains("a person's account: people sign in at the identity provider");

        HttpResponse<String> marked = Api.as("admin").put("api/v1/accounts/" + username + "/service-account",
                "{\"serviceAccount\": true}");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        assertThat(Api.json(marked).getBoolean("serviceAccount")).isTrue();
        assertThat(TestAccounts.lastEvent(username, "SERVICE_ACCOUNT_CHANGED").getString("detail"))
                .contains("\"from\":\"false\"").contains("\"to\":\"true\"");

        assertThat(TestAccounts.changeOwnPassword(username, TestAccounts.FIRST_PASSWORD, TestAccounts.OWN_PASSWORD)
                .statusCode()).isEqualTo(204);
        assertThat(Api.as(username, TestAccounts.OWN_PASSWORD).get("api/v1/ping").statusCode()).isEqualTo(200);
    }

    /**
     * The whole sign-in without a browser, each request to the application from {@code from} with
     * the proxy's {@code X-Forwarded-Proto: https}: start, the provider's log-on form, the callback.
     * Returns the callback's answer and the home page's answer with the session it set.
     */
    private static List<RawHttp.Answer> signInThroughTheProviderFrom(String from, String subject) throws Exception {
        RawHttp.Answer start = RawHttp.exchange(from, "GET", "sso/start", List.of(FORWARDED_TLS));
        assertThat(start.status()).as(start.headers().toString()).isEqualTo(302);
        String attempt = cookie(start, "welcoming-sign-in");
        URI authorization = URI.create(start.header("Location"));
        String callbackScheme = from.equals(PROXY) ? "https" : "http";
        assertThat(URLDecoder.decode(authorization.getRawQuery(), StandardCharsets.UTF_8))
                .as("the provider sends the browser back with the scheme it used")
                .contains("redirect_uri=" + callbackScheme + "://localhost:" + URI.create(Api.baseUrl()).getPort()
                        + "/welcoming/sso/callback");

        HttpClient client = HttpClient.newHttpClient(); // never follows redirects
        String claims = "{\"acr\": \"mfa\", \"groups\": [\"patrol\"], \"department\": \"" + UNIT + "\"}";
        HttpResponse<String> loggedOn = client.send(HttpRequest.newBuilder(authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(subject, StandardCharsets.UTF_8)
                        + "&claims=" + URLEncoder.encode(claims, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loggedOn.statusCode()).as(loggedOn.body()).isEqualTo(302);
        URI back = URI.create(loggedOn.headers().firstValue("Location").orElseThrow());

        RawHttp.Answer callback = RawHttp.exchange(from, "GET", "sso/callback?" + back.getRawQuery(),
                List.of(FORWARDED_TLS, "Cookie: welcoming-sign-in=" + attempt));
        assertThat(callback.status()).as(callback.body()).isEqualTo(200);
        assertThat(callback.body()).as("signed in, it moves on home").contains("id=\"continue\"");
        String session = cookie(callback, "JSESSIONID");
        RawHttp.Answer home = RawHttp.exchange(from, "GET", "index.xhtml",
                List.of(FORWARDED_TLS, "Cookie: JSESSIONID=" + session));
        assertThat(home.status()).as(home.body()).isEqualTo(302);
        assertThat(home.header("Location")).as("signed in: the officer's home").contains("/officer/index.xhtml");
        return List.of(callback, home);
    }

    private static String cookie(RawHttp.Answer answer, String name) {
        String cookie = sessionCookieHeader(answer, name);
        return cookie.substring(name.length() + 1, cookie.indexOf(';'));
    }

    private static String sessionCookieHeader(RawHttp.Answer answer, String name) {
        return answer.all("Set-Cookie").stream().filter(cookie -> cookie.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + answer.headers()));
    }

    @Test
    void behindTheTrustedProxyTheCallbackSetsASecureSessionCookieWithHsts() throws Exception {
        List<RawHttp.Answer> answers = signInThroughTheProviderFrom(PROXY, "hal-" + UUID.randomUUID().toString().substring(0, 8));

        RawHttp.Answer callback = answers.get(0);
        assertThat(callback.header(HSTS)).isEqualTo("max-age=31536000");
        assertThat(sessionCookieHeader(callback, "JSESSIONID")).contains("; Secure").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
        for (RawHttp.Answer answer : answers) {
            assertThat(answer.header(HSTS)).isEqualTo("max-age=31536000");
            assertThat(answer.all("Set-Cookie")).as("every cookie it sets").allSatisfy(cookie ->
                    assertThat(cookie).contains("; Secure").containsIgnoringCase("HttpOnly"));
        }
    }

    @Test
    void theProxysWordFromAnyoneElseBringsNoHstsAndNoSecureFlag() throws Exception {
        List<RawHttp.Answer> answers = signInThroughTheProviderFrom(SOMEONE_ELSE, "ida-" + UUID.randomUUID().toString().substring(0, 8));

        assertThat(sessionCookieHeader(answers.get(0), "JSESSIONID")).doesNotContainIgnoringCase("secure")
                .containsIgnoringCase("HttpOnly");
        assertThat(answers).allSatisfy(answer -> assertThat(answer.header(HSTS)).isNull());
    }
}
