package org.welcomingcity.review.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.welcomingcity.ordinance.entity.RequestedAction.DISCLOSE_RELEASE_DATE;
import static org.welcomingcity.ordinance.entity.RequestedAction.EXECUTE_WARRANT;
import static org.welcomingcity.ordinance.entity.RequestedAction.NOTIFY_RELEASE;
import static org.welcomingcity.request.entity.Answer.APPROVED;
import static org.welcomingcity.request.entity.Answer.DECLINED;
import static org.welcomingcity.request.entity.Answer.OPEN;
import static org.welcomingcity.request.entity.Answer.PERMITTED;
import static org.welcomingcity.request.entity.Answer.REFUSED;
import static org.welcomingcity.request.entity.Answer.WITH_LEGAL;
import static org.welcomingcity.review.entity.WorkflowStep.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.request.control.Caller;
import org.welcomingcity.request.entity.Answer;
import org.welcomingcity.request.entity.DocumentClassification;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.Intake;
import org.welcomingcity.review.entity.Checklist;
import org.welcomingcity.review.entity.DisclosureItem;
import org.welcomingcity.review.entity.Fixtures;
import org.welcomingcity.review.entity.StepInput;
import org.welcomingcity.review.entity.WorkflowStep;

/**
 * Each ask keeps its own answer. The request of these tests is a judicial criminal warrant that
 * also asks for the release date and a notice of release: the law permits the arrest, sends the
 * release date to legal and forbids the notice (brief rules 18, 19, 22 and TRUST 15(a)).
 */
class AskReviewTest {

    private static final Caller SERGEANT = new Caller("sergeant", Set.of(Role.SUPERVISOR), "District 1");
    private static final Caller LAWYER = new Caller("lawyer", Set.of(Role.LEGAL), null);
    private static final Checklist JUDICIAL = new Checklist(true, true, true, true, false, false);

    static Stream<Arguments> steps() {
        return Stream.of(
                // step(s) taken            execute warrant, release date, notify release
                Arguments.of(new WorkflowStep[] {START_REVIEW}, OPEN, OPEN, OPEN),
                Arguments.of(new WorkflowStep[] {START_REVIEW, DECLINE}, DECLINED, DECLINED, DECLINED),
                Arguments.of(new WorkflowStep[] {START_REVIEW, PERMIT}, PERMITTED, DECLINED, DECLINED),
                Arguments.of(new WorkflowStep[] {START_REVIEW, ESCALATE}, PERMITTED, WITH_LEGAL, DECLINED),
                Arguments.of(new WorkflowStep[] {START_REVIEW, ESCALATE, APPROVE}, PERMITTED, APPROVED, DECLINED),
                Arguments.of(new WorkflowStep[] {START_REVIEW, ESCALATE, REFUSE}, PERMITTED, REFUSED, DECLINED),
                Arguments.of(new WorkflowStep[] {START_REVIEW, PERMIT, CLOSE}, PERMITTED, DECLINED, DECLINED),
                Arguments.of(new WorkflowStep[] {START_REVIEW, ESCALATE, REFUSE, CLOSE}, PERMITTED, REFUSED, DECLINED));
    }

    @ParameterizedTest(name = "{index}: after {0}")
    @MethodSource("steps")
    void eachAskIsAnsweredOnItsOwn(WorkflowStep[] taken, Answer execute, Answer releaseDate, Answer notify) {
        FederalRequest request = Fixtures.after(warrantWithAddOns(), taken);
        assertThat(request.answers()).containsExactly(Map.entry(NOTIFY_RELEASE, notify),
                Map.entry(DISCLOSE_RELEASE_DATE, releaseDate), Map.entry(EXECUTE_WARRANT, execute));
    }

