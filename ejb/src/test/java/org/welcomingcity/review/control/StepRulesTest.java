package org.welcomingcity.review.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.welcomingcity.review.entity.WorkflowStep.*;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.problem.NotPermittedException;
import org.welcomingcity.request.control.Caller;
import org.welcomingcity.request.entity.Classification;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.Intake;
import org.welcomingcity.request.entity.RequestColumns;
import org.welcomingcity.review.entity.Checklist;
import org.welcomingcity.review.entity.DisclosureItem;
import org.welcomingcity.review.entity.Fixtures;
import org.welcomingcity.review.entity.ReviewColumns;
import org.welcomingcity.review.entity.StepInput;

class StepRulesTest {

    private static final Caller SERGEANT = new Caller("sergeant", Set.of(Role.SUPERVISOR), "District 1");
    private static final Caller LAWYER = new Caller("lawyer", Set.of(Role.LEGAL), null);
    private static final Checklist JUDICIAL = new Checklist(true, true, true, true, false, false);

    @Test
    void permittingIsRefusedWhenTheLawSaysDeclineOrLegal() {
        for (Outcome outcome : EnumSet.of(Outcome.DECLINE, Outcome.LEGAL)) {
            FederalRequest request = Fixtures.after(submitted(outcome), START_REVIEW);
            assertThatThrownBy(() -> StepRules.check(SERGEANT, request, PERMIT, StepInput.none()))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("does not allow permitting");
        }
        FederalRequest allowed = Fixtures.after(Fixtures.submitted(detainerIntake(), "officer", Outcome.SUPERVISOR),
                START_REVIEW);
        assertThatCode(() -> StepRules.check(SERGEANT, allowed, PERMIT, StepInput.none())).doesNotThrowAnyException();
    }

