package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every forbidden move is refused by the deployed application: the wrong role, the submitter
 * reviewing, the supervisor signing off, a release outside the scope, a step from every state
 * that does not allow it, someone else's request by id; and of two supervisors acting at once
 * exactly one wins. Accounts holding several roles act only through the role a step belongs
 * to, and legal never signs off on a request its signer took any earlier part in.
 */
@ExtendWith(ArquillianExtension.class)
class RequestRulesIT {

    private static final String APPROVAL = """
        {"scope": ["CUSTODY_STATUS"], "caseNumber": "1:26-cr-00417",
         "checklist": {"issuedByCourt": true, "signedByJudge": true, "caseNumberShown": true, "requirementStated": true}}""";
    private static final String REASON = "{\"reason\": \"written reason\"}";
    private static final String RELEASE = "{\"released\": [\"CUSTODY_STATUS\"], \"recipient\": \"Agent Reyes\"}";

    /** Legal never sees these: to it they do not exist. */
    private static final List<String> NOT_ESCALATED = List.of("SUBMITTED", "UNDER_SUPERVISOR_REVIEW",
            "RETURNED_FOR_CORRECTION", "DECLINED", "WITHDRAWN");

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
    void eachStepIsRefusedToEveryOtherRole() {
        long id = submit(Intakes.courtOrder());
        long escalated = submit(Intakes.courtOrder());
        step(crew.supervisor(), escalated, "start-review", "", 200);
        step(crew.supervisor(), escalated, "escalate", "", 200);
        Map<String, String> notSupervisors = Map.of(crew.officer(), "OFFICER", "auditor", "AUDITOR");
        for (String step : List.of("start-review", "reclassify", "return", "decline", "permit", "escalate", "disclose",
                "close")) {
            notSupervisors.forEach((who, role) -> assertRefused(who, id, step, 403,
                    role.equals("AUDITOR") ? "Your role may not do this" : "Only a SUPERVISOR"));
            assertRefused(crew.legal(), escalated, step, 403, "Only a SUPERVISOR");
        }
        for (String step : List.of("approve", "refuse")) {
            assertRefused(crew.supervisor(), id, step, 403, "Only a LEGAL");
            assertRefused(crew.officer(), id, step, 403, "Only a LEGAL");
        }
        assertRefused(crew.supervisor(), id, "withdraw", 403, "Only an OFFICER");
        assertThat(Api.as("admin").post("api/v1/requests/" + id + "/steps/start-review", "").statusCode())
                .as("an administrator has no business with requests").isEqualTo(403);
        assertThat(state(crew.officer(), id)).isEqualTo("SUBMITTED");
    }

    @Test
    void theSubmitterNeverReviewsAndTheReviewerNeverSignsOff() {
        String both = "sgt-off-" + System.nanoTime();
        Crew.account(both, crew.unit(), "\"OFFICER\", \"SUPERVISOR\"");
        long own = Api.json(Crew.as(both).post("api/v1/requests", Intakes.courtOrder())).getJsonNumber("id").longValue();
        assertRefused(both, own, "start-review", 403, "You submitted this request");

        String reviewer = "sgt-law-" + System.nanoTime();
        Crew.account(reviewer, crew.unit(), "\"SUPERVISOR\", \"LEGAL\"");
        long id = submit(Intakes.courtOrder());
        step(reviewer, id, "start-review", "", 200);
        step(reviewer, id, "escalate", "", 200);
        assertRefused(reviewer, id, "approve", 403, "another member of the legal department");
        assertThat(state(crew.officer(), id)).isEqualTo("ESCALATED_TO_LEGAL");
    }

