package org.welcomingcity.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.welcomingcity.ordinance.boundary.Ordinance;
import org.welcomingcity.ordinance.boundary.StartedOrdinance;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.FiredRule;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.request.control.RequestDecider;
import org.welcomingcity.request.entity.AskDecision;
import org.welcomingcity.request.entity.Classification;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.Intake;
import org.welcomingcity.review.entity.Fixtures;

/**
 * A judicial document must be one: a warrant or order counts as judicial for a request only
 * with a court caption and a judge's or magistrate's signature, and never on a DHS form;
 * otherwise the ask is decided as an unidentified, non-judicial document (legal decides, and
 * nobody is held meanwhile). Each row is one request under one pack, with its outcome and the
 * citation of a deciding rule; the dates are inside each era and on the day before and the day
 * a version starts.
 */
class JudicialDocumentTest {

    private static final Ordinance ORDINANCE = StartedOrdinance.withShippedPacks();

    @ParameterizedTest(name = "{0}: {1} form {2} signed by {3}, caption {4}, {5} {6} -> as {7}: {8} ({9})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # A judge's criminal warrant, with caption and signature: executed after the supervisor's check.
            2013-06-01 | JUDICIAL_WARRANT | -      | United States Magistrate Judge | true  | EXECUTE_WARRANT | CRIMINAL | JUDICIAL_WARRANT | PERMITTED | MCC 2-173-042(a) (2012); CPD S06-12-02
            2021-01-26 | JUDICIAL_WARRANT | -      | Circuit Judge                  | true  | EXECUTE_WARRANT | CRIMINAL | JUDICIAL_WARRANT | PERMITTED | MCC 2-173-042(a) (2012); CPD S06-12-02
            2021-01-27 | JUDICIAL_WARRANT | -      | Circuit Judge                  | true  | EXECUTE_WARRANT | CRIMINAL | JUDICIAL_WARRANT | PERMITTED | MCC 2-173-020(a); CPD S06-12-02
            2022-06-01 | JUDICIAL_WARRANT | -      | United States District Judge   | true  | DETAIN          | CRIMINAL | JUDICIAL_WARRANT | PERMITTED | MCC 2-173-020(a); CPD S06-12-02
            # An I-200 entered as a judicial warrant with a criminal purpose: never permitted, never held on.
            2013-06-01 | JUDICIAL_WARRANT | -      | Supervisory Detention and Deportation Officer | false | EXECUTE_WARRANT | CRIMINAL | OTHER | LEGAL   | MCC 2-173-042(a) (2012)
            2017-08-27 | JUDICIAL_WARRANT | -      | Supervisory Detention and Deportation Officer | false | EXECUTE_WARRANT | CRIMINAL | OTHER | LEGAL   | MCC 2-173-042(a) (2012)
            2017-08-28 | JUDICIAL_WARRANT | -      | Supervisory Detention and Deportation Officer | false | EXECUTE_WARRANT | CRIMINAL | OTHER | LEGAL   | MCC 2-173-042(a) (2012)
            2021-01-26 | JUDICIAL_WARRANT | -      | Supervisory Detention and Deportation Officer | false | EXECUTE_WARRANT | CRIMINAL | OTHER | LEGAL   | MCC 2-173-042(a) (2012)
            2021-01-27 | JUDICIAL_WARRANT | -      | Supervisory Detention and Deportation Officer | false | EXECUTE_WARRANT | CRIMINAL | OTHER | LEGAL   | MCC 2-173-020(a)
            2022-06-01 | JUDICIAL_WARRANT | Form I-200 | Supervisory Detention and Deportation Officer | true  | EXECUTE_WARRANT | CRIMINAL | OTHER | LEGAL   | MCC 2-173-020(a)
            2022-06-01 | JUDICIAL_WARRANT | -      | Supervisory Detention and Deportation Officer | false | DETAIN          | CIVIL_IMMIGRATION | OTHER | DECLINE | MCC 2-173-020(a)(1)(A)
            2013-06-01 | JUDICIAL_WARRANT | -      | Supervisory Detention and Deportation Officer | false | DETAIN          | CIVIL_IMMIGRATION | OTHER | DECLINE | MCC 2-173-042(a)(1) (2012)
            # An immigration judge, an administrative law judge, a judge's title without a caption: not judicial.
            2022-06-01 | JUDICIAL_WARRANT | -      | Immigration Judge              | true  | EXECUTE_WARRANT | CRIMINAL | OTHER | LEGAL   | MCC 2-173-020(a)
            2022-06-01 | COURT_ORDER      | -      | Immigration Judge              | true  | TRANSFER_CUSTODY | CIVIL_IMMIGRATION | OTHER | DECLINE | MCC 2-173-020(a)(5)
            2022-06-01 | COURT_ORDER      | -      | Administrative Law Judge       | true  | DISCLOSE_STATUS | CIVIL_IMMIGRATION | OTHER | DECLINE | MCC 2-173-030(a)(1)
            2022-06-01 | JUDICIAL_WARRANT | -      | United States District Judge   | false | EXECUTE_WARRANT | CRIMINAL | OTHER | LEGAL   | MCC 2-173-020(a)
            2022-06-01 | JUDICIAL_WARRANT | -      | -                              | true  | EXECUTE_WARRANT | CRIMINAL | OTHER | LEGAL   | MCC 2-173-020(a)
            # A court's order with caption and judge: legal checks it before anything is disclosed.
            2022-06-01 | COURT_ORDER      | -      | United States District Judge   | true  | DISCLOSE_STATUS | CRIMINAL | COURT_ORDER | LEGAL | MCC 2-173-030(a)
            2013-06-01 | COURT_ORDER      | -      | Circuit Court Judge            | true  | DISCLOSE_STATUS | CRIMINAL | COURT_ORDER | LEGAL | MCC 2-173-020, 2-173-030 (2012)
            """)
    void theAskIsDecidedOnWhatTheDocumentShows(LocalDate date, DocumentType entered, String form, String signer,
            boolean caption, RequestedAction ask, Purpose purpose, DocumentType decidedAs, Outcome outcome,
            String citation) {
        FederalRequest request = request(date, entered, form, signer, caption, ask, purpose);
        RequestDecider.decide(ORDINANCE, request, "officer", Fixtures.MONDAY_NOON);

        AskDecision decision = request.currentDecisions().get(0);
        assertThat(decision.documentType()).isEqualTo(decidedAs);
        assertThat(decision.outcome()).as("rules fired: %s", decision.rules()).isEqualTo(outcome);
        assertThat(decision.rules()).filteredOn(rule -> rule.outcome() == outcome).extracting(FiredRule::citation)
                .contains(citation);
        if (decidedAs != entered) {
            assertThat(decision.explanation()).startsWith("Entered as " + entered + " but decided as an unidentified,"
                    + " non-judicial document");
        }
    }

    private static FederalRequest request(LocalDate date, DocumentType type, String form, String signer,
            boolean caption, RequestedAction ask, Purpose purpose) {
        Intake order = Fixtures.courtOrder();
        Intake intake = order.reclassified(new Classification(type, form, signer, caption, Set.of(ask), purpose,
                null, order.custody()));
        OffsetDateTime received = date.atTime(12, 0).atOffset(ZoneOffset.ofHours(-6));
        return new FederalRequest(intake, received.toLocalDate(), "officer", "District 1", received);
    }
}
