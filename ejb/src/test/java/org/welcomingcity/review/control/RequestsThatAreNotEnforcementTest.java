package org.welcomingcity.review.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.ordinance.boundary.Ordinance;
import org.welcomingcity.ordinance.boundary.StartedOrdinance;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.FiredRule;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.request.control.RequestDecider;
import org.welcomingcity.request.entity.AskDecision;
import org.welcomingcity.request.entity.Classification;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.Intake;
import org.welcomingcity.request.entity.RequestState;
import org.welcomingcity.review.entity.Fixtures;
import org.welcomingcity.review.entity.WorkflowStep;

/**
 * Requests that are not enforcement (brief section 5): a public-records (FOIA) request is referred
 * to the FOIA officer and leaves the workflow with no review and no refusal letter; a grand-jury
 * subpoena is court process only when a grand jury or a court issued it (a caption, no agency's
 * signer), though no judge signs one; a purpose the agency does not state is treated as civil.
 * Each row is one request on one date, under each city version and at each boundary.
 */
class RequestsThatAreNotEnforcementTest {

    private static final Ordinance ORDINANCE = StartedOrdinance.withShippedPacks();

    @ParameterizedTest(name = "{0}: FOIA request for {1}, {2} custody -> {3} ({4}), {5}")
    @CsvSource(delimiter = '|', textBlock = """
            2012-09-12 | DISCLOSE_STATUS         | CPD    | REFER   | CPD S06-14-03; 5 ILCS 140 | REFERRED
            2017-08-27 | DISCLOSE_CUSTODY_STATUS | CPD    | REFER   | CPD S06-14-03; 5 ILCS 140 | REFERRED
            2017-08-28 | DISCLOSE_CUSTODY_STATUS | CPD    | REFER   | CPD S06-14-03; 5 ILCS 140 | REFERRED
            2021-01-26 | DISCLOSE_RELEASE_DATE   | CPD    | REFER   | CPD S06-14-03; 5 ILCS 140 | REFERRED
            2021-01-27 | DISCLOSE_RELEASE_DATE   | CPD    | REFER   | CPD S06-14-03; 5 ILCS 140 | REFERRED
            2022-06-01 | DISCLOSE_CONTACT_INFO   | CPD    | REFER   | CPD S06-14-03; 5 ILCS 140 | REFERRED
            2022-06-01 | DISCLOSE_STATUS         | NONE   | REFER   | CPD S06-14-03; 5 ILCS 140 | REFERRED
            # A FOIA form does not make a hold, a status question or an agreement anything but what it is.
            # Anything else asked on a FOIA form is reviewed as it is: legal, or declined where the law forbids it.
            2021-08-01 | INQUIRE_STATUS          | CPD    | LEGAL   | MCC 2-173-020(a); CPD S06-14-03 | SUBMITTED
            2021-08-02 | INQUIRE_STATUS          | CPD    | DECLINE | 5 ILCS 805/15(e)                | SUBMITTED
            2013-06-01 | DETAIN                  | CPD    | LEGAL   | MCC 2-173-042 (2012); CPD S06-14-03 | SUBMITTED
            2022-06-01 | ENFORCEMENT_AGREEMENT   | CPD    | DECLINE | MCC 2-173-020(a)(4)             | SUBMITTED
            2022-06-01 | DETAIN                  | CPD    | LEGAL   | MCC 2-173-020(a); CPD S06-14-03 | SUBMITTED
            """)
    void aPublicRecordsRequestIsReferredToTheFoiaOfficer(LocalDate date, RequestedAction ask, Custody custody,
            Outcome outcome, String citation, RequestState state) {
        FederalRequest request = logged(date, DocumentType.FOIA_REQUEST, null, null, false, Set.of(ask),
                Purpose.UNKNOWN, custody);

        AskDecision decision = request.currentDecisions().get(0);
        assertThat(decision.outcome()).as("rules fired: %s", decision.rules()).isEqualTo(outcome);
        assertThat(decision.rules()).filteredOn(rule -> rule.outcome() == outcome).extracting(FiredRule::citation)
                .contains(citation);
        assertThat(request.state()).isEqualTo(state);
        if (state == RequestState.REFERRED) {
            assertThat(request.closedAt()).isEqualTo(Fixtures.MONDAY_NOON);
            assertThat(request.steps()).extracting(step -> step.name() + " " + step.toState())
                    .containsExactly("submit SUBMITTED", "refer REFERRED");
            assertThat(RefusalLetters.refusal(request)).as("no refusal letter").isEmpty();
            assertThat(EnumSet.allOf(WorkflowStep.class)).noneMatch(step -> step.allowedFrom(RequestState.REFERRED));
        }
    }