    @Test
    void aSupervisorWhoAlsoHoldsLegalNeverSignsOffOnARequestHeTookAnyStepOn() {
        String sgtLaw = "sgt-law-" + System.nanoTime();
        Crew.account(sgtLaw, crew.unit(), "\"SUPERVISOR\", \"LEGAL\"");
        long escalatedByHim = submit(Intakes.courtOrder());
        step(crew.supervisor(), escalatedByHim, "start-review", "", 200);
        step(sgtLaw, escalatedByHim, "escalate", "", 200);
        assertThat(nextSteps(sgtLaw, escalatedByHim)).as("not offered").doesNotContain("approve", "refuse");
        assertRefused(sgtLaw, escalatedByHim, "approve", APPROVAL, 403, "You reviewed this request as supervisor (escalate)");
        assertThat(refusals(escalatedByHim, "REQUEST_STEP_REFUSED")).containsExactly(sgtLaw + " {\"step\":\"approve\"}");
        assertThat(state(crew.officer(), escalatedByHim)).isEqualTo("ESCALATED_TO_LEGAL");
        step(crew.legal(), escalatedByHim, "approve", APPROVAL, 200);

        long returnedByHim = submit(Intakes.courtOrder());
        step(sgtLaw, returnedByHim, "start-review", "", 200);
        step(sgtLaw, returnedByHim, "return", REASON, 200);
        step(crew.officer(), returnedByHim, "resubmit", "{\"correction\": " + Intakes.courtOrder() + "}", 200);
        step(crew.supervisor(), returnedByHim, "start-review", "", 200);
        step(crew.supervisor(), returnedByHim, "escalate", "", 200);
        assertRefused(sgtLaw, returnedByHim, "refuse", REASON, 403, "(start-review, return)");
        assertThat(state(crew.officer(), returnedByHim)).isEqualTo("ESCALATED_TO_LEGAL");
    }

    @Test
    void aSupervisorOfAnotherUnitFindsNoRequestToActOnAndTheAttemptIsAudited() {
        String elsewhere = "sgt-other-" + System.nanoTime();
        Crew.account(elsewhere, "Other " + crew.unit(), "\"SUPERVISOR\"");
        long id = submit(Intakes.courtOrder());
        assertRefused(elsewhere, id, "start-review", 404, "No request with id " + id);
        assertThat(Crew.as(elsewhere).get("api/v1/requests/" + id).statusCode()).isEqualTo(404);
        assertThat(Api.json(Crew.as(elsewhere).get("api/v1/requests?size=100")).getJsonArray("items")
                .getValuesAs(JsonObject.class)).noneMatch(item -> item.getJsonNumber("id").longValue() == id);
        assertThat(refusals(id, "REQUEST_ACCESS_REFUSED")).containsExactly(elsewhere + " null", elsewhere + " null");
        assertThat(state(crew.officer(), id)).isEqualTo("SUBMITTED");
    }

    @Test
    void legalSeesAnotherUnitsEscalatedRequestButNeverActsOnItAsSupervisor() {
        String lawSgt = "law-sgt-" + System.nanoTime();
        Crew.account(lawSgt, "Other " + crew.unit(), "\"LEGAL\", \"SUPERVISOR\"");
        long id = submit(Intakes.courtOrder());
        step(crew.supervisor(), id, "start-review", "", 200);
        step(crew.supervisor(), id, "escalate", "", 200);
        assertThat(nextSteps(lawSgt, id)).containsExactly("approve", "refuse");
        assertRefused(lawSgt, id, "escalate", 403, "Only a supervisor of the request's own unit may 'escalate' it;"
                + " you see it as LEGAL");
        step(lawSgt, id, "approve", APPROVAL, 200);
        assertThat(nextSteps(lawSgt, id)).isEmpty();
        assertRefused(lawSgt, id, "disclose", RELEASE, 403, "Only a supervisor of the request's own unit");
        assertThat(refusals(id, "REQUEST_STEP_REFUSED")).containsExactly(lawSgt + " {\"step\":\"disclose\"}",
                lawSgt + " {\"step\":\"escalate\"}");
        assertThat(state(crew.officer(), id)).isEqualTo("LEGAL_APPROVED");
        step(crew.supervisor(), id, "disclose", RELEASE, 200);
    }

    @Test
    void aReleaseOutsideTheApprovedScopeIsRefusedAndNothingIsRecorded() {
        long id = submit(Intakes.courtOrder());
        step(crew.supervisor(), id, "start-review", "", 200);
        step(crew.supervisor(), id, "escalate", "", 200);
        step(crew.legal(), id, "approve", APPROVAL, 200);
        assertRefused(crew.supervisor(), id, "disclose",
                "{\"released\": [\"CUSTODY_STATUS\", \"CONTACT_INFORMATION\"], \"recipient\": \"Agent Reyes\"}", 403,
                "Outside the scope legal approved: [CONTACT_INFORMATION]");
        JsonObject request = Api.json(Crew.as(crew.supervisor()).get("api/v1/requests/" + id));
        assertThat(request.getString("state")).isEqualTo("LEGAL_APPROVED");
        assertThat(request.getJsonArray("disclosures")).isEmpty();
    }

