package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The security headers of pages, API answers, resources and error answers, and what errors never show. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    private static void assertGuarded(HttpResponse<String> response) {
        HttpHeaders headers = response.headers();
        String what = response.request().method() + " " + response.uri() + " (" + response.statusCode() + ")";
        assertThat(headers.allValues("Content-Security-Policy")).as(what).hasSize(1);
        assertThat(headers.firstValue("Content-Security-Policy")).as(what).get(STRING)
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
        assertThat(scriptSources(headers)).as(what).doesNotContain("'unsafe-inline'", "*");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(headers.firstValue("Strict-Transport-Security")).as(what + ": HSTS only over TLS").isEmpty();
        assertThat(headers.map()).as(what).doesNotContainKeys("server", "x-powered-by", "Server", "X-Powered-By");
    }

    /** The sources scripts may come from: script-src, or default-src when there is none. */
    private static String scriptSources(HttpHeaders headers) {
        List<String> directives = List.of(headers.firstValue("Content-Security-Policy").orElseThrow().split(";"));
        return directives.stream().map(String::trim).filter(d -> d.startsWith("script-src ")).findFirst()
                .or(() -> directives.stream().map(String::trim).filter(d -> d.startsWith("default-src ")).findFirst())
                .orElse("");
    }

    private static void assertDisclosesNothing(HttpResponse<String> response) {
        assertThat(response.body()).as(response.uri().toString())
                .doesNotContain("Payara", "GlassFish", "Exception", "\tat ", "6.2025");
    }

    @Test
    void theLogOnPageRunsOnlyScriptsWithThisAnswersNonce() {
        HttpResponse<String> page = Api.anonymous().get("login.xhtml", "text/html");

        assertGuarded(page);
        String scripts = scriptSources(page.headers());
        assertThat(scripts).matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'");
        String nonce = scripts.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(page.body()).contains("nonce=\"" + nonce + "\"").doesNotContain("onclick=", "onchange=", "javascript:");
    }

    @Test
    void apiAnswersCarryThemToo() {
        assertGuarded(Api.as("officer").get("api/v1/ping"));
        assertGuarded(Api.as("officer").post("api/v1/evaluations", "{}"));
    }

    @Test
    void pagesAndApiAnswersAreNeverStoredButStyleSheetsMayBe() {
        assertThat(Api.as("auditor").get("api/v1/requests?size=1").headers().firstValue("Cache-Control"))
                .hasValue("no-store");
        assertThat(Api.anonymous().get("login.xhtml", "text/html").headers().firstValue("Cache-Control"))
                .hasValue("no-store");
        assertThat(Api.anonymous().get("no-such-page.xhtml", "text/html").headers().firstValue("Cache-Control"))
                .hasValue("no-store");
        assertThat(Api.anonymous().get("jakarta.faces.resource/css/welcoming.css.xhtml", "text/css").headers()
                .allValues("Cache-Control")).doesNotContain("no-store");
    }

    /**
     * Browsers keep the application's style sheet for days, so its address carries a version: the
     * first 12 hex digits of a SHA-256 over the files under the web module's resources folder, each
     * path (from /resources/, in order) followed by its content. A changed sheet gets a new address.
     */
    @Test
    void theStyleSheetIsKeptUnderAnAddressThatNamesItsContent() throws IOException, NoSuchAlgorithmException {
        String page = Api.anonymous().get("login.xhtml", "text/html").body();
        Matcher link = Pattern.compile("href=\"[^\"]*/jakarta\\.faces\\.resource/(css/welcoming\\.css\\.xhtml\\?v=(\\w+))\"")
                .matcher(page);
        assertThat(link.find()).as("the log-on page links the style sheet with a version").isTrue();
        assertThat(link.group(2)).isEqualTo(versionOfTheSources());
        assertThat(Api.anonymous().get("jakarta.faces.resource/" + link.group(1), "text/css").statusCode()).isEqualTo(200);
    }

    private static String versionOfTheSources() throws IOException, NoSuchAlgorithmException {
        Path folder = Path.of("..", "web", "src", "main", "webapp", "resources");
        TreeMap<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(file -> files.put("/resources/"
                    + folder.relativize(file).toString().replace(File.separatorChar, '/'), file));
        }
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (Map.Entry<String, Path> file : files.entrySet()) {
            sha256.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            sha256.update(Files.readAllBytes(file.getValue()));
        }
        return HexFormat.of().formatHex(sha256.digest()).substring(0, 12);
    }

    @Test
    void staticResourcesCarryThem() {
        assertGuarded(Api.anonymous().get("jakarta.faces.resource/css/welcoming.css.xhtml", "text/css"));
    }

    @Test
    void errorAnswersCarryThemAndShowNoServerDetails() {
        Map<String, HttpResponse<String>> errors = Map.of(
                "page not found", Api.anonymous().get("no-such-page.xhtml", "text/html"),
                "protected folder", Api.anonymous().get("WEB-INF/web.xml", "text/html"),
                "api without credentials", Api.anonymous().get("api/v1/ping"),
                "api wrong password", Api.as("officer", "not-the-password").get("api/v1/ping"),
                "api unknown path", Api.as("officer").get("api/v1/no-such-resource"),
                "api wrong media type", Api.as("officer").post("api/v1/evaluations", "text/plain", "x"),
                "forged view state", PageSession.signedInAs("officer").post("law/rules.xhtml",
                        PageSession.form("rules", "show", "-1:1", null), Map.of()));
        errors.forEach((name, response) -> {
            assertThat(response.statusCode()).as(name).isGreaterThanOrEqualTo(400);
            assertGuarded(response);
            assertDisclosesNothing(response);
        });
        assertThat(Api.json(errors.get("api without credentials")).getInt("status")).isEqualTo(401);
        assertThat(errors.get("forged view state").statusCode()).isEqualTo(500);
    }

    @Test
    void pathsOutsideTheApplicationAnswerNotFoundWithTheHeaders() {
        URI outside = URI.create(Api.baseUrl()).resolve("/no-such-application/");
        HttpResponse<String> response = PageSession.getAbsolute(outside);

        assertThat(response.statusCode()).isEqualTo(404);
        assertGuarded(response);
        assertDisclosesNothing(response);
        assertThat(response.body().strip()).isEqualTo("Not found.");
        assertThat(PageSession.getAbsolute(URI.create(Api.baseUrl()).resolve("/nonexistent")).statusCode()).isEqualTo(404);
    }

    @Test
    void healthAnswersCarryThemAndPayarasOwnHealthEndpointIsGone() {
        for (String kind : List.of("ready", "live")) {
            HttpResponse<String> health = Api.anonymous().get("health/" + kind);
            assertThat(health.statusCode()).as(kind).isEqualTo(200);
            assertGuarded(health);
            assertThat(health.headers().firstValue("Cache-Control")).as(kind).hasValue("no-store");
        }
        for (String path : List.of("/health", "/health/ready", "/health/live", "/health/started")) {
            HttpResponse<String> payaras = PageSession.getAbsolute(URI.create(Api.baseUrl()).resolve(path));
            assertThat(payaras.statusCode()).as(path).isEqualTo(404);
            assertGuarded(payaras);
            assertThat(payaras.body().strip()).as(path).isEqualTo("Not found.");
        }
    }

    @Test
    void theServersRootLeadsToTheApplicationNeverToPayarasPage() throws Exception {
        URI root = URI.create(Api.baseUrl()).resolve("/");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(root).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get(STRING).endsWith("/welcoming/");
        assertGuarded(response);
        assertDisclosesNothing(response);
        assertThat(PageSession.getAbsolute(root).uri().getPath()).as("followed, it is the log-on page")
                .isEqualTo("/welcoming/login.xhtml");
    }

    @Test
    void aForwardedSchemeFromAnAddressNotConfiguredAsAProxyIsIgnored() throws Exception {
        HttpRequest claim = HttpRequest.newBuilder(URI.create(Api.baseUrl() + "login.xhtml"))
                .header("X-Forwarded-Proto", "https").header("Forwarded", "proto=https").build();
        HttpResponse<String> page = HttpClient.newHttpClient().send(claim, HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertGuarded(page); // no Strict-Transport-Security: welcoming.security.trusted-proxies names nobody by default
    }

    @Test
    void overTlsStrictTransportSecurityAndASecureCookie() throws Exception {
        TlsProbe.Answer page = TlsProbe.get(TlsProbe.httpsUrl("login.xhtml"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        assertThat(page.headerNames()).doesNotContain("Server", "X-Powered-By", "Set-Cookie");

        TlsProbe.Answer signedIn = TlsProbe.postForm(TlsProbe.httpsUrl("login.xhtml"),
                LogOnForm.filledIn(page.body(), "officer", Api.DEMO_PASSWORD));

        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(302);
        assertThat(signedIn.header("Set-Cookie")).contains("Secure", "HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(signedIn.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    }
}
