package org.welcomingcity.review.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.welcomingcity.review.entity.WorkflowStep.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.RequestState;

class WorkflowStepTest {

    /** A way into every state, so each step can be tried from each. */
    private static final Map<RequestState, WorkflowStep[]> PATHS = Map.ofEntries(
            Map.entry(RequestState.SUBMITTED, new WorkflowStep[] {}),
            Map.entry(RequestState.UNDER_SUPERVISOR_REVIEW, new WorkflowStep[] {START_REVIEW}),
            Map.entry(RequestState.RETURNED_FOR_CORRECTION, new WorkflowStep[] {START_REVIEW, RETURN}),
            Map.entry(RequestState.DECLINED, new WorkflowStep[] {START_REVIEW, DECLINE}),
            Map.entry(RequestState.PERMITTED, new WorkflowStep[] {START_REVIEW, PERMIT}),
            Map.entry(RequestState.ESCALATED_TO_LEGAL, new WorkflowStep[] {START_REVIEW, ESCALATE}),
            Map.entry(RequestState.LEGAL_APPROVED, new WorkflowStep[] {START_REVIEW, ESCALATE, APPROVE}),
            Map.entry(RequestState.LEGAL_REFUSED, new WorkflowStep[] {START_REVIEW, ESCALATE, REFUSE}),
            Map.entry(RequestState.DISCLOSED, new WorkflowStep[] {START_REVIEW, ESCALATE, APPROVE, DISCLOSE}),
            Map.entry(RequestState.WITHDRAWN, new WorkflowStep[] {WITHDRAW}),
            Map.entry(RequestState.REFERRED, new WorkflowStep[] {}),
            Map.entry(RequestState.CLOSED, new WorkflowStep[] {START_REVIEW, DECLINE, CLOSE}));

    /** The workflow of the architecture, as pairs of states; nothing else may happen. */
    private static final Set<String> ALLOWED = Set.of(
            "SUBMITTED>UNDER_SUPERVISOR_REVIEW", "SUBMITTED>WITHDRAWN",
            "UNDER_SUPERVISOR_REVIEW>UNDER_SUPERVISOR_REVIEW", "UNDER_SUPERVISOR_REVIEW>RETURNED_FOR_CORRECTION",
            "UNDER_SUPERVISOR_REVIEW>DECLINED", "UNDER_SUPERVISOR_REVIEW>PERMITTED",
            "UNDER_SUPERVISOR_REVIEW>ESCALATED_TO_LEGAL", "RETURNED_FOR_CORRECTION>SUBMITTED",
            "RETURNED_FOR_CORRECTION>WITHDRAWN", "ESCALATED_TO_LEGAL>LEGAL_APPROVED", "ESCALATED_TO_LEGAL>LEGAL_REFUSED",
            "LEGAL_APPROVED>DISCLOSED", "LEGAL_APPROVED>CLOSED", "DECLINED>CLOSED", "PERMITTED>CLOSED", "LEGAL_REFUSED>CLOSED",
            "DISCLOSED>CLOSED");

    @Test
    void everyStepIsTriedFromEveryStateAndOnlyTheWorkflowsMovesSucceed() {
        assertThat(PATHS.keySet()).containsExactlyInAnyOrder(RequestState.values());
        Set<String> taken = new java.util.HashSet<>();
        for (RequestState state : RequestState.values()) {
            for (WorkflowStep step : WorkflowStep.values()) {
                FederalRequest request = inState(state);
                if (request.allows(step)) {
                    Fixtures.after(request, step);
                    assertThat(ALLOWED).as(step + " from " + state).contains(state + ">" + request.state());
                    taken.add(state + ">" + request.state());
                } else {
                    assertThatThrownBy(() -> Fixtures.after(request, step)).as(step + " from " + state)
                            .isInstanceOf(ConflictException.class).hasMessageContaining("This request is " + state);
                    assertThat(request.state()).isEqualTo(state);
                }
            }
        }
        assertThat(taken).containsExactlyInAnyOrderElementsOf(ALLOWED.stream()
                .filter(move -> !move.equals("LEGAL_APPROVED>CLOSED")).toList());
    }