    @Test
    void everyStepFromEveryStateThatDoesNotAllowItIsAConflict() {
        Map<String, List<String[]>> ways = new LinkedHashMap<>();
        ways.put("SUBMITTED", List.of());
        ways.put("UNDER_SUPERVISOR_REVIEW", List.<String[]>of(sup("start-review", "")));
        ways.put("RETURNED_FOR_CORRECTION", List.of(sup("start-review", ""), sup("return", REASON)));
        ways.put("DECLINED", List.of(sup("start-review", ""), sup("decline", REASON)));
        ways.put("ESCALATED_TO_LEGAL", List.of(sup("start-review", ""), sup("escalate", "")));
        ways.put("LEGAL_APPROVED", List.of(sup("start-review", ""), sup("escalate", ""), law("approve", APPROVAL)));
        ways.put("LEGAL_REFUSED", List.of(sup("start-review", ""), sup("escalate", ""), law("refuse", REASON)));
        ways.put("DISCLOSED", List.of(sup("start-review", ""), sup("escalate", ""), law("approve", APPROVAL),
                sup("disclose", RELEASE)));
        ways.put("WITHDRAWN", List.<String[]>of(new String[] {"officer", "withdraw", ""}));
        ways.put("CLOSED", List.of(sup("start-review", ""), sup("escalate", ""), law("refuse", REASON),
                sup("close", "")));
        Map<String, List<String>> allowed = Map.of(
                "SUBMITTED", List.of("start-review", "withdraw"),
                "UNDER_SUPERVISOR_REVIEW", List.of("reclassify", "return", "decline", "permit", "escalate"),
                "RETURNED_FOR_CORRECTION", List.of("resubmit", "withdraw"),
                "DECLINED", List.of("close"), "ESCALATED_TO_LEGAL", List.of("approve", "refuse"),
                "LEGAL_APPROVED", List.of("disclose"), "LEGAL_REFUSED", List.of("close"),
                "DISCLOSED", List.of("close"), "WITHDRAWN", List.of(), "CLOSED", List.of());
        List<String> tried = new ArrayList<>();
        ways.forEach((state, way) -> {
            long id = submit(Intakes.courtOrder());
            way.forEach(move -> step(who(move[0]), id, move[1], move[2], 200));
            assertThat(state(crew.officer(), id)).isEqualTo(state);
            for (String[] step : everyStep()) {
                if (!allowed.get(state).contains(step[1])) {
                    boolean hiddenFromLegal = step[0].equals("legal") && NOT_ESCALATED.contains(state);
                    assertRefused(who(step[0]), id, step[1], step[2], hiddenFromLegal ? 404 : 409,
                            hiddenFromLegal ? "No request with id" : "This request is " + state);
                    tried.add(state + " " + step[1]);
                }
            }
            assertThat(state(crew.officer(), id)).as("unchanged").isEqualTo(state);
        });
        assertThat(tried).hasSizeGreaterThan(90);
    }

    @Test
    void anOfficerCannotReadOrChangeAnotherOfficersRequestByItsId() {
        long id = submit(Intakes.courtOrder());
        HttpResponse<String> read = Crew.as(crew.otherOfficer()).get("api/v1/requests/" + id);
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(Api.json(read).getString("message")).isEqualTo("No request with id " + id + ".");
        assertRefused(crew.otherOfficer(), id, "withdraw", 404, "No request with id");
        assertThat(Api.json(Crew.as(crew.otherOfficer()).get("api/v1/requests?size=100")).getJsonArray("items")
                .getValuesAs(JsonObject.class)).noneMatch(item -> item.getJsonNumber("id").longValue() == id);
        assertThat(Api.json(Crew.as(crew.legal()).get("api/v1/requests/" + id)).getString("message"))
                .as("legal sees only escalated requests").startsWith("No request");
        assertThat(Crew.as(crew.officer()).get("api/v1/requests/" + id).statusCode()).isEqualTo(200);
        assertThat(Api.as("auditor").get("api/v1/requests/" + id).statusCode()).isEqualTo(200);
        assertThat(Api.as("supervisor").get("api/v1/requests/" + id).statusCode()).as("another unit's supervisor")
                .isEqualTo(404);
    }

