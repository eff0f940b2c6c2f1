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

/** The whole journey through the REST API, both endings: a release within scope, and a decline. */
@ExtendWith(ArquillianExtension.class)
class RequestWorkflowApiIT {

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
    void aCourtOrderGoesThroughLegalToADisclosureWithinScopeAndCloses() {
        HttpResponse<String> created = Crew.as(crew.officer()).post("api/v1/requests", Intakes.courtOrder());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject request = Api.json(created);
        long id = request.getJsonNumber("id").longValue();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/requests/" + id));
        assertThat(request.getString("state")).isEqualTo("SUBMITTED");
        assertThat(request.getString("outcome")).isEqualTo("LEGAL");
        assertThat(request.getJsonArray("decisions")).hasSize(1);

        step(crew.supervisor(), id, "start-review", "", 200);
        step(crew.supervisor(), id, "escalate", "{\"reason\": \"Court order: legal to verify\"}", 200);
        step(crew.legal(), id, "approve", """
            {"scope": ["CUSTODY_STATUS"], "caseNumber": "1:26-cr-00417",
             "checklist": {"issuedByCourt": true, "signedByJudge": true, "caseNumberShown": true,
                           "requirementStated": true}}""", 200);
        step(crew.otherSupervisor(), id, "disclose",
                "{\"released\": [\"CUSTODY_STATUS\"], \"recipient\": \"Agent Dana Reyes, HSI Chicago\"}", 200);
        JsonObject closed = step(crew.supervisor(), id, "close", "", 200);

        assertThat(closed.getString("state")).isEqualTo("CLOSED");
        assertThat(closed.getJsonArray("timeline").getValuesAs(JsonObject.class)).extracting(s -> s.getString("step"))
                .containsExactly("submit", "start-review", "escalate", "approve", "disclose", "close");
        JsonObject disclosure = closed.getJsonArray("disclosures").getJsonObject(0);
        assertThat(disclosure.getString("approvedBy")).isEqualTo(crew.legal());
        assertThat(disclosure.getString("by")).isEqualTo(crew.otherSupervisor());
    }

    @Test
    void aBadListParameterIsRefusedNamingIt() {
        for (String query : new String[] {"size=abc", "page=1.5", "size=0", "page=-1", "state=NOPE", "from=yesterday"}) {
            HttpResponse<String> answer = Crew.as(crew.supervisor()).get("api/v1/requests?" + query);

            assertThat(answer.statusCode()).as(query + ": " + answer.body()).isEqualTo(400);
            assertThat(Api.json(answer).getString("message")).as(query).contains(query.substring(0, query.indexOf('=')) + ":");
        }
        HttpResponse<String> auditPage = Api.as("auditor").get("api/v1/audit/events?size=many");
        assertThat(auditPage.statusCode()).as(auditPage.body()).isEqualTo(400);
        assertThat(Api.json(auditPage).getString("message")).startsWith("size: a whole number");
    }

    @Test
    void aBodyOfTheWrongTypeOrOfNoTypeIsRefusedSayingWhatIsTaken() {
        long before = Api.json(Crew.as(crew.officer()).get("api/v1/requests?size=1")).getJsonNumber("total").longValue();

        HttpResponse<String> untypedIntake = Crew.as(crew.officer()).postUntyped("api/v1/requests", Intakes.detainer());
        assertThat(untypedIntake.statusCode()).as(untypedIntake.body()).isEqualTo(415);
        assertThat(Api.json(untypedIntake).getString("message"))
                .isEqualTo("Content-Type: required; send the body as application/json.");
        assertThat(Api.json(Crew.as(crew.officer()).get("api/v1/requests?size=1")).getJsonNumber("total").longValue())
                .as("nothing stored").isEqualTo(before);

        long id = Api.json(Crew.as(crew.officer()).post("api/v1/requests", Intakes.detainer())).getJsonNumber("id")
                .longValue();
        HttpResponse<String> untypedStep = Crew.as(crew.supervisor())
                .postUntyped("api/v1/requests/" + id + "/steps/start-review", "{\"reason\": \"looking\"}");
        assertThat(untypedStep.statusCode()).as(untypedStep.body()).isEqualTo(415);
        assertThat(Api.json(Crew.as(crew.supervisor()).get("api/v1/requests/" + id)).getString("state"))
                .isEqualTo("SUBMITTED");

        HttpResponse<String> html = Crew.as(crew.officer()).post("api/v1/requests/" + id + "/attachments?name=scan.pdf",
                "text/html", "<html><body>not a scan</body></html>");
        assertThat(html.statusCode()).as(html.body()).isEqualTo(415);
        assertThat(Api.json(html).getString("message")).isEqualTo("Content-Type: 'text/html' is not taken here;"
                + " send the body as application/pdf, image/png or image/jpeg (a scanned document).");
    }

    @Test
    void aDetainerIsDeclinedWithAReason() {
        long id = Api.json(Crew.as(crew.officer()).post("api/v1/requests", Intakes.detainer())).getJsonNumber("id")
                .longValue();
        JsonObject read = Api.json(Crew.as(crew.officer()).get("api/v1/requests/" + id));
        assertThat(read.getString("outcome")).isEqualTo("DECLINE");
        assertThat(read.getJsonArray("decisions")).hasSize(2);

        step(crew.supervisor(), id, "start-review", "", 200);
        JsonObject declined = step(crew.supervisor(), id, "decline",
                "{\"reason\": \"A detainer is not a judicial warrant; CPD does not hold anyone on it.\"}", 200);
        assertThat(declined.getString("state")).isEqualTo("DECLINED");
        assertThat(declined.getBoolean("letterAvailable")).isTrue();
        assertThat(step(crew.supervisor(), id, "close", "", 200).getString("state")).isEqualTo("CLOSED");
    }

    @Test
    void aSecondRequestForAnEventAlreadyLoggedIsStoredAndShowsTheFirst() {
        String event = "E-" + System.nanoTime();
        String intake = withEvent(Intakes.detainer(), event);
        long first = Api.json(Crew.as(crew.officer()).post("api/v1/requests", intake)).getJsonNumber("id").longValue();
        JsonObject second = Api.json(Crew.as(crew.officer()).post("api/v1/requests", intake));
        long secondId = second.getJsonNumber("id").longValue();

        assertThat(second.getJsonArray("sameEvent").getJsonNumber(0).longValue()).isEqualTo(first);
        assertThat(Api.json(Crew.as(crew.officer()).get("api/v1/requests/" + first)).getJsonArray("sameEvent")
                .getJsonNumber(0).longValue()).as("the first shows the second too").isEqualTo(secondId);
        assertThat(Api.json(Crew.as(crew.officer()).post("api/v1/requests", withEvent(Intakes.detainer(),
                "E-" + System.nanoTime()))).getJsonArray("sameEvent"))
                .as("a new event number shows nothing").isEmpty();
    }

    private static String withEvent(String intake, String eventNumber) {
        return intake.replaceFirst("\"eventNumber\": \"[^\"]*\"", "\"eventNumber\": \"" + eventNumber + "\"");
    }

    static JsonObject step(String who, long id, String step, String body, int expected) {
        HttpResponse<String> response = Crew.as(who).post("api/v1/requests/" + id + "/steps/" + step, body);
        assertThat(response.statusCode()).as(who + " " + step + ": " + response.body()).isEqualTo(expected);
        return Api.json(response);
    }
}