    @Test
    void aPermitNeedsSomethingTheLawAllowsAndAReasonForWhatItDeclines() {
        FederalRequest reviewing = Fixtures.after(warrantWithAddOns(), START_REVIEW);
        assertThatThrownBy(() -> StepRules.check(SERGEANT, reviewing, PERMIT, judicial(null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("reason: required:")
                .hasMessageContaining("DISCLOSE_RELEASE_DATE").hasMessageContaining("NOTIFY_RELEASE");
        assertThatCode(() -> StepRules.check(SERGEANT, reviewing, PERMIT, judicial("Only the arrest is lawful.")))
                .doesNotThrowAnyException();
        FederalRequest nothingAllowed = Fixtures.after(Fixtures.submitted(Fixtures.warrantWithAddOns(
                Set.of(NOTIFY_RELEASE)), Map.of(NOTIFY_RELEASE, Outcome.DECLINE)), START_REVIEW);
        assertThatThrownBy(() -> StepRules.check(SERGEANT, nothingAllowed, PERMIT, judicial("no")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("does not allow permitting");
    }

    @Test
    void anEscalationThatPermitsTheArrestLooksAtTheCourtsPaperAndNeedsAReasonForWhatItDeclines() {
        FederalRequest reviewing = Fixtures.after(warrantWithAddOns(), START_REVIEW);
        assertThatThrownBy(() -> StepRules.check(SERGEANT, reviewing, ESCALATE, StepInput.withReason("legal: date")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("checklist:");
        assertThatThrownBy(() -> StepRules.check(SERGEANT, reviewing, ESCALATE, judicial(" ")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("reason: required:");
        assertThatCode(() -> StepRules.check(SERGEANT, reviewing, ESCALATE, judicial("Notice of release: TRUST 15(a).")))
                .doesNotThrowAnyException();
        FederalRequest allForbidden = Fixtures.after(Fixtures.submitted(Fixtures.warrantWithAddOns(
                Set.of(NOTIFY_RELEASE)), Map.of(NOTIFY_RELEASE, Outcome.DECLINE)), START_REVIEW);
        assertThatThrownBy(() -> StepRules.check(SERGEANT, allForbidden, ESCALATE, StepInput.withReason("why")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("forbids every ask");
    }

    @Test
    void legalApprovesOnlyAsksItHasAndRefusesTheOthersWithAReason() {
        Set<RequestedAction> asks = Set.of(EXECUTE_WARRANT, DISCLOSE_RELEASE_DATE, RequestedAction.DISCLOSE_CUSTODY_STATUS);
        Map<RequestedAction, Outcome> outcomes = Map.of(EXECUTE_WARRANT, Outcome.PERMITTED, DISCLOSE_RELEASE_DATE,
                Outcome.LEGAL, RequestedAction.DISCLOSE_CUSTODY_STATUS, Outcome.LEGAL);
        FederalRequest escalated = Fixtures.after(Fixtures.submitted(Fixtures.warrantWithAddOns(asks), outcomes),
                START_REVIEW, ESCALATE);
        assertThatThrownBy(() -> StepRules.check(LAWYER, escalated, APPROVE, approve(Set.of(), "x")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("asks: name the asks legal approves");
        assertThatThrownBy(() -> StepRules.check(LAWYER, escalated, APPROVE, approve(Set.of(EXECUTE_WARRANT), "x")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("asks: [EXECUTE_WARRANT] is not with legal");
        assertThatThrownBy(() -> StepRules.check(LAWYER, escalated, APPROVE,
                approve(Set.of(RequestedAction.DISCLOSE_CUSTODY_STATUS), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("reason: required: [DISCLOSE_RELEASE_DATE]");
        assertThatCode(() -> StepRules.check(LAWYER, escalated, APPROVE,
                approve(Set.of(RequestedAction.DISCLOSE_CUSTODY_STATUS), "The order names custody status only.")))
                .doesNotThrowAnyException();

        assertThat(AskReview.answers(APPROVE, escalated, Set.of(RequestedAction.DISCLOSE_CUSTODY_STATUS)))
                .containsOnly(Map.entry(RequestedAction.DISCLOSE_CUSTODY_STATUS, APPROVED),
                        Map.entry(DISCLOSE_RELEASE_DATE, REFUSED));
    }

    @Test
    void anApprovalReleasesInformationOnlyForAsksThatShareIt() {
        Set<RequestedAction> asks = Set.of(EXECUTE_WARRANT, RequestedAction.ACCESS_PERSON);
        FederalRequest escalated = Fixtures.after(Fixtures.submitted(Fixtures.warrantWithAddOns(asks),
                Map.of(EXECUTE_WARRANT, Outcome.PERMITTED, RequestedAction.ACCESS_PERSON, Outcome.LEGAL)),
                START_REVIEW, ESCALATE);
        StepInput withScope = new StepInput(null, null, null, null, Set.of(DisclosureItem.RELEASE_DATE), "1:26-cr-1",
                JUDICIAL, null, null, Set.of(RequestedAction.ACCESS_PERSON));
        assertThatThrownBy(() -> StepRules.check(LAWYER, escalated, APPROVE, withScope))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("scope: the approved asks");
        StepInput noScope = new StepInput(null, null, null, null, null, "1:26-cr-1", JUDICIAL, null, null,
                Set.of(RequestedAction.ACCESS_PERSON));
        assertThatCode(() -> StepRules.check(LAWYER, escalated, APPROVE, noScope)).doesNotThrowAnyException();
    }

    @Test
    void permittingWhatRestsOnAJudgesWarrantThatCameSecondNeedsTheJudicialChecklistToo() {
        Intake warrant = Fixtures.warrantWithAddOns(Set.of(EXECUTE_WARRANT));
        Intake detainerFirst = new Intake(warrant.eventNumber(), warrant.oemcNumber(), warrant.receivedAt(),
                warrant.agency(), "ERO", warrant.agentName(), null, warrant.agentContact(), warrant.identityCheck(),
                warrant.channel(), DocumentType.DETAINER, "I-247A", "SDDO", false, warrant.subjectReference(),
                warrant.custody(), warrant.asks(), warrant.purpose(), null, null, null, null, null, null, null,
                List.of(new DocumentClassification(DocumentType.JUDICIAL_WARRANT, null, warrant.signerTitle(), true)));
        FederalRequest reviewing = Fixtures.after(Fixtures.submitted(detainerFirst,
                Map.of(EXECUTE_WARRANT, Outcome.PERMITTED)), START_REVIEW);
        assertThatThrownBy(() -> StepRules.check(SERGEANT, reviewing, PERMIT, StepInput.none()))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("checklist:");
        assertThatCode(() -> StepRules.check(SERGEANT, reviewing, PERMIT, judicial(null))).doesNotThrowAnyException();
    }

    @Test
    void aNewRoundOfDecisionsOpensEveryAskAgain() {
        FederalRequest request = Fixtures.after(warrantWithAddOns(), START_REVIEW, RETURN);
        request.decide(Fixtures.submitted(Fixtures.warrantWithAddOns(Set.of(EXECUTE_WARRANT)),
                Map.of(EXECUTE_WARRANT, Outcome.PERMITTED)).currentDecisions());
        assertThat(request.answers()).containsExactly(Map.entry(EXECUTE_WARRANT, OPEN));
    }

    private static FederalRequest warrantWithAddOns() {
        Map<RequestedAction, Outcome> outcomes = new LinkedHashMap<>();
        outcomes.put(EXECUTE_WARRANT, Outcome.PERMITTED);
        outcomes.put(DISCLOSE_RELEASE_DATE, Outcome.LEGAL);
        outcomes.put(NOTIFY_RELEASE, Outcome.DECLINE);
        return Fixtures.submitted(Fixtures.warrantWithAddOns(outcomes.keySet()), outcomes);
    }

    private static StepInput judicial(String reason) {
        return new StepInput(null, reason, null, null, null, "1:26-cr-1", JUDICIAL, null, null);
    }

    private static StepInput approve(Set<RequestedAction> asks, String reason) {
        return new StepInput(null, reason, null, null, Set.of(DisclosureItem.CUSTODY_STATUS), "1:26-cr-1", JUDICIAL,
                null, null, asks);
    }
}