    /** A caller's unit is remembered between calls: a move must end what it gave at once, and a move back restore it. */
    @Test
    void aSupervisorMovedToAnotherUnitStopsSeeingTheUnitsRequestsAtTheNextCall() {
        String sergeant = TestAccounts.uniqueName("sgt-moved");
        Crew.account(sergeant, crew.unit(), "\"SUPERVISOR\"");
        long id = submit(Intakes.detainer());
        String request = "api/v1/requests/" + id;
        assertThat(Crew.as(sergeant).get(request).statusCode()).as("in the unit").isEqualTo(200);

        moveTo(sergeant, "Elsewhere " + sergeant);
        assertThat(Crew.as(sergeant).get(request).statusCode()).as("moved to another unit").isEqualTo(404);
        assertThat(Crew.as(sergeant).post(request + "/steps/start-review", "").statusCode())
                .as("a step on it").isEqualTo(404);

        moveTo(sergeant, crew.unit());
        assertThat(Crew.as(sergeant).get(request).statusCode()).as("moved back").isEqualTo(200);
    }

    private static void moveTo(String username, String unit) {
        String account = "api/v1/accounts/" + username;
        long version = Api.json(Api.as("admin").get(account)).getJsonNumber("version").longValue();
        HttpResponse<String> moved = Api.as("admin").put(account + "/unit",
                "{\"unit\": \"%s\", \"version\": %d}".formatted(unit, version));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }

