package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/**
 * Requests logged through the intake API: received on past days, for reports with known counts, or
 * moved on by the crew's supervisor, for the lists and pages that show them in a known state.
 */
final class Seeds {

    private Seeds() {
    }

    /** Logs one request as the crew's officer and answers it as the API returned it. */
    static JsonObject log(Crew crew, String tag, String receivedAt, String agency, String documentType, String formNumber,
            String purpose, String asks) {
        String body = """
            {"eventNumber": "E-%1$s", "oemcNumber": "OEMC-%1$s", "receivedAt": "%2$s",
             "agency": "%3$s", "agentName": "Agent Pat Quill", "agentContact": "312-555-0142",
             "identityCheck": "NOT_VERIFIED", "channel": "FAX", "documentType": "%4$s", "formNumber": %5$s,
             "courtCaption": false, "subjectReference": "IR 7730%6$s", "custody": "CPD", "asks": [%7$s],
             "purpose": "%8$s"}""".formatted(tag, receivedAt, agency, documentType,
                formNumber == null ? "null" : "\"" + formNumber + "\"", String.format("%03d", Math.abs(tag.hashCode()) % 1000),
                asks, purpose);
        HttpResponse<String> created = Crew.as(crew.officer()).post("api/v1/requests", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Api.json(created);
    }

    /** A request logged by the crew's officer, taken into review by its supervisor, who takes one more step with a reason. */
    static long loggedAndReviewed(Crew crew, String intake, String step, String reason) {
        long id = id(Api.json(Crew.as(crew.officer()).post("api/v1/requests", intake)));
        RequestWorkflowApiIT.step(crew.supervisor(), id, "start-review", "", 200);
        RequestWorkflowApiIT.step(crew.supervisor(), id, step, "{\"reason\": \"" + reason + "\"}", 200);
        return id;
    }

    static long id(JsonObject request) {
        return request.getJsonNumber("id").longValue();
    }

    static void custody(Crew crew, long id, String body) {
        HttpResponse<String> recorded = Crew.as(crew.officer()).post("api/v1/requests/" + id + "/custody-outcome", body);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
    }
}
