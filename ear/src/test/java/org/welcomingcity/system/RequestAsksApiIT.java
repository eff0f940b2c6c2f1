package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.welcomingcity.system.RequestWorkflowApiIT.step;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each ask keeps its own answer, through the API: a magistrate's criminal arrest warrant may be
 * executed (brief rule 19), while its add-ons, the release date and a notice of release, need
 * legal and are refused, or are declined with the supervisor's permit. Neither outcome drags the
 * other along, and the statistics count each ask with its answer.
 */
@ExtendWith(ArquillianExtension.class)
class RequestAsksApiIT {

    static final String JUDICIAL = """
        "caseNumber": "1:26-mj-00233", "checklist": {"issuedByCourt": true, "signedByJudge": true,
         "caseNumberShown": true, "requirementStated": true}""";

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
    void theSupervisorsPermitLetsTheArrestThroughAndDeclinesTheAddOns() {
        long id = submit();
        step(crew.supervisor(), id, "start-review", "", 200);
        assertThat(refused(crew.supervisor(), id, "permit", "{" + JUDICIAL + "}", 400)).startsWith("reason: required: [NOTIFY_RELEASE, DISCLOSE_RELEASE_DATE] will be declined");

        JsonObject permitted = step(crew.supervisor(), id, "permit", "{\"reason\": \"Only the arrest is lawful;"
                + " release information goes only on legal's approval.\", " + JUDICIAL + "}", 200);

        assertThat(permitted.getString("state")).isEqualTo("PERMITTED");
        assertThat(answers(permitted)).containsExactly(Map.entry("NOTIFY_RELEASE", "DECLINED"),
                Map.entry("DISCLOSE_RELEASE_DATE", "DECLINED"), Map.entry("EXECUTE_WARRANT", "PERMITTED"));
        assertThat(permitted.getBoolean("letterAvailable")).as("the agency is told what was declined").isTrue();
        assertThat(step(crew.supervisor(), id, "close", "", 200).getString("state")).isEqualTo("CLOSED");
    }

    @Test
    void anEscalationPermitsTheArrestAndLegalAnswersTheAddOnsOneByOne() {
        long id = submit();
        JsonObject submitted = Api.json(Crew.as(crew.officer()).get("api/v1/requests/" + id));
        assertThat(submitted.getString("outcome")).isEqualTo("LEGAL");
        assertThat(outcomes(submitted)).containsExactly(Map.entry("NOTIFY_RELEASE", "LEGAL"),
                Map.entry("DISCLOSE_RELEASE_DATE", "LEGAL"), Map.entry("EXECUTE_WARRANT", "PERMITTED"));
        assertThat(answers(submitted).values()).containsOnly("OPEN");

        step(crew.supervisor(), id, "start-review", "", 200);
        assertThat(refused(crew.supervisor(), id, "escalate", "", 400)).as("permitting the arrest needs the look at the court's paper")
                .startsWith("checklist: confirm that the document was issued by a court");
        JsonObject escalated = step(crew.supervisor(), id, "escalate", "{" + JUDICIAL + "}", 200);
        assertThat(answers(escalated)).containsExactly(Map.entry("NOTIFY_RELEASE", "WITH_LEGAL"),
                Map.entry("DISCLOSE_RELEASE_DATE", "WITH_LEGAL"), Map.entry("EXECUTE_WARRANT", "PERMITTED"));

        String approval = "\"scope\": [\"RELEASE_DATE\"], " + JUDICIAL;
        assertThat(refused(crew.legal(), id, "approve", "{" + approval + "}", 400))
                .startsWith("asks: name the asks legal approves");
        assertThat(refused(crew.legal(), id, "approve", "{\"asks\": [\"EXECUTE_WARRANT\"], " + JUDICIAL + "}", 400))
                .startsWith("asks: [EXECUTE_WARRANT] is not with legal");

        JsonObject approved = step(crew.legal(), id, "approve", "{\"asks\": [\"DISCLOSE_RELEASE_DATE\"], \"reason\":"
                + " \"The warrant does not order a notice of release.\", " + approval + "}", 200);
        assertThat(approved.getString("state")).isEqualTo("LEGAL_APPROVED");
        assertThat(answers(approved)).containsExactly(Map.entry("NOTIFY_RELEASE", "REFUSED"),
                Map.entry("DISCLOSE_RELEASE_DATE", "APPROVED"), Map.entry("EXECUTE_WARRANT", "PERMITTED"));
        assertThat(approved.getBoolean("letterAvailable")).isTrue();
        assertThat(refused(crew.supervisor(), id, "close", "", 409)).contains("record the disclosure before closing");
        step(crew.otherSupervisor(), id, "disclose", "{\"released\": [\"RELEASE_DATE\"], \"recipient\": \"Agent Dana"
                + " Reyes, HSI Chicago\"}", 200);
        assertThat(step(crew.supervisor(), id, "close", "", 200).getString("state")).isEqualTo("CLOSED");
    }

