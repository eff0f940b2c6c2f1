package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.welcomingcity.system.RequestWorkflowApiIT.step;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The law at the desk, through the API: a public-records request is referred to the FOIA officer
 * with no review and no letter; a sentence stating a person's status is refused and nothing is
 * stored; the letter of a declined detainer cites only what forbids the asks, in the agency's words.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LawAtTheDeskApiIT {

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
    void aPublicRecordsRequestIsReferredToTheFoiaOfficerWithNoReviewAndNoLetter() {
        String foia = Intakes.courtOrder().replace("\"COURT_ORDER\"", "\"FOIA_REQUEST\"")
                .replace("\"United States District Judge\"", "\"FOIA Officer, ICE\"")
                .replace("\"courtCaption\": true", "\"courtCaption\": false")
                .replace("\"purpose\": \"CRIMINAL\"", "\"purpose\": \"UNKNOWN\"")
                .replace("\"Order in a federal criminal case\"", "\"Records request under the FOIA\"");
        HttpResponse<String> created = Crew.as(crew.officer()).post("api/v1/requests", foia);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject referred = Api.json(created);
        assertThat(referred.getString("state")).isEqualTo("REFERRED");
        assertThat(referred.getString("outcome")).isEqualTo("REFER");
        assertThat(referred.getBoolean("letterAvailable")).isFalse();
        assertThat(referred.toString()).contains("5 ILCS 140", "FOIA officer");
        long id = referred.getJsonNumber("id").longValue();

        JsonObject seen = Api.json(Crew.as(crew.supervisor()).get("api/v1/requests/" + id));
        assertThat(seen.getJsonArray("nextSteps").getValuesAs(JsonString.class)).isEmpty();
        HttpResponse<String> review = Crew.as(crew.supervisor()).post("api/v1/requests/" + id + "/steps/start-review", "");
        assertThat(review.statusCode()).as(review.body()).isEqualTo(409);
        assertThat(Api.json(review).getString("message")).contains("This request is REFERRED");
        assertThat(Crew.as(crew.supervisor()).download("api/v1/requests/" + id + "/letter", "application/pdf")
                .statusCode()).as("no refusal letter").isEqualTo(409);

        JsonObject submitted = Api.json(Api.as("auditor").get("api/v1/audit/events?target=request:" + id
                + "&action=REQUEST_SUBMITTED&size=5")).getJsonArray("events").getJsonObject(0);
        assertThat(submitted.getString("detail")).contains("\"state\":\"REFERRED\"", "\"outcome\":\"REFER\"");
    }

    @Test
    void aGrandJurySubpoenaNeedsItsIssuerCheckedButNoJudgesSignature() {
        long id = Seeds.id(Api.json(Crew.as(crew.officer()).post("api/v1/requests", grandJurySubpoena())));
        step(crew.supervisor(), id, "start-review", "", 200);
        step(crew.supervisor(), id, "escalate", "{\"reason\": \"Grand-jury subpoena: legal to verify.\"}", 200);

        var unchecked = Crew.as(crew.legal()).post("api/v1/requests/" + id + "/steps/approve", """
            {"scope": ["RELEASE_DATE"], "caseNumber": "2026 GJ 118",
             "checklist": {"signedByJudge": true, "caseNumberShown": true, "requirementStated": true}}""");
        assertThat(unchecked.statusCode()).as(unchecked.body()).isEqualTo(400);
        assertThat(Api.json(unchecked).getString("message")).contains("checklist: confirm that a grand jury or a court"
                + " issued the subpoena");

        JsonObject approved = step(crew.legal(), id, "approve", """
            {"scope": ["RELEASE_DATE"], "caseNumber": "2026 GJ 118",
             "checklist": {"issuedByCourt": true, "caseNumberShown": true, "requirementStated": true}}""", 200);
        assertThat(approved.getString("state")).isEqualTo("LEGAL_APPROVED");
    }

    /** A grand-jury subpoena for a release date in a criminal case: the foreperson signs it, no judge. */
    static String grandJurySubpoena() {
        return Intakes.courtOrder().replace("\"COURT_ORDER\"", "\"GRAND_JURY_SUBPOENA\"")
                .replace("\"United States District Judge\"", "\"Foreperson of the Special Grand Jury\"")
                .replace("\"DISCLOSE_CUSTODY_STATUS\"", "\"DISCLOSE_RELEASE_DATE\"")
                .replace("Order in a federal criminal case", "Grand-jury subpoena in a federal criminal case");
    }

    @Test
    void aStatusSentenceInTheStatedPurposeIsRefusedAtItsFieldAndNothingIsStored() {
        long before = mine();
        HttpResponse<String> stated = Crew.as(crew.officer()).post("api/v1/requests", Intakes.courtOrder()
                .replace("\"Order in a federal criminal case\"", "\"The subject is an illegal alien wanted for removal\""));
        assertThat(stated.statusCode()).as(stated.body()).isEqualTo(400);
        assertThat(stated.body()).contains("\"errors\":[{\"field\":\"statedPurpose\",\"problem\":\"must not state a"
                + " person's citizenship or immigration status");
        assertThat(mine()).as("requests stored").isEqualTo(before);
    }

    @Test
    void theLetterOfADeclinedDetainerCitesOnlyWhatForbidsTheAsksAndNoRuleIds() {
        HttpResponse<String> created = Crew.as(crew.officer()).post("api/v1/requests", Intakes.detainer());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject detainer = Api.json(created);
        assertThat(detainer.toString()).as("the recording duties are listed with the decision")
                .contains("2-173-069", "805/25(a)(2)", "805/15(d)");
        long id = detainer.getJsonNumber("id").longValue();
        RequestWorkflowApiIT.step(crew.supervisor(), id, "start-review", "", 200);
        RequestWorkflowApiIT.step(crew.supervisor(), id, "decline", "{\"reason\": \"The department does not hold"
                + " anyone on an immigration detainer.\"}", 200);

        HttpResponse<byte[]> letter = Crew.as(crew.supervisor()).download("api/v1/requests/" + id + "/letter",
                "application/pdf");
        assertThat(letter.statusCode()).isEqualTo(200);
        String text = Scans.text(letter.body()).replaceAll("\\s+", " ");
        assertThat(text).contains("2-173-020(a)(1)(C)", "805/15(a)", "2-173-020(a)(3)", "Chicago Police Department",
                "The department does not hold anyone on an immigration detainer.");
        assertThat(text).as("duties that only record or report forbid nothing")
                .doesNotContain("2-173-069", "805/25", "805/15(d)")
                .as("agency-facing words only: no rule ids, no notes on unconfirmed law")
                .doesNotContainPattern("\\b(WCO|TRUST|COOK)[0-9]{0,4}-[A-Z]").doesNotContain("[L]", "(rule ");
    }

    /** How many requests the crew's officer has: every one they logged. */
    private static long mine() {
        return Api.json(Crew.as(crew.officer()).get("api/v1/requests?size=1")).getJsonNumber("total").longValue();
    }
}