    @Test
    void afterLegalsApprovalWhatMayBeReleasedIsRecordedBeforeClosingAndAnApprovalThatReleasesNothingCloses() {
        FederalRequest releasing = inState(RequestState.LEGAL_APPROVED);
        assertThat(releasing.allows(CLOSE)).isFalse();
        assertThatThrownBy(() -> releasing.take(CLOSE, "sergeant", Fixtures.MONDAY_NOON, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("record the disclosure before closing");
        FederalRequest releasingNothing = inState(RequestState.LEGAL_APPROVED);
        releasingNothing.approveScope(Set.of(), "1:26-cr-1");
        assertThat(releasingNothing.allows(DISCLOSE)).isFalse();
        releasingNothing.take(CLOSE, "sergeant", Fixtures.MONDAY_NOON, null);
        assertThat(releasingNothing.state()).isEqualTo(RequestState.CLOSED);
    }

    @Test
    void finalStatesAllowNothing() {
        for (RequestState state : EnumSet.of(RequestState.CLOSED, RequestState.WITHDRAWN)) {
            assertThat(state.isFinal()).isTrue();
            assertThat(Arrays.stream(WorkflowStep.values()).filter(step -> step.allowedFrom(state))).isEmpty();
        }
    }

    /** A referred request leaves the workflow: no step leads on (its scan may still be added, so it is not final). */
    @Test
    void aReferredRequestAllowsNoStepAndOnlyAReferralOutcomeIsReferred() {
        assertThat(Arrays.stream(WorkflowStep.values()).filter(step -> step.allowedFrom(RequestState.REFERRED))).isEmpty();
        FederalRequest legal = Fixtures.submitted(Fixtures.courtOrder(), "officer", Outcome.LEGAL);
        assertThat(legal.referIfNoEnforcement("officer", Role.OFFICER, Fixtures.MONDAY_NOON)).isFalse();
        assertThat(legal.state()).isEqualTo(RequestState.SUBMITTED);
        FederalRequest reviewed = Fixtures.after(Fixtures.submitted(Fixtures.courtOrder(), "officer", Outcome.REFER),
                START_REVIEW, DECLINE);
        assertThat(reviewed.referIfNoEnforcement("sergeant", Role.SUPERVISOR, Fixtures.MONDAY_NOON)).isFalse();
        assertThat(reviewed.state()).isEqualTo(RequestState.DECLINED);
    }

    @Test
    void stepsHaveUrlNamesThatReadBack() {
        assertThat(START_REVIEW.path()).isEqualTo("start-review");
        for (WorkflowStep step : WorkflowStep.values()) {
            assertThat(WorkflowStep.ofPath(step.path())).contains(step);
        }
        assertThat(WorkflowStep.ofPath("approve-everything")).isEmpty();
    }

    @Test
    void theTimelineKeepsEveryStepWithWhoAndFromWhere() {
        FederalRequest request = Fixtures.after(inState(RequestState.SUBMITTED), START_REVIEW, ESCALATE, APPROVE);
        assertThat(request.steps()).extracting(StepRecord::name)
                .containsExactly("submit", "start-review", "escalate", "approve");
        assertThat(request.steps().get(3).fromState()).isEqualTo(RequestState.ESCALATED_TO_LEGAL);
        assertThat(request.legalSigner()).isEqualTo("lawyer");
        assertThat(request.supervisor()).isEqualTo("sergeant");
        assertThat(request.wentToLegal()).isTrue();
    }

    private static FederalRequest inState(RequestState state) {
        if (state == RequestState.REFERRED) {
            FederalRequest referred = Fixtures.submitted(Fixtures.courtOrder(), "officer", Outcome.REFER);
            referred.referIfNoEnforcement("officer", Role.OFFICER, Fixtures.MONDAY_NOON);
            return referred;
        }
        return Fixtures.after(Fixtures.submitted(Fixtures.courtOrder(), "officer", Outcome.LEGAL), PATHS.get(state));
    }

    @Test
    void eachStepIsAuditedAsRequestAndItsName() {
        for (WorkflowStep step : WorkflowStep.values()) {
            assertThat(step.auditAction().name()).isEqualTo("REQUEST_" + step.name());
        }
    }
}
