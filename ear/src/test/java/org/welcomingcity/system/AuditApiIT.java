package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit trail over REST: who may read it, what it records, and its errors. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @Test
    void auditorsAndAdministratorsVerifyTheChain() {
        for (String role : new String[] {"auditor", "admin"}) {
            HttpResponse<String> response = Api.as(role).get("api/v1/audit/verification");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonObject report = Api.json(response);
            assertThat(report.getBoolean("intact")).isTrue();
            assertThat(report.getJsonNumber("events").longValue()).isPositive();
            assertThat(report.getJsonNumber("lastSequence").longValue()).isEqualTo(report.getJsonNumber("events").longValue());
            assertThat(report.getString("lastHash")).hasSize(64);
        }
    }

    /**
     * Reads at the same time have their events appended in batches (ReadEventBatches): every read
     * that answered has exactly one event, and the chain stays whole.
     */
    @Test
    void readsAtTheSameTimeEachLeaveOneEventAndTheChainVerifies() throws Exception {
        long id = Seeds.id(Api.json(Api.as("officer").post("api/v1/requests", Intakes.detainer())));
        int reads = 40;
        ExecutorService readers = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < reads; i++) {
                answers.add(readers.submit(() -> Api.as("supervisor").get("api/v1/requests/" + id).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            readers.shutdownNow();
        }

        JsonObject events = Api.json(Api.as("auditor").get(
                "api/v1/audit/events?target=request:" + id + "&action=REQUEST_READ&actor=supervisor&size=100"));
        assertThat(events.getJsonNumber("total").longValue()).isEqualTo(reads);
        JsonObject report = Api.json(Api.as("auditor").get("api/v1/audit/verification"));
        assertThat(report.getBoolean("intact")).as(report.toString()).isTrue();
    }

    @Test
    void otherRolesMayNotReadTheTrailAndTheRefusalIsRecorded() {
        for (String role : new String[] {"officer", "supervisor", "legal"}) {
            assertThat(Api.as(role).get("api/v1/audit/verification").statusCode()).as(role).isEqualTo(403);
        }
        JsonObject page = Api.json(Api.as("auditor").get("api/v1/audit/events?actor=legal&action=ACCESS_DENIED&size=5"));
        JsonObject latest = page.getJsonArray("events").getJsonObject(0);
        assertThat(latest.getString("outcome")).isEqualTo("DENIED");
        assertThat(latest.getString("target")).isEqualTo("GET /welcoming/api/v1/audit/verification");
    }

    @Test
    void failedAndSuccessfulLogOnsAreRecordedWithWhereFrom() {
        String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(Api.as(stranger, "wrong-password").get("api/v1/audit/verification").statusCode()).isEqualTo(401);

        JsonObject page = Api.json(Api.as("auditor").get("api/v1/audit/events?actor=" + stranger + "&outcome=FAILED"));
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject event = page.getJsonArray("events").getJsonObject(0);
        assertThat(event.getString("action")).isEqualTo("LOGON_FAILED");
        assertThat(event.getString("origin")).isNotBlank();

        JsonObject logons = Api.json(Api.as("auditor").get("api/v1/audit/events?actor=auditor&action=LOGON&outcome=SUCCESS"));
        assertThat(logons.getJsonNumber("total").longValue()).isPositive();
        assertThat(logons.getJsonArray("events").getJsonObject(0).getString("actorRole"))
                .as("a log-on row names the role it signed in with").isEqualTo("AUDITOR");
    }

    @Test
    void eventsExportAsCsv() {
        HttpResponse<String> csv = Api.as("auditor").get("api/v1/audit/events?size=10", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().lines().findFirst()).hasValue(
                "sequence,occurred_at_utc,actor,actor_role,action,target,outcome,origin,detail,hash");
        assertThat(csv.body().lines().count()).isBetween(2L, 11L);
    }

    @Test
    void badSearchParametersAreRefusedNamingTheParameter() {
        HttpResponse<String> outcome = Api.as("auditor").get("api/v1/audit/events?outcome=MAYBE");
        assertThat(outcome.statusCode()).isEqualTo(400);
        assertThat(Api.json(outcome).getString("message")).startsWith("outcome:");

        HttpResponse<String> from = Api.as("auditor").get("api/v1/audit/events?from=yesterday");
        assertThat(from.statusCode()).isEqualTo(400);
        assertThat(Api.json(from).getString("message")).startsWith("from:");

        HttpResponse<String> size = Api.as("auditor").get("api/v1/audit/events?size=5000");
        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(Api.json(size).getString("message")).startsWith("size:");
    }
}
