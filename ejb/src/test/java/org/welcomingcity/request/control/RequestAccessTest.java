package org.welcomingcity.request.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.problem.NotFoundException;
import org.welcomingcity.problem.NotPermittedException;
import org.welcomingcity.request.control.RequestAccess.Verdict;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.review.entity.DisclosureItem;
import org.welcomingcity.review.entity.Fixtures;
import org.welcomingcity.review.entity.WorkflowStep;

/**
 * Who may see a request and who may do what with it. Every request of the table was submitted
 * by {@code officer} of District 1; its history is the steps taken since, each by the person
 * named. A caller is written as user name, roles and unit.
 */
class RequestAccessTest {

    @ParameterizedTest(name = "{0} | {1} | {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
        # who sees a request: officers their own, supervisors their unit's, legal what went to legal, auditors all
        officer OFFICER @District 1            |                                            | see             | allowed
        off2 OFFICER @District 1               |                                            | see             | 404
        sgt1 SUPERVISOR @District 1            |                                            | see             | allowed
        sgt9 SUPERVISOR @District 2            |                                            | see             | 404
        sgt0 SUPERVISOR                        |                                            | see             | 404
        law1 LEGAL                             |                                            | see             | 404
        law1 LEGAL                             | start-review by sgt1, escalate by sgt1     | see             | allowed
        law1 LEGAL                             | start-review by sgt1, decline by sgt1      | see             | 404
        ig AUDITOR                             |                                            | see             | allowed
        it ADMIN @District 1                   |                                            | see             | 404
        sgt9 SUPERVISOR+LEGAL @District 2      | start-review by sgt1, escalate by sgt1     | see             | allowed

        # officer steps only by the officer who submitted
        officer OFFICER @District 1            |                                            | withdraw        | allowed
        off2 OFFICER+SUPERVISOR @District 1    |                                            | withdraw        | 403
        sgt1 SUPERVISOR @District 1            |                                            | withdraw        | 403

        # supervisor steps by a supervisor of the unit who did not submit the request
        sgt1 SUPERVISOR @District 1            |                                            | start-review    | allowed
        officer OFFICER+SUPERVISOR @District 1 |                                            | start-review    | 403
        sgt9 SUPERVISOR @District 2            |                                            | start-review    | 404
        off2 OFFICER @District 1               |                                            | start-review    | 404
        officer OFFICER @District 1            |                                            | start-review    | 403
        ig AUDITOR                             |                                            | start-review    | 403
        law1 LEGAL                             | start-review by sgt1, escalate by sgt1     | escalate        | 403

        # a role that lets one see a request never lets one act on it in another role
        sgt9 SUPERVISOR+AUDITOR @District 2    |                                            | start-review    | 403
        sgt9 SUPERVISOR+LEGAL @District 2      | start-review by sgt1, escalate by sgt1     | escalate        | 403
        sgt9 SUPERVISOR+LEGAL @District 2      | start-review by sgt1, escalate by sgt1, approve by law1 | disclose | 403
        sgt9 SUPERVISOR+LEGAL @District 2      | start-review by sgt1, escalate by sgt1, refuse by law1  | close    | 403
        sgt9 SUPERVISOR+LEGAL @District 2      | start-review by sgt1, escalate by sgt1     | approve         | allowed
        off2 OFFICER+AUDITOR @District 1       |                                            | withdraw        | 403
        law1 LEGAL+AUDITOR                     |                                            | approve         | 403
        sgt1 SUPERVISOR+AUDITOR @District 1    |                                            | start-review    | allowed

        # legal signs off only on what went to legal, never on a request it took part in before
        law1 LEGAL                             | start-review by sgt1, escalate by sgt1     | approve         | allowed
        law1 LEGAL                             | start-review by sgt1, escalate by sgt1     | refuse          | allowed
        sgt1 SUPERVISOR+LEGAL @District 1      | start-review by sgt1, escalate by sgt1     | approve         | 403
        officer OFFICER+LEGAL @District 1      | start-review by sgt1, escalate by sgt1     | refuse          | 403
        sgt2 SUPERVISOR+LEGAL @District 1      | start-review by sgt1, escalate by sgt2     | approve         | 403
        sgt2 SUPERVISOR+LEGAL @District 1      | start-review by sgt1, return by sgt2, resubmit by officer, start-review by sgt3, escalate by sgt3 | approve | 403
        sgt1 SUPERVISOR @District 1            | start-review by sgt1, escalate by sgt1     | approve         | 403

        # documents: the submitting officer before review, a supervisor of the unit during it
        officer OFFICER @District 1            |                                            | attach          | allowed
        officer OFFICER @District 1            | start-review by sgt1                       | attach          | 403
        sgt1 SUPERVISOR @District 1            | start-review by sgt1                       | attach          | allowed
        sgt1 SUPERVISOR @District 1            |                                            | attach          | 403
        sgt9 SUPERVISOR @District 2            | start-review by sgt1                       | attach          | 404
        sgt9 SUPERVISOR+AUDITOR @District 2    | start-review by sgt1                       | attach          | 403
        ig AUDITOR                             | start-review by sgt1                       | attach          | 403

        # what happened to the person: the submitting officer or a supervisor of the unit
        officer OFFICER @District 1            |                                            | record-custody  | allowed
        sgt1 SUPERVISOR @District 1            | start-review by sgt1, permit by sgt1       | record-custody  | allowed
        off2 OFFICER @District 1               |                                            | record-custody  | 404
        law1 LEGAL                             | start-review by sgt1, escalate by sgt1     | record-custody  | 403
        ig AUDITOR                             |                                            | record-custody  | 403
        sgt9 SUPERVISOR+AUDITOR @District 2    |                                            | record-custody  | 403
        """)
    void theTable(String who, String history, String act, String answer) {
        Caller caller = caller(who);
        FederalRequest request = request(history);
        assertThat(answer(verdict(caller, request, act))).isEqualTo(answer);
    }

    @Test
    void aVerdictThrowsWhatTheCallerIsToldNotFoundOrNotPermitted() {
        FederalRequest request = request(null);
        Verdict hidden = RequestAccess.step(caller("sgt9 SUPERVISOR @District 2"), request, WorkflowStep.START_REVIEW);
        assertThatThrownBy(hidden::require).isInstanceOf(NotFoundException.class).hasMessageStartingWith("No request");
        Verdict refused = RequestAccess.step(caller("off2 OFFICER+SUPERVISOR @District 1"), request,
                WorkflowStep.WITHDRAW);
        assertThatThrownBy(refused::require).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("Only the officer who submitted");
    }

    @Test
    void theRefusedLawyerIsToldWhichStepsTheyTookAsSupervisor() {
        FederalRequest request = request("start-review by sgt1, reclassify by sgt2, escalate by sgt2");
        assertThat(RequestAccess.step(caller("sgt2 SUPERVISOR+LEGAL @District 1"), request, WorkflowStep.REFUSE).reason())
                .isEqualTo("You reviewed this request as supervisor (reclassify, escalate); another member of the legal"
                        + " department must sign off.");
    }

    @Test
    void aSupervisorOfAnotherUnitIsToldThatSeeingIsNotActing() {
        FederalRequest request = request("start-review by sgt1, escalate by sgt1, approve by law1");
        assertThat(RequestAccess.step(caller("sgt9 SUPERVISOR+LEGAL @District 2"), request, WorkflowStep.DISCLOSE)
                .reason()).isEqualTo("Only a supervisor of the request's own unit may 'disclose' it; you see it as LEGAL,"
                        + " which does not let you act on it.");
    }

    @Test
    void theListClauseNamesForEachRoleWhatThePredicateSays() {
        assertThat(RequestAccess.visibleTo(caller("it ADMIN @District 1"), "r").none()).isTrue();
        assertThat(RequestAccess.visibleTo(caller("sgt0 SUPERVISOR"), "r").none()).as("no unit, no requests").isTrue();
        RequestAccess.Clause officerAndSupervisor = RequestAccess.visibleTo(caller("sgt1 OFFICER+SUPERVISOR @District 1"),
                "r");
        assertThat(officerAndSupervisor.jpql()).isEqualTo("(r.submittedBy = :viewer OR r.unit = :viewerUnit)");
        assertThat(officerAndSupervisor.parameters()).containsEntry("viewer", "sgt1")
                .containsEntry("viewerUnit", "District 1");
        assertThat(RequestAccess.visibleTo(caller("law1 LEGAL"), "r").jpql()).isEqualTo("(r.escalatedAt IS NOT NULL)");
        assertThat(RequestAccess.visibleTo(caller("ig AUDITOR"), "r").jpql()).isEqualTo("(1 = 1)");
    }

    private static Verdict verdict(Caller caller, FederalRequest request, String act) {
        return switch (act) {
            case "see" -> RequestAccess.maySee(caller, request) ? new Verdict(Verdict.Answer.ALLOWED, null)
                    : new Verdict(Verdict.Answer.HIDDEN, null);
            case "attach" -> RequestAccess.attach(caller, request);
            case "record-custody" -> RequestAccess.recordCustody(caller, request);
            default -> RequestAccess.step(caller, request, WorkflowStep.ofPath(act).orElseThrow());
        };
    }

    private static String answer(Verdict verdict) {
        return switch (verdict.answer()) {
            case ALLOWED -> "allowed";
            case REFUSED -> "403";
            case HIDDEN -> "404";
        };
    }

    /** "name ROLE+ROLE @unit"; the unit may be left out. */
    private static Caller caller(String who) {
        String[] nameAndRest = who.split(" ", 2);
        String[] rolesAndUnit = nameAndRest[1].split(" @", 2);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rolesAndUnit[0].trim().split("\\+")).map(Role::valueOf).forEach(roles::add);
        return new Caller(nameAndRest[0], roles, rolesAndUnit.length > 1 ? rolesAndUnit[1].trim() : null);
    }

    /** A court order submitted by {@code officer} of District 1, then "step by person, step by person". */
    private static FederalRequest request(String history) {
        FederalRequest request = Fixtures.submitted(Fixtures.courtOrder(), "officer", Outcome.LEGAL);
        if (history == null || history.isBlank()) {
            return request;
        }
        for (String move : history.split(",")) {
            String[] stepAndActor = move.trim().split(" by ");
            WorkflowStep step = WorkflowStep.ofPath(stepAndActor[0]).orElseThrow();
            if (step == WorkflowStep.APPROVE) {
                request.approveScope(Set.of(DisclosureItem.CUSTODY_STATUS), "1:26-cr-1");
            }
            request.take(step, stepAndActor[1], Fixtures.MONDAY_NOON, "because");
        }
        return request;
    }
}