    @Test
    void legalsRefusalRefusesOnlyWhatItHadAndEachAskIsCountedWithItsAnswer() {
        Map<String, Long> before = ReportsApiIT.counts(statistics(), "byAnswer");
        long id = submit();
        step(crew.supervisor(), id, "start-review", "", 200);
        step(crew.supervisor(), id, "escalate", "{" + JUDICIAL + "}", 200);
        JsonObject refused = step(crew.legal(), id, "refuse", "{\"reason\": \"No order covers release information.\"}",
                200);
        assertThat(answers(refused)).containsExactly(Map.entry("NOTIFY_RELEASE", "REFUSED"),
                Map.entry("DISCLOSE_RELEASE_DATE", "REFUSED"), Map.entry("EXECUTE_WARRANT", "PERMITTED"));
        JsonObject closed = step(crew.supervisor(), id, "close", "", 200);
        assertThat(answers(closed)).containsEntry("EXECUTE_WARRANT", "PERMITTED");

        Map<String, Long> after = ReportsApiIT.counts(statistics(), "byAnswer");
        for (String counted : new String[] {"EXECUTE_WARRANT: PERMITTED", "DISCLOSE_RELEASE_DATE: REFUSED",
            "NOTIFY_RELEASE: REFUSED"}) {
            assertThat(after.get(counted)).as(counted).isEqualTo(before.getOrDefault(counted, 0L) + 1);
        }
    }

    @Test
    void aDetainerThatCameWithAJudgesWarrantIsOneRequestWithTwoDocumentsEachEvaluatedAndCounted() {
        Map<String, Long> documentsBefore = ReportsApiIT.counts(statistics(), "byDocumentType");
        String oemc = "OEMC-" + UUID.randomUUID().toString().substring(0, 8);
        var created = Crew.as(crew.officer()).post("api/v1/requests", Intakes.warrantWithDetainer(oemc));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject request = Api.json(created);
        long id = request.getJsonNumber("id").longValue();

        assertThat(request.getJsonObject("intake").getJsonArray("documents").getJsonObject(0).getString("documentType"))
                .isEqualTo("DETAINER");
        assertThat(request.getJsonArray("decisions").getValuesAs(JsonObject.class))
                .as("every ask decided on each document").hasSize(6)
                .filteredOn(d -> d.getString("documentType").equals("DETAINER"))
                .extracting(d -> d.getString("outcome")).containsOnly("DECLINE");
        assertThat(outcomes(request)).as("each ask rests on the document that supports it").containsExactly(
                Map.entry("NOTIFY_RELEASE", "LEGAL"), Map.entry("DISCLOSE_RELEASE_DATE", "LEGAL"),
                Map.entry("EXECUTE_WARRANT", "PERMITTED"));

        step(crew.supervisor(), id, "start-review", "", 200);
        JsonObject permitted = step(crew.supervisor(), id, "permit", "{\"reason\": \"The detainer is not honored;"
                + " the magistrate's warrant is executed.\", " + JUDICIAL + "}", 200);
        assertThat(answers(permitted)).containsExactly(Map.entry("NOTIFY_RELEASE", "DECLINED"),
                Map.entry("DISCLOSE_RELEASE_DATE", "DECLINED"), Map.entry("EXECUTE_WARRANT", "PERMITTED"));

        Map<String, Long> documentsAfter = ReportsApiIT.counts(statistics(), "byDocumentType");
        for (String type : new String[] {"JUDICIAL_WARRANT", "DETAINER"}) {
            assertThat(documentsAfter.get(type)).as(type).isEqualTo(documentsBefore.getOrDefault(type, 0L) + 1);
        }
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
        JsonObject city = Api.json(Crew.as(crew.legal()).get("api/v1/reports/city-quarterly?year=" + today.getYear()
                + "&quarter=" + ((today.getMonthValue() - 1) / 3 + 1)));
        assertThat(city.getJsonArray("warrants").getValuesAs(JsonObject.class))
                .filteredOn(w -> w.getString("oemcNumber").equals(oemc)).extracting(w -> w.getString("documentType"))
                .as("on the city's list of detainers").containsExactly("DETAINER");
    }

