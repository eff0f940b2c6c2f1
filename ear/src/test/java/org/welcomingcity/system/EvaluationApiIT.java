package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/** The evaluation API's fixed contract, against the shipped rule packs on the deployed EAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationApiIT {

    private static final String EVALUATIONS = "api/v1/evaluations";
    private static final String DETAINER_HOLD = """
        {"eventDate": "%s", "documentType": "DETAINER", "action": "DETAIN", "purpose": "CIVIL_IMMIGRATION",
         "consent": "NONE", "custody": "CPD", "subject": {"outstandingCriminalWarrant": false,
         "felonyConviction": %s, "pendingFelonyCharge": false, "gangDatabase": false}}""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @Test
    void aDetainerHoldIn2022IsDeclinedCitingTheOrdinance() {
        JsonObject decision = evaluate("officer", DETAINER_HOLD.formatted("2022-06-01", false));

        assertThat(decision.getString("outcome")).isEqualTo("DECLINE");
        assertThat(decision.getJsonArray("packs").getValuesAs(JsonValue::toString))
                .contains("\"chicago-wco-2021@3\"", "\"illinois-trust-2017@2\"", "\"illinois-trust-2021@2\"");
        JsonObject rule = rules(decision).get("WCO2021-DETAIN-DETAINER");
        assertThat(rule.getString("pack")).isEqualTo("chicago-wco-2021");
        assertThat(rule.getString("citation")).isEqualTo("MCC 2-173-020(a)(1)(C)");
        assertThat(rule.getString("outcome")).isEqualTo("DECLINE");
        assertThat(rules(decision)).containsKey("TRUST2017-DETAINER");
        assertThat(decision.getString("explanation")).contains("detainer");
    }

    @Test
    void in2013AFelonyConvictionFallsUnderACarveOutForLegalToDecide() {
        JsonObject carvedOut = evaluate("supervisor", DETAINER_HOLD.formatted("2013-05-01", true));
        JsonObject plain = evaluate("supervisor", DETAINER_HOLD.formatted("2013-05-01", false));
        JsonObject after2021 = evaluate("supervisor", DETAINER_HOLD.formatted("2022-06-01", true));

        assertThat(carvedOut.getString("outcome")).isEqualTo("LEGAL");
        assertThat(carvedOut.getJsonArray("packs").getString(0)).isEqualTo("chicago-wco-2012@3");
        assertThat(rules(carvedOut).get("WCO2012-CARVE-OUT").getString("citation"))
                .isEqualTo("MCC 2-173-042(c)(1)-(3) (2012)");
        assertThat(plain.getString("outcome")).isEqualTo("DECLINE");
        assertThat(rules(plain).get("WCO2012-DETAIN-DETAINER").getString("citation")).isEqualTo("MCC 2-173-042(a)(3) (2012)");
        assertThat(after2021.getString("outcome")).as("the 2021 amendment removed the carve-outs").isEqualTo("DECLINE");
    }

    @Test
    void leftOutFieldsTakeTheirDefaultsAndTheAnswerShowsThem() {
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
        JsonObject decision = evaluate("auditor", """
            {"documentType": "DETAINER", "action": "DETAIN", "purpose": "CIVIL_IMMIGRATION"}""");

        JsonObject facts = decision.getJsonObject("facts");
        assertThat(LocalDate.parse(facts.getString("eventDate"))).isBetween(today.minusDays(1), today.plusDays(1));
        assertThat(facts.getString("consent")).isEqualTo("NONE");
        assertThat(facts.getString("custody")).isEqualTo("CPD");
        assertThat(decision.getString("outcome")).isEqualTo("DECLINE");
    }

    @Test
    void everySignedInRoleMayEvaluate() {
        for (String role : List.of("officer", "supervisor", "legal", "auditor", "admin")) {
            HttpResponse<String> response = Api.as(role).post(EVALUATIONS, DETAINER_HOLD.formatted("2022-06-01", false));
            assertThat(response.statusCode()).as(role + ": " + response.body()).isEqualTo(200);
        }
    }

    @Test
    void anImmigrationStatusIsNeverAccepted() {
        assertRefused("""
            {"eventDate": "2022-06-01", "documentType": "DETAINER", "action": "DETAIN", "purpose": "CIVIL_IMMIGRATION",
             "immigrationStatus": "UNDOCUMENTED"}""", 400,
                "immigrationStatus: refused: the application never asks for, stores or accepts a person's "
                + "citizenship or immigration status");
        assertRefused("""
            {"documentType": "DETAINER", "action": "DETAIN", "purpose": "CRIMINAL", "subject": {"citizenship": "none"}}""",
                400, "subject.citizenship: refused");
    }

    @Test
    void unknownFieldsAndValuesAreRefusedNamingTheField() {
        assertRefused("""
            {"eventDate": "2022-06-01", "documentType": "DETAINER", "action": "DETAIN", "purpose": "CRIMINAL", "priority": 1}""",
                400, "priority: unknown field (allowed: eventDate, documentType, action, purpose, consent, subject, custody)");
        assertRefused("""
            {"documentType": "DETAINER", "action": "HOLD", "purpose": "CRIMINAL"}""", 400, "action: unknown value 'HOLD'");
        assertRefused("""
            {"documentType": "DETAINER", "action": "DETAIN", "purpose": "CRIMINAL", "custody": "ICE"}""",
                400, "custody: unknown value 'ICE' (expected one of CPD, COUNTY, NONE)");
    }

    @Test
    void missingFieldsBadDatesAndMalformedJsonAreRefusedNamingTheField() {
        assertRefused("""
            {"documentType": "DETAINER", "action": "DETAIN"}""", 400, "purpose: required");
        assertRefused("""
            {"eventDate": "2022-13-01", "documentType": "DETAINER", "action": "DETAIN", "purpose": "CRIMINAL"}""",
                400, "eventDate: '2022-13-01' is not a date");
        assertRefused("""
            {"eventDate": "2022-06-01", "documentType": "DETAINER", "action": DETAIN}""", 400, "action: malformed JSON at line 1");
        assertRefused("", 400, "body: empty");
        assertRefused("[]", 400, "body: expected a JSON object");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        HttpResponse<String> response = Api.as("officer").post(EVALUATIONS, "text/plain", DETAINER_HOLD.formatted("2022-06-01", false));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(Api.json(response).getString("message")).startsWith("Content-Type:");
    }

    @Test
    void aDateNoPackCoversIs422() {
        assertRefused("""
            {"eventDate": "2010-01-01", "documentType": "DETAINER", "action": "DETAIN", "purpose": "CIVIL_IMMIGRATION"}""",
                422, "No rule pack is in force on 2010-01-01 for custody CPD");
    }

    @Test
    void callersWithoutValidCredentialsGet401() {
        String body = DETAINER_HOLD.formatted("2022-06-01", false);
        assertThat(Api.anonymous().post(EVALUATIONS, body).statusCode()).isEqualTo(401);
        assertThat(Api.as("officer", "not-the-password").post(EVALUATIONS, body).statusCode()).isEqualTo(401);
        assertThat(Api.anonymous().get("api/v1/rule-packs").statusCode()).isEqualTo(401);
        assertThat(Api.anonymous().get("api/v1/ping").statusCode()).isEqualTo(401);
    }

    @Test
    void theRulePacksAreListedWithTheirEffectiveDates() {
        HttpResponse<String> response = Api.as("legal").get("api/v1/rule-packs");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, JsonObject> packs = Api.jsonArray(response).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(pack -> pack.getString("id"), Function.identity()));

        assertThat(packs).containsOnlyKeys("chicago-wco-2012", "chicago-wco-2020-reporting", "chicago-wco-2021",
                "illinois-trust-2017", "illinois-trust-2021", "cook-county-46-37");
        assertThat(packs.get("chicago-wco-2012").getString("effectiveFrom")).isEqualTo("2012-09-12");
        assertThat(packs.get("chicago-wco-2012").getString("effectiveTo")).isEqualTo("2021-01-26");
        assertThat(packs.get("chicago-wco-2021").isNull("effectiveTo")).isTrue();
        assertThat(packs.get("chicago-wco-2021").getString("version")).isEqualTo("3");
        assertThat(packs.get("cook-county-46-37").getJsonArray("appliesToCustody").getString(0)).isEqualTo("COUNTY");
    }

    @Test
    void pingAnswersASignedInCaller() {
        HttpResponse<String> response = Api.as("officer").get("api/v1/ping");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Api.json(response).getString("status")).isEqualTo("ok");
    }

    @Test
    @DisabledIfSystemProperty(named = "welcoming.test.first-admin-password", matches = ".+",
            disabledReason = "a production domain closes /openapi (ProductionModeIT)")
    void theOpenApiDocumentDescribesTheEndpoints() throws Exception {
        URI openapi = URI.create(Api.baseUrl()).resolve("/openapi");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(openapi).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/evaluations", "/api/v1/rule-packs", "/api/v1/ping",
                "EvaluationRequest:", "\"422\"", "immigration status", "- GRAND_JURY_SUBPOENA", "- INQUIRE_STATUS",
                "additionalProperties: false", "format: date");
    }

    private static JsonObject evaluate(String role, String body) {
        HttpResponse<String> response = Api.as(role).post(EVALUATIONS, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    private static Map<String, JsonObject> rules(JsonObject decision) {
        return decision.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(rule -> rule.getString("id"), Function.identity()));
    }

    private static void assertRefused(String body, int status, String message) {
        HttpResponse<String> response = Api.as("officer").post(EVALUATIONS, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonObject problem = Api.json(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("message")).startsWith(message);
    }
}