    @Test
    void aRecordsRequestThatAlsoAsksForAHandOverIsNotReferredButGoesToLegal() {
        FederalRequest request = logged(LocalDate.parse("2022-06-01"), DocumentType.FOIA_REQUEST, null, null, false,
                Set.of(RequestedAction.DISCLOSE_RELEASE_DATE, RequestedAction.TRANSFER_CUSTODY), Purpose.UNKNOWN,
                Custody.CPD);
        assertThat(request.currentDecisions()).extracting(AskDecision::outcome)
                .containsExactlyInAnyOrder(Outcome.REFER, Outcome.LEGAL);
        assertThat(request.outcome()).isEqualTo(Outcome.LEGAL);
        assertThat(request.state()).isEqualTo(RequestState.SUBMITTED);
    }

    @Test
    void aRequestCorrectedIntoAPublicRecordsRequestIsReferredByWhoeverCorrectedIt() {
        FederalRequest request = logged(LocalDate.parse("2022-06-01"), DocumentType.NONE, null, null, false,
                Set.of(RequestedAction.DISCLOSE_CUSTODY_STATUS), Purpose.UNKNOWN, Custody.CPD);
        Fixtures.after(request, WorkflowStep.START_REVIEW);
        request.record(request.intake().reclassified(new Classification(DocumentType.FOIA_REQUEST, null, null, false,
                Set.of(RequestedAction.DISCLOSE_CUSTODY_STATUS), Purpose.UNKNOWN, null, Custody.CPD)),
                request.eventDate());
        RequestDecider.decide(ORDINANCE, request, "sergeant", Fixtures.MONDAY_NOON);
        request.take(WorkflowStep.RECLASSIFY, "sergeant", Fixtures.MONDAY_NOON, null);

        assertThat(request.referIfNoEnforcement("sergeant", Role.SUPERVISOR, Fixtures.MONDAY_NOON)).isTrue();
        assertThat(request.state()).isEqualTo(RequestState.REFERRED);
        assertThat(request.steps().get(request.steps().size() - 1).actor()).isEqualTo("sergeant");
        assertThatThrownBy(() -> request.requireAllowed(WorkflowStep.DECLINE)).isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest(name = "{0}: grand-jury subpoena signed by {1}, caption {2}, {3} -> as {4}: {5} ({6})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # Issued by a grand jury or a court: no judge's signature needed; legal checks it.
            2013-06-01 | Deputy Clerk                      | true  | DISCLOSE_STATUS       | GRAND_JURY_SUBPOENA | LEGAL | MCC 2-173-020, 2-173-030 (2012)
            2021-01-26 | Assistant United States Attorney  | true  | DISCLOSE_STATUS       | GRAND_JURY_SUBPOENA | LEGAL | MCC 2-173-020, 2-173-030 (2012)
            2021-01-27 | Assistant United States Attorney  | true  | DISCLOSE_STATUS       | GRAND_JURY_SUBPOENA | LEGAL | MCC 2-173-030(a)
            2022-06-01 | -                                 | true  | DISCLOSE_RELEASE_DATE | GRAND_JURY_SUBPOENA | LEGAL | MCC 2-173-020(a)(3)
            # Not issued by a grand jury or a court: decided as an unidentified, non-judicial document.
            2022-06-01 | Deputy Clerk                      | false | DISCLOSE_STATUS       | OTHER | DECLINE | MCC 2-173-030(a)(1)
            2022-06-01 | Special Agent, HSI                | true  | DISCLOSE_STATUS       | OTHER | DECLINE | MCC 2-173-030(a)(1)
            2021-01-26 | Special Agent, HSI                | true  | DISCLOSE_STATUS       | OTHER | DECLINE | MCC 2-173-030 (2012)
            """)
    void aGrandJurySubpoenaIsCheckedAsOne(LocalDate date, String signer, boolean caption, RequestedAction ask,
            DocumentType decidedAs, Outcome outcome, String citation) {
        FederalRequest request = logged(date, DocumentType.GRAND_JURY_SUBPOENA, null, signer, caption, Set.of(ask),
                Purpose.CRIMINAL, Custody.CPD);

        AskDecision decision = request.currentDecisions().get(0);
        assertThat(decision.documentType()).isEqualTo(decidedAs);
        assertThat(decision.outcome()).as("rules fired: %s", decision.rules()).isEqualTo(outcome);
        assertThat(decision.rules()).filteredOn(rule -> rule.outcome() == outcome).extracting(FiredRule::citation)
                .contains(citation);
    }

    /** Unknown is treated as civil: every ask comes out as it does for a stated civil purpose, or stricter. */
    @ParameterizedTest(name = "{0}: {1} {2} with an unknown purpose -> {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            2013-06-01 | DETAINER               | DETAIN                | DECLINE    | MCC 2-173-042(a)(3) (2012)
            2021-01-26 | NONE                   | DISCLOSE_RELEASE_DATE | DECLINE    | MCC 2-173-042(b)(1) (2012)
            2021-01-27 | NONE                   | DISCLOSE_RELEASE_DATE | DECLINE    | MCC 2-173-020(a)(3)
            2022-06-01 | NCIC_IMMIGRATION_HIT   | DETAIN                | DECLINE    | MCC 2-173-020(a)(1)(B)
            2022-06-01 | NONE                   | CONFIRM_CIVIL_OR_CRIMINAL | SUPERVISOR | MCC 2-173-020(a)(3)
            """)
    void anUnknownPurposeStaysCivil(LocalDate date, DocumentType document, RequestedAction ask, Outcome outcome,
            String citation) {
        FederalRequest unknown = logged(date, document, null, null, false, Set.of(ask), Purpose.UNKNOWN, Custody.CPD);
        FederalRequest civil = logged(date, document, null, null, false, Set.of(ask), Purpose.CIVIL_IMMIGRATION,
                Custody.CPD);

        AskDecision decision = unknown.currentDecisions().get(0);
        assertThat(decision.outcome()).as("rules fired: %s", decision.rules()).isEqualTo(outcome);
        assertThat(decision.rules()).extracting(FiredRule::citation).contains(citation);
        assertThat(civil.outcome().isMoreRestrictiveThan(unknown.outcome())).isFalse();
    }

    /** Logged as the officer does it: decided, then referred when the law sends it elsewhere. */
    private static FederalRequest logged(LocalDate date, DocumentType type, String form, String signer,
            boolean caption, Set<RequestedAction> asks, Purpose purpose, Custody custody) {
        Intake order = Fixtures.courtOrder();
        Intake intake = order.reclassified(new Classification(type, form, signer, caption, asks, purpose, null, custody));
        OffsetDateTime received = date.atTime(12, 0).atOffset(ZoneOffset.ofHours(-6));
        FederalRequest request = new FederalRequest(intake, received.toLocalDate(), "officer", "District 1", received);
        RequestDecider.decide(ORDINANCE, request, "officer", Fixtures.MONDAY_NOON);
        request.referIfNoEnforcement("officer", Role.OFFICER, Fixtures.MONDAY_NOON);
        return request;
    }
}