    @Test
    void aReasonHoldsOnlyWhatItShows() {
        FederalRequest reviewing = Fixtures.after(submitted(Outcome.DECLINE), START_REVIEW);
        assertThatThrownBy(() -> StepRules.check(SERGEANT, reviewing, DECLINE,
                StepInput.withReason("Civil detainer: \u202Edecline\u202C")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("reason: contains a control character or an invisible text-direction mark");
        assertThatCode(() -> StepRules.check(SERGEANT, reviewing, DECLINE,
                StepInput.withReason("Civil detainer.\nNo criminal warrant."))).doesNotThrowAnyException();
    }

    @Test
    void permittingOnACourtsPaperNeedsTheJudicialChecklistAndTheCaseNumberAsLegalsApprovalDoes() {
        FederalRequest onAWarrant = Fixtures.after(submitted(Outcome.PERMITTED), START_REVIEW);
        assertThatThrownBy(() -> StepRules.check(SERGEANT, onAWarrant, PERMIT, StepInput.withReason("executed")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("checklist: confirm that the document"
                        + " was issued by a court, is signed by a judge");
        Checklist halfChecked = new Checklist(true, false, true, true, false, false);
        assertThatThrownBy(() -> StepRules.check(SERGEANT, onAWarrant, PERMIT,
                new StepInput(null, "executed", null, null, null, "1:26-cr-1", halfChecked, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("checklist:");
        assertThatThrownBy(() -> StepRules.check(SERGEANT, onAWarrant, PERMIT,
                new StepInput(null, "executed", null, null, null, " ", JUDICIAL, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("caseNumber: required");
        assertThatCode(() -> StepRules.check(SERGEANT, onAWarrant, PERMIT,
                new StepInput(null, "executed", null, null, null, "1:26-cr-1", JUDICIAL, null, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void aGrandJurySubpoenaIsApprovedWithoutAJudgesSignatureButNotWithoutTheCourtTheCaseAndTheRequirement() {
        Intake order = Fixtures.courtOrder();
        Intake subpoena = order.reclassified(new Classification(DocumentType.GRAND_JURY_SUBPOENA, null, "Deputy Clerk",
                true, order.asks(), order.purpose(), null, order.custody()));
        FederalRequest escalated = Fixtures.after(Fixtures.submitted(subpoena, "officer", Outcome.LEGAL), START_REVIEW,
                ESCALATE);
        Checklist noJudge = new Checklist(true, false, true, true, false, false);
        assertThatCode(() -> StepRules.check(LAWYER, escalated, APPROVE, new StepInput(null, null, null, null,
                Set.of(DisclosureItem.CUSTODY_STATUS), "26 GJ 114", noJudge, null, null))).doesNotThrowAnyException();
        Checklist noCourt = new Checklist(false, true, true, true, false, false);
        assertThatThrownBy(() -> StepRules.check(LAWYER, escalated, APPROVE, new StepInput(null, null, null, null,
                Set.of(DisclosureItem.CUSTODY_STATUS), "26 GJ 114", noCourt, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("checklist: confirm that a grand jury or a court issued the subpoena");
    }

    @Test
    void declineReturnAndRefuseNeedAWrittenReason() {
        FederalRequest reviewing = Fixtures.after(submitted(Outcome.DECLINE), START_REVIEW);
        assertThatThrownBy(() -> StepRules.check(SERGEANT, reviewing, DECLINE, StepInput.withReason("  ")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("reason: required");
        assertThatThrownBy(() -> StepRules.check(SERGEANT, reviewing, RETURN, StepInput.none()))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("reason: required");
    }

    @Test
    void approvalOfACourtOrderNeedsTheChecklistACaseNumberAndAScope() {
        FederalRequest escalated = Fixtures.after(submitted(Outcome.LEGAL), START_REVIEW, ESCALATE);
        assertThatThrownBy(() -> StepRules.check(LAWYER, escalated, APPROVE, StepInput.none()))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("scope:");
        StepInput unchecked = new StepInput(null, null, null, null, Set.of(DisclosureItem.CUSTODY_STATUS), "1:26-cr-1",
                null, null, null);
        assertThatThrownBy(() -> StepRules.check(LAWYER, escalated, APPROVE, unchecked))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("checklist:");
        StepInput noCase = new StepInput(null, null, null, null, Set.of(DisclosureItem.CUSTODY_STATUS), " ", JUDICIAL,
                null, null);
        assertThatThrownBy(() -> StepRules.check(LAWYER, escalated, APPROVE, noCase))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("caseNumber:");
        assertThatCode(() -> StepRules.check(LAWYER, escalated, APPROVE, approval(DisclosureItem.CUSTODY_STATUS)))
                .doesNotThrowAnyException();
    }

    @Test
    void consentUnlocksOnlyWhatItCovers() {
        FederalRequest escalated = Fixtures.after(Fixtures.submitted(Fixtures.withConsent(), "officer", Outcome.LEGAL),
                START_REVIEW, ESCALATE);
        Checklist consent = new Checklist(false, false, false, false, true, true);
        StepInput tooWide = new StepInput(null, null, null, null,
                Set.of(DisclosureItem.INFORMATION_COVERED_BY_CONSENT, DisclosureItem.RELEASE_DATE), null, consent, null, null);
        assertThatThrownBy(() -> StepRules.check(LAWYER, escalated, APPROVE, tooWide))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("never [RELEASE_DATE]");
        StepInput covered = new StepInput(null, null, null, null, Set.of(DisclosureItem.INFORMATION_COVERED_BY_CONSENT),
                null, consent, null, null);
        assertThatCode(() -> StepRules.check(LAWYER, escalated, APPROVE, covered)).doesNotThrowAnyException();
    }

    @Test
    void nothingToApproveWithoutACourtDocumentOrConsent() {
        FederalRequest escalated = Fixtures.after(submitted(Outcome.LEGAL), START_REVIEW, ESCALATE);
        FederalRequest detainer = Fixtures.after(Fixtures.submitted(detainerIntake(), "officer", Outcome.LEGAL),
                START_REVIEW, ESCALATE);
        assertThatCode(() -> StepRules.check(LAWYER, escalated, APPROVE, approval(DisclosureItem.CUSTODY_STATUS)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> StepRules.check(LAWYER, detainer, APPROVE, approval(DisclosureItem.CUSTODY_STATUS)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("refuse it");
    }

    @Test
    void aReleaseOutsideTheApprovedScopeIsRefused() {
        FederalRequest approved = Fixtures.after(submitted(Outcome.LEGAL), START_REVIEW, ESCALATE, APPROVE);
        StepInput outside = new StepInput(null, null, null, null, null, null, null,
                Set.of(DisclosureItem.CUSTODY_STATUS, DisclosureItem.RELEASE_DATE), "Agent Reyes");
        assertThatThrownBy(() -> StepRules.check(SERGEANT, approved, DISCLOSE, outside))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("Outside the scope legal approved: [RELEASE_DATE]");
        StepInput within = new StepInput(null, null, null, null, null, null, null,
                Set.of(DisclosureItem.CUSTODY_STATUS), "Agent Reyes");
        assertThatCode(() -> StepRules.check(SERGEANT, approved, DISCLOSE, within)).doesNotThrowAnyException();
    }

    @Test
    void aStaleVersionIsAConflict() {
        FederalRequest request = submitted(Outcome.LEGAL);
        StepInput stale = new StepInput(request.version() + 1, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> StepRules.check(SERGEANT, request, START_REVIEW, stale))
                .isInstanceOf(ConflictException.class).hasMessageContaining("changed since you opened it");
    }

    @Test
    void aReasonFitsItsColumn() {
        FederalRequest reviewing = Fixtures.after(submitted(Outcome.DECLINE), START_REVIEW);
        assertThatCode(() -> StepRules.check(SERGEANT, reviewing, DECLINE,
                StepInput.withReason("x".repeat(RequestColumns.REASON)))).doesNotThrowAnyException();
        assertThatThrownBy(() -> StepRules.check(SERGEANT, reviewing, DECLINE,
                StepInput.withReason("x".repeat(RequestColumns.REASON + 1))))
                .isInstanceOf(InvalidInputException.class).hasMessage("reason: at most 4000 characters");
        // Too long and hidden characters: the length is named, once.
        assertThatThrownBy(() -> StepRules.check(SERGEANT, reviewing, DECLINE,
                StepInput.withReason("\u0000".repeat(RequestColumns.REASON + 1))))
                .hasMessage("reason: at most 4000 characters");
    }

    @Test
    void theCaseNumberIsRequiredFitsItsColumnAndHoldsOnlyWhatItShows() {
        FederalRequest escalated = Fixtures.after(submitted(Outcome.LEGAL), START_REVIEW, ESCALATE);
        assertThatThrownBy(() -> StepRules.check(LAWYER, escalated, APPROVE, approval(DisclosureItem.CUSTODY_STATUS,
                "1".repeat(RequestColumns.CASE_NUMBER + 1)))).isInstanceOf(InvalidInputException.class)
                .hasMessage("caseNumber: required (the court's case number, at most 64 characters)");
        assertThatThrownBy(() -> StepRules.check(LAWYER, escalated, APPROVE, approval(DisclosureItem.CUSTODY_STATUS,
                "1:26-cr-1\u202E"))).hasMessageStartingWith("caseNumber: contains a control character");
        assertThatCode(() -> StepRules.check(LAWYER, escalated, APPROVE, approval(DisclosureItem.CUSTODY_STATUS,
                "1".repeat(RequestColumns.CASE_NUMBER)))).doesNotThrowAnyException();
    }

    @Test
    void aReleaseNamesItsRecipientInPlainTextThatFitsItsColumn() {
        FederalRequest approved = Fixtures.after(submitted(Outcome.LEGAL), START_REVIEW, ESCALATE, APPROVE);
        for (String missing : new String[] {null, " ", "x".repeat(ReviewColumns.RECIPIENT + 1)}) {
            assertThatThrownBy(() -> StepRules.check(SERGEANT, approved, DISCLOSE, release(missing)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("recipient: required (to whom the information went, at most 256 characters)");
        }
        assertThatThrownBy(() -> StepRules.check(SERGEANT, approved, DISCLOSE, release("Agent\u0000Reyes")))
                .hasMessageStartingWith("recipient: contains a control character");
        assertThatCode(() -> StepRules.check(SERGEANT, approved, DISCLOSE, release("x".repeat(ReviewColumns.RECIPIENT))))
                .doesNotThrowAnyException();
    }

    private static StepInput release(String recipient) {
        return new StepInput(null, null, null, null, null, null, null, Set.of(DisclosureItem.CUSTODY_STATUS), recipient);
    }

    private static StepInput approval(DisclosureItem item, String caseNumber) {
        return new StepInput(null, null, null, null, Set.of(item), caseNumber, JUDICIAL, null, null);
    }

    private static FederalRequest submitted(Outcome outcome) {
        return Fixtures.submitted(Fixtures.courtOrder(), "officer", outcome);
    }

    private static StepInput approval(DisclosureItem item) {
        return approval(item, "1:26-cr-1");
    }

    private static org.welcomingcity.request.entity.Intake detainerIntake() {
        var order = Fixtures.courtOrder();
        return new org.welcomingcity.request.entity.Intake(order.eventNumber(), order.oemcNumber(), order.receivedAt(),
                order.agency(), "ERO", order.agentName(), null, order.agentContact(), order.identityCheck(),
                order.channel(), org.welcomingcity.ordinance.entity.DocumentType.DETAINER, "I-247A", "SDDO", false,
                order.subjectReference(), order.custody(), order.asks(), order.purpose(), null, null, null, null, null,
                null, null);
    }
}
