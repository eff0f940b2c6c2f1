package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CSRF: a Faces form acts only with the view state the server gave this session, a request a
 * browser marks as coming from another site changes nothing, and the API never accepts the
 * session cookie in place of credentials.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteRequestIT {

    private static final String TRAIL = "auditor/trail.xhtml";
    private static final Map<String, String> FROM_ELSEWHERE = Map.of("Origin", "https://evil.example");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    private static long verifications() {
        return Api.json(Api.as("admin").get("api/v1/audit/events?actor=auditor&action=AUDIT_VERIFIED&size=1"))
                .getJsonNumber("total").longValue();
    }

    @Test
    void aFormPostedWithAForgedOrMissingViewStateDoesNothing() {
        PageSession auditor = PageSession.signedInAs("auditor");
        HttpResponse<String> page = auditor.get(TRAIL);
        String nonce = PageSession.nonce(page);
        long before = verifications();

        HttpResponse<String> forged = auditor.post(TRAIL, PageSession.form("verify", "run", "-4242:4242", nonce), Map.of());
        HttpResponse<String> missing = auditor.post(TRAIL, PageSession.form("verify", "run", null, nonce), Map.of());

        assertThat(forged.statusCode()).isEqualTo(500);
        assertThat(forged.body()).contains("Something went wrong").doesNotContain("ViewExpired", "Exception");
        assertThat(missing.body()).doesNotContain("verdict");
        assertThat(verifications()).as("no verification was run").isEqualTo(before);
    }

    @Test
    void theSameFormWithItsOwnViewStateWorks() {
        PageSession auditor = PageSession.signedInAs("auditor");
        HttpResponse<String> page = auditor.get(TRAIL);
        long before = verifications();

        HttpResponse<String> verified = auditor.post(TRAIL, PageSession.form("verify", "run", page), Map.of());

        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.body()).contains("verdict--ok");
        assertThat(verifications()).isEqualTo(before + 1);
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedEvenWithAValidViewState() {
        PageSession auditor = PageSession.signedInAs("auditor");
        HttpResponse<String> page = auditor.get(TRAIL);
        long before = verifications();

        HttpResponse<String> refused = auditor.post(TRAIL, PageSession.form("verify", "run", page), FROM_ELSEWHERE);
        HttpResponse<String> fetchSite = auditor.post(TRAIL, PageSession.form("verify", "run", page),
                Map.of("Sec-Fetch-Site", "cross-site"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("another site");
        assertThat(fetchSite.statusCode()).isEqualTo(403);
        assertThat(verifications()).isEqualTo(before);
        String refusals = Api.as("admin").get("api/v1/audit/events?actor=auditor&action=CROSS_SITE_REFUSED&size=5").body();
        assertThat(refusals).as("the attempt is in the audit trail").contains("https://evil.example");
    }

    @Test
    void signingOutNeedsTheSessionsOwnViewState() {
        PageSession officer = PageSession.signedInAs("officer");
        String nonce = PageSession.nonce(officer.get("officer/index.xhtml"));

        officer.post("officer/index.xhtml", PageSession.form("session", "signOut", "-1:1", nonce), Map.of());

        assertThat(officer.get("officer/index.xhtml").body()).as("still signed in").contains("Officer desk");
    }

    @Test
    void aCrossSiteFormPostToTheApiWithTheSessionCookieIsRefused() {
        PageSession admin = PageSession.signedInAs("admin");
        String username = "csrf" + System.nanoTime() % 1_000_000;
        String account = "{\"username\":\"" + username + "\",\"displayName\":\"Forged\",\"password\":\"forged-password-1\","
                + "\"roles\":[\"ADMIN\"]}";

        // What a page on another site can make a browser send: a form, the cookie, its Origin.
        // The API takes no session cookie, so authentication refuses it before the origin check.
        HttpResponse<String> form = admin.post("api/v1/accounts", Map.of(account, ""), FROM_ELSEWHERE);
        // Even same-site and as JSON, the cookie is no credential for the API.
        HttpResponse<String> cookieOnly = send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "api/v1/accounts"))
                .header("Cookie", "JSESSIONID=" + admin.sessionCookie()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(account)));
        // A browser that remembered Basic credentials sends them cross-site too.
        HttpResponse<String> basic = send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "api/v1/accounts"))
                .header("Authorization", basicAuthorization("admin")).header("Origin", "https://evil.example")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(account)));

        assertThat(form.statusCode()).isEqualTo(401);
        assertThat(cookieOnly.statusCode()).isEqualTo(401);
        assertThat(basic.statusCode()).isEqualTo(403);
        assertThat(Api.json(basic).getString("message")).isEqualTo("Requests made from another site are refused.");
        assertThat(Api.as("admin").get("api/v1/accounts/" + username).statusCode()).isEqualTo(404);
    }

    @Test
    void anApiClientFromTheSameOriginOrNoBrowserIsServed() {
        String ping = Api.baseUrl() + "api/v1/ping";
        URI base = URI.create(Api.baseUrl());
        HttpResponse<String> sameOrigin = send(HttpRequest.newBuilder(URI.create(ping))
                .header("Authorization", basicAuthorization("officer"))
                .header("Origin", base.getScheme() + "://" + base.getAuthority())
                .method("DELETE", HttpRequest.BodyPublishers.noBody()));

        assertThat(sameOrigin.statusCode()).as("reaches the resource, which has no DELETE").isEqualTo(405);
        assertThat(Api.as("officer").post("api/v1/evaluations", "{}").statusCode()).isEqualTo(400);
    }

    private static String basicAuthorization(String username) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + Api.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The server did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