    @Test
    void aSupervisorCorrectsEveryDocumentAndTheLawIsAppliedToEach() {
        String oemc = "OEMC-" + UUID.randomUUID().toString().substring(0, 8);
        long id = Api.json(Crew.as(crew.officer()).post("api/v1/requests", Intakes.warrantWithDetainer(oemc)))
                .getJsonNumber("id").longValue();
        step(crew.supervisor(), id, "start-review", "", 200);
        String firstAsRecorded = "\"documentType\": \"JUDICIAL_WARRANT\", \"signerTitle\": \"United States Magistrate"
                + " Judge\", \"courtCaption\": true, \"asks\": [\"EXECUTE_WARRANT\", \"DISCLOSE_RELEASE_DATE\","
                + " \"NOTIFY_RELEASE\"], \"purpose\": \"CRIMINAL\", \"custody\": \"CPD\"";

        JsonObject corrected = step(crew.supervisor(), id, "reclassify", "{\"classification\": {" + firstAsRecorded
                + ", \"documents\": [{\"documentType\": \"ADMINISTRATIVE_WARRANT\", \"formNumber\": \"I-200\","
                + " \"signerTitle\": \"Supervisory Detention and Deportation Officer\", \"courtCaption\": false}]}}", 200);

        JsonObject second = corrected.getJsonObject("intake").getJsonArray("documents").getJsonObject(0);
        assertThat(second.getString("documentType")).isEqualTo("ADMINISTRATIVE_WARRANT");
        assertThat(second.getString("formNumber")).isEqualTo("I-200");
        assertThat(corrected.getJsonArray("decisions").getValuesAs(JsonObject.class))
                .filteredOn(d -> d.getInt("round") == 2).as("every ask decided again on each document").hasSize(6)
                .extracting(d -> d.getString("documentType")).containsOnly("JUDICIAL_WARRANT", "ADMINISTRATIVE_WARRANT");

        JsonObject kept = step(crew.supervisor(), id, "reclassify", "{\"classification\": {" + firstAsRecorded + "}}",
                200);
        assertThat(kept.getJsonObject("intake").getJsonArray("documents").getJsonObject(0).getString("formNumber"))
                .as("a correction that names no further documents keeps them as recorded").isEqualTo("I-200");
        var untyped = Crew.as(crew.supervisor()).post("api/v1/requests/" + id + "/steps/reclassify",
                "{\"classification\": {" + firstAsRecorded + ", \"documents\": [{\"formNumber\": \"I-200\"}]}}");
        assertThat(untyped.statusCode()).as(untyped.body()).isEqualTo(400);
        assertThat(Api.json(untyped).getString("message")).contains("documents[0].documentType: required");
    }

    @Test
    void aFurtherDocumentIsCheckedAsTheFirstAndAFaultyOneStoresNothing() {
        long before = Api.json(Crew.as(crew.officer()).get("api/v1/requests?size=1")).getJsonNumber("total").longValue();
        String faulty = Intakes.warrantWithDetainer("OEMC-2611-9999").replace("\"documentType\": \"DETAINER\", ", "")
                .replace("\"courtCaption\": false}]", "\"courtCaption\": false, \"citizenship\": \"x\"}]");
        var answer = Crew.as(crew.officer()).post("api/v1/requests", faulty);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(Api.json(answer).getString("message")).contains("documents[0].citizenship: refused");
        var untyped = Crew.as(crew.officer()).post("api/v1/requests", Intakes.warrantWithDetainer("OEMC-2611-9999")
                .replace("\"documentType\": \"DETAINER\", ", ""));
        assertThat(untyped.statusCode()).as(untyped.body()).isEqualTo(400);
        assertThat(Api.json(untyped).getString("message")).contains("documents[0].documentType: required");
        assertThat(Api.json(Crew.as(crew.officer()).get("api/v1/requests?size=1")).getJsonNumber("total").longValue())
                .as("nothing stored").isEqualTo(before);
    }

    /** Yesterday and today in the city: the request arrived ten minutes ago. */
    private static JsonObject statistics() {
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
        var answer = Crew.as(crew.legal()).get("api/v1/reports/statistics?from=" + today.minusDays(1) + "&to=" + today);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Api.json(answer);
    }

    private static long submit() {
        var created = Crew.as(crew.officer()).post("api/v1/requests", Intakes.warrantWithAddOns());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Api.json(created).getJsonNumber("id").longValue();
    }

    static Map<String, String> answers(JsonObject request) {
        return byAsk(request, "answer");
    }

    private static Map<String, String> outcomes(JsonObject request) {
        return byAsk(request, "outcome");
    }

    /** One field of each ask's answer, by ask, in the order given. */
    private static Map<String, String> byAsk(JsonObject request, String field) {
        Map<String, String> byAsk = new LinkedHashMap<>();
        request.getJsonArray("answers").getValuesAs(JsonObject.class)
                .forEach(a -> byAsk.put(a.getString("action"), a.getString(field)));
        return byAsk;
    }

    /** A step refused with the status expected; its message. */
    private static String refused(String who, long id, String step, String body, int status) {
        var answer = Crew.as(who).post("api/v1/requests/" + id + "/steps/" + step, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        return Api.json(answer).getString("message");
    }
}
