package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application's own figures at the server's metrics endpoint, in Prometheus format, as the
 * city's monitoring reads them: openly on the embedded default; on a production domain only as
 * the monitoring user that the setup made (and nobody else: ProductionModeIT).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationMetricsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String MONITOR_PASSWORD = System.getProperty("test.monitor.password", "");
    private static Crew crew;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @BeforeAll
    static void openAccounts() {
        crew = Crew.open();
    }

    @Test
    void aLoggedRequestAndARefusedLogOnShowInTheFigures() throws Exception {
        double submitted = figure("welcoming_requests", "state=\"SUBMITTED\"");
        double appends = figure("welcoming_audit_appends_total", "");
        double refused = figure("welcoming_logon_failures_total", "");

        assertThat(Crew.as(crew.officer()).post("api/v1/requests", Intakes.courtOrder()).statusCode()).isEqualTo(201);
        assertThat(Api.as(crew.officer(), "not-the-password").get("api/v1/ping").statusCode()).isEqualTo(401);

        assertThat(figure("welcoming_audit_appends_total", "")).as("audit appends").isGreaterThanOrEqualTo(appends + 2);
        assertThat(figure("welcoming_logon_failures_total", "")).as("refused log-ons").isEqualTo(refused + 1);
        // The gauges are read from the database at most every welcoming.metrics.fresh-seconds (1 in the tests' run).
        Instant deadline = Instant.now().plusSeconds(30);
        while (figure("welcoming_requests", "state=\"SUBMITTED\"") < submitted + 1 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(figure("welcoming_requests", "state=\"SUBMITTED\"")).as("submitted requests").isEqualTo(submitted + 1);
        assertThat(figure("welcoming_requests_overdue", "step=\"supervisor\"")).as("overdue for a supervisor")
                .isGreaterThanOrEqualTo(0);
    }

    /** The value of the application metric {@code name} whose labels include {@code label}. */
    private static double figure(String name, String label) throws Exception {
        String body = scrape();
        Matcher line = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(body);
        while (line.find()) {
            if (line.group(1).contains(label)) {
                return Double.parseDouble(line.group(2));
            }
        }
        throw new AssertionError("no " + name + " with " + label + " in\n" + body);
    }

    /**
     * The application's figures as the monitoring reads them: openly over HTTP on the embedded
     * default; on a production domain over TLS as the user "monitor", where nobody else (not
     * Payara's default user "mp" either) gets them.
     */
    private static String scrape() throws Exception {
        if (MONITOR_PASSWORD.isEmpty()) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(Api.baseUrl())
                    .resolve("/metrics?scope=application")).timeout(Duration.ofSeconds(20))
                    .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return answer.body();
        }
        URI site = TlsProbe.httpsUrl("");
        URI metrics = URI.create("https://" + site.getHost() + ":" + site.getPort() + "/metrics?scope=application");
        assertThat(TlsProbe.get(metrics).status()).as("nobody").isEqualTo(401);
        assertThat(TlsProbe.get(metrics, basic("mp", "mp")).status()).as("Payara's default user").isEqualTo(401);
        TlsProbe.Answer answer = TlsProbe.get(metrics, basic("monitor", MONITOR_PASSWORD));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static Map<String, String> basic(String user, String password) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)), "Accept", "text/plain");
    }
}
