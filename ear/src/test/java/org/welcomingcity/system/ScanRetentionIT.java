package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scans are kept only as long as welcoming.attachments.retention-days says (30 in the EAR for checks): the
 * administrator's "remove expired scans now" removes the bytes of a request that ended longer
 * ago, keeps its description marked with the removal, audits it once, and leaves alone a request
 * that ended lately and one that has not ended. A request cannot end 31 days ago within a test,
 * so one step, inside the server, moves the timeline of two requests back by 40 days.
 */
@OwnDeployment(sharedAs = OwnDeployment.FOR_CHECKS)
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScanRetentionIT {

    static final int RETENTION_DAYS = 30;
    static final String LONG_AGO = "retention-ended-long-ago.pdf";
    static final String LATELY = "retention-ended-lately.pdf";
    static final String OPEN = "retention-still-open.pdf";

    private static String officer;
    private static String supervisor;
    private static long endedLongAgo;
    private static long endedLately;
    private static long stillOpen;

    @Resource(lookup = "jdbc/welcoming")
    DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.welcomingForChecks();
    }

    @Test
    @Order(1)
    @RunAsClient
    void threeRequestsWithScans() {
        Crew crew = Crew.open();
        officer = crew.officer();
        supervisor = crew.supervisor();
        endedLongAgo = withScan(LONG_AGO);
        endedLately = withScan(LATELY);
        stillOpen = withScan(OPEN);
        RequestWorkflowApiIT.step(officer, endedLongAgo, "withdraw", "", 200);
        RequestWorkflowApiIT.step(officer, endedLately, "withdraw", "", 200);
    }

    @Test
    @Order(2)
    void theTimelinesOfTwoGoBackFortyDays() throws SQLException {
        OffsetDateTime fortyDaysAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(40);
        try (Connection db = dataSource.getConnection(); PreparedStatement back = db.prepareStatement(
                "UPDATE request_step SET taken_at = ? WHERE request_id IN (SELECT request_id FROM request_attachment"
                        + " WHERE file_name IN (?, ?) AND scan_removed_at IS NULL)")) {
            back.setObject(1, fortyDaysAgo);
            back.setString(2, LONG_AGO);
            back.setString(3, OPEN);
            assertTrue(back.executeUpdate() > 0, "the two requests' timelines were found"); // AssertJ is not in the server
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void removingExpiredScansKeepsTheDescriptionAndAuditsOnce() {
        assertThat(Crew.as(supervisor).post(REMOVALS, "").statusCode()).as("administrators only").isEqualTo(403);

        HttpResponse<String> run = Api.as("admin").post(REMOVALS, "");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        JsonObject removal = Api.json(run);
        assertThat(removal.getInt("retentionDays")).isEqualTo(RETENTION_DAYS);
        assertThat(removal.getInt("requests")).isPositive();
        assertThat(removal.getInt("documents")).isPositive();

        JsonObject gone = attachment(endedLongAgo);
        assertThat(gone.getString("fileName")).isEqualTo(LONG_AGO);
        assertThat(gone.getString("sha256")).hasSize(64);
        assertThat(gone.getString("scanRemovedAt")).isNotBlank();
        HttpResponse<byte[]> download = Crew.as(officer).download(file(endedLongAgo, gone));
        assertThat(download.statusCode()).isEqualTo(409);
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).contains("was removed on",
                "welcoming.attachments.retention-days");

        for (long kept : new long[] {endedLately, stillOpen}) {
            JsonObject attachment = attachment(kept);
            assertThat(attachment.containsKey("scanRemovedAt") && !attachment.isNull("scanRemovedAt"))
                    .as("request " + kept + " keeps its scan").isFalse();
            assertThat(Crew.as(officer).download(file(kept, attachment)).statusCode()).isEqualTo(200);
        }

        String events = "api/v1/audit/events?action=SCANS_REMOVED&target=request:" + endedLongAgo;
        JsonObject audited = Api.json(Api.as("auditor").get(events));
        assertThat(audited.getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject event = audited.getJsonArray("events").getJsonObject(0);
        assertThat(event.getString("actor")).isEqualTo("admin");
        assertThat(event.getString("detail")).contains("\"retentionDays\":" + RETENTION_DAYS,
                "\"attachments\":[" + gone.getInt("id") + "]");

        assertThat(Api.as("admin").post(REMOVALS, "").statusCode()).isEqualTo(200);
        assertThat(Api.json(Api.as("auditor").get(events)).getJsonNumber("total").longValue())
                .as("a removed scan is not removed again").isEqualTo(1);
    }

    private static final String REMOVALS = "api/v1/scan-retention/removals";

    private static long withScan(String fileName) {
        long id = Api.json(Crew.as(officer).post("api/v1/requests", Intakes.courtOrder())).getJsonNumber("id").longValue();
        HttpResponse<String> stored = Crew.as(officer).postBytes("api/v1/requests/" + id + "/attachments?name=" + fileName,
                "application/pdf", Scans.courtOrderPdf());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        return id;
    }

    private static JsonObject attachment(long id) {
        return Api.json(Crew.as(officer).get("api/v1/requests/" + id)).getJsonArray("attachments").getJsonObject(0);
    }

    private static String file(long id, JsonObject attachment) {
        return "api/v1/requests/" + id + "/attachments/" + attachment.getInt("id");
    }
}
