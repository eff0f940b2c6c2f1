package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What happened to the person: who may record it, what is refused, and that it is audited. */
@ExtendWith(ArquillianExtension.class)
class CustodyOutcomeApiIT {

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
    void theOfficerAndTheUnitSupervisorRecordItOthersMayNot() {
        long id = Seeds.id(Api.json(Crew.as(crew.officer()).post("api/v1/requests", Intakes.detainer())));
        String path = "api/v1/requests/" + id + "/custody-outcome";
        String released = "{\"disposition\": \"RELEASED\", \"at\": \"" + Intakes.receivedNow() + "\"}";

        assertThat(Crew.as(crew.officer()).get(path).statusCode()).isEqualTo(404);
        assertThat(Crew.as(crew.otherOfficer()).post(path, released).statusCode()).isEqualTo(404);
        assertThat(Crew.as(crew.legal()).post(path, released).statusCode()).isEqualTo(403);
        assertThat(Api.as("auditor").post(path, released).statusCode()).isEqualTo(403);

        HttpResponse<String> recorded = Crew.as(crew.officer()).post(path, released);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        assertThat(Api.json(recorded).getString("disposition")).isEqualTo("RELEASED");

        HttpResponse<String> corrected = Crew.as(crew.supervisor()).post(path, """
            {"disposition": "TRANSFERRED", "at": "%s", "receivingAgency": "Cook County Sheriff"}"""
                .formatted(Intakes.receivedNow()));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonObject read = Api.json(Api.as("auditor").get(path));
        assertThat(read.getString("receivingAgency")).isEqualTo("Cook County Sheriff");
        assertThat(read.getString("recordedBy")).isEqualTo(crew.supervisor());

        JsonObject events = Api.json(Api.as("auditor").get("api/v1/audit/events?target=request:" + id + "&size=50"));
        assertThat(events.getJsonArray("events").getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .contains("CUSTODY_OUTCOME_RECORDED", "CUSTODY_OUTCOME_CORRECTED");
    }

    @Test
    void wrongFieldsAreNamedAndStatusIsRefused() {
        long id = Seeds.id(Api.json(Crew.as(crew.officer()).post("api/v1/requests", Intakes.detainer())));
        String path = "api/v1/requests/" + id + "/custody-outcome";

        HttpResponse<String> missing = Crew.as(crew.officer()).post(path, "{\"disposition\": \"TRANSFERRED\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(Api.json(missing).getString("message")).contains("at: required", "receivingAgency: required");

        HttpResponse<String> future = Crew.as(crew.officer()).post(path, """
            {"disposition": "RELEASED", "at": "2099-01-01T00:00:00Z", "receivingAgency": "ICE"}""");
        assertThat(Api.json(future).getString("message")).contains("at: lies in the future",
                "receivingAgency: only for a transfer");

        HttpResponse<String> status = Crew.as(crew.officer()).post(path, """
            {"disposition": "RELEASED", "at": "%s", "immigrationStatus": "anything"}""".formatted(Intakes.receivedNow()));
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(Api.json(status).getString("message")).contains("immigrationStatus: refused");
        assertThat(Crew.as(crew.officer()).get(path).statusCode()).isEqualTo(404);
    }
}
