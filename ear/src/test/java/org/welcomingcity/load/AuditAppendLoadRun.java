package org.welcomingcity.load;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.welcomingcity.system.Deployments;

/**
 * Audit appends under concurrency through the whole stack: every {@code GET /api/v1/accounts/{name}}
 * is a use case whose transaction appends one event to the chain, so its throughput from 16
 * clients is the append throughput, next to ping on the same server. Afterwards the chain
 * must verify, with at least one new event per request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditAppendLoadRun {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @Test
    void appendThroughputWithSixteenClients() throws Exception {
        URI base = URI.create(System.getProperty("welcoming.url"));
        assertThat(InetAddress.getByName(base.getHost()).isLoopbackAddress()).as("load runs target this machine only").isTrue();
        int requests = Integer.getInteger("load.audit.requests", 2000);
        int threads = 16;
        Duration limit = Duration.ofSeconds(Integer.getInteger("load.seconds", 60));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest read = as("admin", base.resolve("api/v1/accounts/officer")).GET().build();
        HttpRequest ping = as("admin", base.resolve("api/v1/ping")).GET().build();

        LoadPhase.run("warm-up", http, read, 50, limit, threads);
        long before = verify(http, base).getJsonNumber("lastSequence").longValue();
        LoadPhase appends = LoadPhase.run("account read (one audit event each)", http, read, requests, limit, threads);
        JsonObject after = verify(http, base);
        LoadPhase pings = LoadPhase.run("ping (no audit event)", http, ping, requests, limit, threads);

        String report = String.format("""
            # Audit appends under concurrency

            %d client threads, at most %d requests (or %d s) per endpoint; server %s.

            | endpoint | requests | failed | requests/s | p50 ms | p99 ms |
            |---|---|---|---|---|---|
            %s
            %s

            Events appended during the account reads: %d; chain intact afterwards: %s (%d events).
            """, threads, requests, limit.toSeconds(), base.getAuthority(), row(appends), row(pings),
                after.getJsonNumber("lastSequence").longValue() - before, after.getBoolean("intact"),
                after.getJsonNumber("events").longValue());
        Files.writeString(Path.of(System.getProperty("load.audit.report", "target/audit-append-report.md")), report);
        System.out.println(report);

        assertThat(appends.failed()).as("failed requests").isZero();
        assertThat(after.getBoolean("intact")).isTrue();
        assertThat(after.getJsonNumber("lastSequence").longValue() - before).isGreaterThanOrEqualTo(appends.completed());
    }

    private static String row(LoadPhase phase) {
        return String.format("| %s | %d | %d | %.1f | %.1f | %.1f |", phase.endpoint(), phase.completed(), phase.failed(),
                phase.throughput(), phase.percentileMillis(50), phase.percentileMillis(99));
    }

    private static JsonObject verify(HttpClient http, URI base) throws Exception {
        HttpResponse<String> response = http.send(as("auditor", base.resolve("api/v1/audit/verification")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static HttpRequest.Builder as(String user, URI uri) {
        String pair = user + ":" + System.getProperty("welcoming.demo.password");
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
}
