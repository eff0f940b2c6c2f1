package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.ShouldThrowException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Production mode, a database other than the embedded H2 (the PostgreSQL run): demo accounts
 * switched on in the application's own settings stop the deployment, so five accounts with a
 * published password can never open on a production database. The domain the production setup
 * made is hardened: the admin port wants the administrator's password, over TLS only, and the
 * API description is closed and the server's metrics answer only the monitoring user.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "welcoming.test.first-admin-password", matches = ".+",
        disabledReason = "demo accounts are allowed on the embedded H2 database; run with -Ppostgres")
@OwnDeployment
class ProductionModeIT {

    /** Any failure to deploy; the test then reads in the server log that it is the demo accounts' refusal. */
    @Deployment(testable = false)
    @ShouldThrowException
    static EnterpriseArchive deployment() {
        return Deployments.welcomingConfiguredWith(Map.of("welcoming.demo.accounts", "true"));
    }

    @Test
    void demoAccountsOnAProductionDatabaseStopTheDeployment() throws IOException {
        assertThat(Api.anonymous().get("api/v1/ping").statusCode()).as("nothing deployed").isEqualTo(404);

        assertThat(TestDomain.serverLog()).contains("welcoming.demo.accounts=true is for the embedded H2 demo only,"
                + " and this database is PostgreSQL");
    }

    @Test
    void theApiDescriptionIsClosedAndMetricsAreForTheMonitoringUserOnly() throws Exception {
        HttpResponse<String> description = PageSession.getAbsolute(URI.create(Api.baseUrl()).resolve("/openapi"));
        assertThat(description.statusCode()).isEqualTo(404);
        assertThat(description.body()).doesNotContain("openapi", "Payara");

        for (String endpoint : new String[] {"/metrics", "/metrics?scope=application", "/metrics?scope=base"}) {
            HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(Api.baseUrl()).resolve(endpoint)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(plain.statusCode()).as(endpoint + " over HTTP").isNotEqualTo(200);
            assertThat(plain.body()).as(endpoint + " over HTTP").doesNotContain("# TYPE", "jvm", "welcoming_");

            URI site = TlsProbe.httpsUrl("");
            URI overTls = URI.create("https://" + site.getHost() + ":" + site.getPort() + endpoint);
            for (Map<String, String> who : List.of(Map.<String, String>of(), basic("mp", "mp"), basic("admin", ""))) {
                TlsProbe.Answer answer = TlsProbe.get(overTls, who);
                assertThat(answer.status()).as(endpoint + " as " + who).isEqualTo(401);
                assertThat(answer.body()).as(endpoint).doesNotContain("# TYPE", "jvm", "welcoming_");
            }
        }
    }

    @Test
    void theAdminPortWantsThePasswordOverTlsOnly() throws Exception {
        URI management = URI.create("https://localhost:" + System.getProperty("test.admin.port") + "/management/domain/version");
        String password = System.getProperty("test.admin.password");

        assertThat(TlsProbe.get(management, Map.of()).status()).as("no password").isEqualTo(401);
        assertThat(TlsProbe.get(management, basic("admin", "")).status()).as("an empty one").isEqualTo(401);
        assertThat(TlsProbe.get(management, basic("admin", password + "x")).status()).as("a wrong one").isEqualTo(401);
        assertThat(TlsProbe.get(management, basic("admin", password)).status()).as("the right one").isEqualTo(200);

        HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + System.getProperty("test.admin.port") + "/management/domain/version")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).as("plain HTTP is sent to TLS").isEqualTo(302);
        assertThat(plain.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).startsWith("https:"));
    }

    @Test
    void asadminWithoutThePasswordIsRefused() {
        assertThatThrownBy(() -> TestDomain.asadmin("list-applications"))
                .hasMessageContaining("invalid user name and/or password");
    }

    private static Map<String, String> basic(String user, String password) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
}