    @Test
    void ofTwoSupervisorsActingAtOnceExactlyOneWinsAndOneTransitionIsAudited() throws Exception {
        for (int round = 0; round < 3; round++) {
            long id = submit(Intakes.detainer());
            step(crew.supervisor(), id, "start-review", "", 200);
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<HttpResponse<String>>> both = List.of(crew.supervisor(), crew.otherSupervisor())
                    .stream().map(who -> CompletableFuture.supplyAsync(() -> {
                        await(together);
                        return Crew.as(who).post("api/v1/requests/" + id + "/steps/decline", REASON);
                    })).toList();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> one : both) {
                statuses.add(one.get().statusCode());
            }
            assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
            JsonObject events = Api.json(Api.as("auditor").get("api/v1/audit/events?target=request:" + id
                    + "&action=REQUEST_DECLINE"));
            assertThat(events.getJsonArray("events")).as("exactly one transition audited").hasSize(1);
            JsonObject request = Api.json(Api.as("auditor").get("api/v1/requests/" + id));
            assertThat(request.getJsonArray("timeline").getValuesAs(JsonObject.class))
                    .filteredOn(s -> s.getString("step").equals("decline")).hasSize(1);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An I-200 entered as a judge's warrant for a criminal matter: it must never be permitted. */
    @Test
    void aDhsFormEnteredAsAJudicialWarrantIsNeverPermittedAndAJudgesWarrantNeedsTheChecklist() {
        String warrant = Intakes.courtOrder().replace("\"COURT_ORDER\"", "\"JUDICIAL_WARRANT\"")
                .replace("[\"DISCLOSE_CUSTODY_STATUS\"]", "[\"EXECUTE_WARRANT\"]");
        String i200 = warrant.replace("\"United States District Judge\"", "\"Supervisory Detention and Deportation Officer\"")
                .replace("\"courtCaption\": true", "\"courtCaption\": false");
        HttpResponse<String> worded = Crew.as(crew.officer()).post("api/v1/requests",
                i200.replace("\"formNumber\": null", "\"formNumber\": \"Form I-200\""));
        assertThat(worded.statusCode()).as(worded.body()).isEqualTo(400);
        assertThat(worded.body()).contains("documentType: form Form I-200 is a DHS form (ADMINISTRATIVE_WARRANT)");

        HttpResponse<String> created = Crew.as(crew.officer()).post("api/v1/requests", i200);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject decided = Api.json(created);
        assertThat(decided.getString("outcome")).isEqualTo("LEGAL");
        assertThat(decided.toString()).contains("decided as an unidentified, non-judicial document");
        long dhs = decided.getJsonNumber("id").longValue();
        step(crew.supervisor(), dhs, "start-review", "", 200);
        assertRefused(crew.supervisor(), dhs, "permit", REASON, 409, "does not allow permitting");

        long judges = submit(warrant);
        assertThat(Api.json(Crew.as(crew.supervisor()).get("api/v1/requests/" + judges)).getString("outcome"))
                .isEqualTo("PERMITTED");
        step(crew.supervisor(), judges, "start-review", "", 200);
        assertRefused(crew.supervisor(), judges, "permit", REASON, 400, "checklist: confirm");
        step(crew.supervisor(), judges, "permit", APPROVAL.replace("\"scope\": [\"CUSTODY_STATUS\"], ", ""), 200);
    }

    @Test
    void freeTextThatStatesAPersonsStatusIsRefusedNamingTheField() {
        HttpResponse<String> stated = Crew.as(crew.officer()).post("api/v1/requests", Intakes.detainer()
                .replace("\"purpose\": \"CIVIL_IMMIGRATION\"}", "\"purpose\": \"CIVIL_IMMIGRATION\", \"statedPurpose\":"
                        + " \"Subject is undocumented\"}"));
        assertThat(stated.statusCode()).as(stated.body()).isEqualTo(400);
        assertThat(stated.body()).contains("statedPurpose: must not state a person's citizenship or immigration status")
                .as("the problem as data, at its field").contains("\"errors\":[{\"field\":\"statedPurpose\","
                        + "\"problem\":\"must not state a person's citizenship or immigration status");
        long id = submit(Intakes.detainer());
        step(crew.supervisor(), id, "start-review", "", 200);
        assertRefused(crew.supervisor(), id, "decline", "{\"reason\": \"Declined; he is an illegal alien anyway\"}", 400,
                "reason: must not state a person's citizenship or immigration status");
    }

    private static String[] sup(String step, String body) {
        return new String[] {"supervisor", step, body};
    }

    private static String[] law(String step, String body) {
        return new String[] {"legal", step, body};
    }

    private static List<String[]> everyStep() {
        return List.<String[]>of(sup("start-review", ""), sup("reclassify", "{\"classification\": {\"documentType\":"
                + " \"COURT_ORDER\", \"asks\": [\"DISCLOSE_CUSTODY_STATUS\"], \"purpose\": \"CRIMINAL\","
                + " \"custody\": \"CPD\", \"courtCaption\": true, \"signerTitle\": \"United States District Judge\"}}"),
                sup("return", REASON), sup("decline", REASON),
                sup("permit", ""), sup("escalate", ""), new String[] {"officer", "resubmit", "{\"correction\": "
                + Intakes.courtOrder() + "}"}, new String[] {"officer", "withdraw", ""}, law("approve", APPROVAL),
                law("refuse", REASON), sup("disclose", RELEASE), sup("close", ""));
    }

    private static String who(String role) {
        return switch (role) {
            case "officer" -> crew.officer();
            case "legal" -> crew.legal();
            default -> crew.supervisor();
        };
    }

    private static long submit(String intake) {
        HttpResponse<String> created = Crew.as(crew.officer()).post("api/v1/requests", intake);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Api.json(created).getJsonNumber("id").longValue();
    }

    private static List<String> nextSteps(String who, long id) {
        return Api.json(Crew.as(who).get("api/v1/requests/" + id)).getJsonArray("nextSteps")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** The refusals audited on the request, newest first, as "actor detail"; every one DENIED. */
    private static List<String> refusals(long id, String action) {
        JsonObject page = Api.json(Api.as("auditor").get("api/v1/audit/events?target=request:" + id + "&action="
                + action + "&size=20"));
        List<JsonObject> events = page.getJsonArray("events").getValuesAs(JsonObject.class);
        assertThat(events).allMatch(event -> event.getString("outcome").equals("DENIED"));
        return events.stream().map(event -> event.getString("actor") + " " + event.getString("detail", "null"))
                .toList();
    }

    private static String state(String who, long id) {
        return Api.json(Crew.as(who).get("api/v1/requests/" + id)).getString("state");
    }

    private static void step(String who, long id, String step, String body, int expected) {
        RequestWorkflowApiIT.step(who, id, step, body, expected);
    }

    private static void assertRefused(String who, long id, String step, int status, String message) {
        assertRefused(who, id, step, "", status, message);
    }

    private static void assertRefused(String who, long id, String step, String body, int status, String message) {
        Api api = who.equals("auditor") ? Api.as("auditor") : Crew.as(who);
        HttpResponse<String> response = api.post("api/v1/requests/" + id + "/steps/" + step, body);
        assertThat(response.statusCode()).as(who + " " + step + ": " + response.body()).isEqualTo(status);
        assertThat(Api.json(response).getString("message")).as(who + " " + step).contains(message);
    }
}
