package org.welcomingcity.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.welcomingcity.system.Deployments;

/**
 * Throughput of {@code POST /api/v1/evaluations} as a ratio to {@code GET /api/v1/ping} on the
 * same server in the same run. Rounds alternate between the two so that a neighbour's load on
 * the machine weighs on both alike; the report quotes the median of the rounds' ratios.
 * Settings: system properties {@code load.*} (see the profile load in ear/pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationLoadRun {

    private static final String EVALUATION = """
        {"eventDate": "2022-06-01", "documentType": "DETAINER", "action": "DETAIN", "purpose": "CIVIL_IMMIGRATION"}""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @Test
    void evaluationThroughputAgainstPing() throws Exception {
        URI base = URI.create(System.getProperty("welcoming.url"));
        assertThat(InetAddress.getByName(base.getHost()).isLoopbackAddress()).as("load runs target this machine only: " + base)
                .isTrue();
        int requests = Integer.getInteger("load.requests", 60);
        int rounds = Integer.getInteger("load.rounds", 6);
        int threads = Integer.getInteger("load.threads", 4);
        int warmup = Integer.getInteger("load.warmup", 20);
        Duration limit = Duration.ofSeconds(Integer.getInteger("load.seconds", 60));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest ping = request(base.resolve("api/v1/ping")).GET().build();
        HttpRequest evaluation = request(base.resolve("api/v1/evaluations")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(EVALUATION)).build();

        LoadPhase.run("warm-up ping", http, ping, warmup, limit, threads);
        LoadPhase.run("warm-up evaluation", http, evaluation, warmup, limit, threads);
        List<LoadPhase> pings = new ArrayList<>();
        List<LoadPhase> evaluations = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            // ABBA order: a steady drift in the machine's load favours neither endpoint.
            if (round % 2 == 0) {
                evaluations.add(LoadPhase.run("evaluation, round " + round, http, evaluation, requests, limit, threads));
            }
            pings.add(LoadPhase.run("ping, round " + round, http, ping, requests, limit, threads));
            if (round % 2 == 1) {
                evaluations.add(LoadPhase.run("evaluation, round " + round, http, evaluation, requests, limit, threads));
            }
        }
        LoadReport report = new LoadReport(String.format("%d rounds of at most %d requests (or %d s) per endpoint, "
                + "%d client threads, after %d warm-up requests each; HTTP Basic on every request; server %s",
                rounds, requests, limit.toSeconds(), threads, warmup, base.getAuthority()), pings, evaluations);

        Path file = Path.of(System.getProperty("load.report", "target/load-report.md"));
        Files.writeString(file, report.markdown());
        System.out.println(report.markdown());
        assertThat(report.ping().failed() + report.evaluation().failed()).as("failed requests").isZero();
    }

    private static HttpRequest.Builder request(URI uri) {
        String officer = "officer:" + System.getProperty("welcoming.demo.password");
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(officer.getBytes(StandardCharsets.UTF_8)));
    }
}
