package org.welcomingcity.request.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.welcomingcity.ordinance.entity.RequestedAction.DETAIN;
import static org.welcomingcity.ordinance.entity.RequestedAction.DISCLOSE_RELEASE_DATE;
import static org.welcomingcity.ordinance.entity.RequestedAction.EXECUTE_WARRANT;
import static org.welcomingcity.ordinance.entity.RequestedAction.NOTIFY_RELEASE;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.welcomingcity.ordinance.boundary.Ordinance;
import org.welcomingcity.ordinance.boundary.StartedOrdinance;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.request.entity.AskDecision;
import org.welcomingcity.request.entity.DocumentClassification;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.Intake;
import org.welcomingcity.review.entity.Fixtures;

/**
 * A detainer that arrives with a judge's warrant is one request with two documents: every ask is
 * decided on each, and rests on the document that supports it. The warrant's arrest goes through
 * (brief rule 19); the detainer adds nothing the warrant does not already allow (TRUST 15(a)).
 */
class SeveralDocumentsTest {

    private static final Ordinance ORDINANCE = StartedOrdinance.withShippedPacks();
    private static final Instant NOW = Fixtures.MONDAY_NOON.toInstant().plusSeconds(600);
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final DocumentClassification DETAINER = new DocumentClassification(DocumentType.DETAINER, "I-247A",
            "Supervisory Detention and Deportation Officer", false);

    @Test
    void everyAskIsDecidedOnEveryDocumentAndRestsOnTheOneThatSupportsIt() {
        FederalRequest request = decided(warrantWith(List.of(DETAINER), Set.of(EXECUTE_WARRANT, DETAIN,
                DISCLOSE_RELEASE_DATE, NOTIFY_RELEASE)));

        assertThat(request.currentDecisions()).hasSize(8).extracting(AskDecision::documentType)
                .containsOnly(DocumentType.JUDICIAL_WARRANT, DocumentType.DETAINER);
        assertThat(request.currentDecisions()).filteredOn(d -> d.documentType() == DocumentType.DETAINER)
                .extracting(AskDecision::outcome).as("the detainer alone allows nothing").containsOnly(Outcome.DECLINE);
        assertThat(request.outcomes()).containsExactlyInAnyOrderEntriesOf(Map.of(EXECUTE_WARRANT, Outcome.PERMITTED,
                DETAIN, Outcome.PERMITTED, DISCLOSE_RELEASE_DATE, Outcome.LEGAL, NOTIFY_RELEASE, Outcome.LEGAL));
        assertThat(request.outcome()).isEqualTo(Outcome.LEGAL);
    }

    @Test
    void aDetainerAloneStaysDeclinedAndAFurtherPaperCalledJudicialWithoutACourtIsNotOne() {
        DocumentClassification fakeWarrant = new DocumentClassification(DocumentType.JUDICIAL_WARRANT, null,
                "Deportation Officer", false);
        Intake detainerFirst = new Intake("E-4", "OEMC-4", Fixtures.MONDAY_NOON, Fixtures.courtOrder().agency(), "ERO",
                "Officer Lee", null, "fax", Fixtures.courtOrder().identityCheck(), Fixtures.courtOrder().channel(),
                DocumentType.DETAINER, "I-247A", "SDDO", false, "IR 2041187", Fixtures.courtOrder().custody(),
                Set.of(DETAIN), Fixtures.courtOrder().purpose(), null, null, null, null, null, null, null,
                List.of(fakeWarrant));
        FederalRequest request = decided(detainerFirst);
        assertThat(request.currentDecisions()).extracting(AskDecision::documentType)
                .containsExactly(DocumentType.DETAINER, DocumentType.OTHER);
        assertThat(request.currentDecisions().get(1).explanation()).contains("no court caption");
        assertThat(request.outcomes()).containsEntry(DETAIN, Outcome.LEGAL);
    }

    @Test
    void eachFurtherDocumentIsCheckedAsTheFirstOneIs() {
        DocumentClassification untyped = new DocumentClassification(null, "x".repeat(40), null, false);
        DocumentClassification dhsAsCourt = new DocumentClassification(DocumentType.COURT_ORDER, "I-200", null, true);
        assertThatThrownBy(() -> IntakeRules.check(warrantWith(List.of(untyped, dhsAsCourt), Set.of(DETAIN)), NOW,
                CHICAGO)).isInstanceOf(InvalidInputException.class).hasMessageContainingAll(
                "documents[0].documentType: required", "documents[0].formNumber: at most 32 characters",
                "documents[1].documentType: form I-200 is a DHS form");
        assertThatThrownBy(() -> IntakeRules.check(warrantWith(Collections.nCopies(6, DETAINER), Set.of(DETAIN)), NOW,
                CHICAGO)).hasMessageContaining("documents: at most 5 further documents");
        assertThatCode(() -> IntakeRules.check(warrantWith(List.of(DETAINER), Set.of(DETAIN)), NOW, CHICAGO))
                .doesNotThrowAnyException();
    }

    private static Intake warrantWith(List<DocumentClassification> further, Set<RequestedAction> asks) {
        Intake warrant = Fixtures.warrantWithAddOns(asks);
        return new Intake(warrant.eventNumber(), warrant.oemcNumber(), warrant.receivedAt(), warrant.agency(),
                warrant.agencyComponent(), warrant.agentName(), warrant.agentBadge(), warrant.agentContact(),
                warrant.identityCheck(), warrant.channel(), warrant.documentType(), warrant.formNumber(),
                warrant.signerTitle(), warrant.courtCaption(), warrant.subjectReference(), warrant.custody(), asks,
                warrant.purpose(), null, warrant.consent(), null, null, null, null, null, further);
    }

    private static FederalRequest decided(Intake intake) {
        FederalRequest request = new FederalRequest(intake, intake.receivedAt().toLocalDate(), "officer", "District 1",
                Fixtures.MONDAY_NOON);
        RequestDecider.decide(ORDINANCE, request, "officer", Fixtures.MONDAY_NOON);
        return request;
    }
}
