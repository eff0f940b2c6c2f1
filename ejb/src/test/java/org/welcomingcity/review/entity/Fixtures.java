package org.welcomingcity.review.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.Decision;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.request.entity.Agency;
import org.welcomingcity.request.entity.AskDecision;
import org.welcomingcity.request.entity.Channel;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.IdentityCheck;
import org.welcomingcity.request.entity.Intake;
import org.welcomingcity.review.control.AskReview;

/** Requests for unit tests, in any state, without a database. */
public final class Fixtures {

    public static final OffsetDateTime MONDAY_NOON = OffsetDateTime.of(2026, 11, 23, 18, 0, 0, 0, ZoneOffset.UTC);

    private Fixtures() {
    }

    public static Intake courtOrder() {
        return new Intake("E-1", "OEMC-1", MONDAY_NOON, Agency.ICE, "HSI", "Agent Reyes", "HSI-1", "312-555-0100",
                IdentityCheck.CALLBACK_INDEPENDENT_NUMBER, Channel.IN_PERSON, DocumentType.COURT_ORDER, null,
                "United States District Judge", true, "IR 2041187", Custody.CPD,
                Set.of(RequestedAction.DISCLOSE_CUSTODY_STATUS), Purpose.CRIMINAL, null, Consent.NONE, null, null, null,
                null, null);
    }

    public static Intake withConsent() {
        Intake order = courtOrder();
        return new Intake("E-2", "OEMC-2", MONDAY_NOON, Agency.ICE, "ERO", "Agent Reyes", null, "312-555-0100",
                IdentityCheck.CALLBACK_INDEPENDENT_NUMBER, Channel.IN_PERSON, DocumentType.NONE, null, null, false,
                order.subjectReference(), Custody.CPD, Set.of(RequestedAction.DISCLOSE_STATUS), Purpose.UNKNOWN, null,
                Consent.SUBJECT_WRITTEN, "The subject", "self", LocalDate.of(2026, 11, 23), "Spanish", "J. Ortiz");
    }

    /** A submitted request whose one decision has the given outcome. */
    public static FederalRequest submitted(Intake intake, String officer, Outcome outcome) {
        FederalRequest request = new FederalRequest(intake, intake.receivedAt().toLocalDate(), officer, "District 1",
                MONDAY_NOON);
        RequestedAction ask = intake.asks().iterator().next();
        Decision decision = new Decision(new Facts(request.eventDate(), intake.documentType(), ask, intake.purpose()),
                outcome, List.of(), List.of(), "test");
        request.decide(List.of(new AskDecision(request, 1, decision, officer, MONDAY_NOON)));
        return request;
    }

    /** A submitted request with one decision per ask, each with the outcome given for it. */
    public static FederalRequest submitted(Intake intake, Map<RequestedAction, Outcome> outcomes) {
        FederalRequest request = new FederalRequest(intake, intake.receivedAt().toLocalDate(), "officer", "District 1",
                MONDAY_NOON);
        request.decide(outcomes.entrySet().stream().map(e -> new AskDecision(request, 1, new Decision(new Facts(
                request.eventDate(), intake.documentType(), e.getKey(), intake.purpose()), e.getValue(), List.of(),
                List.of(), "test"), "officer", MONDAY_NOON)).toList());
        return request;
    }

    /** A judicial warrant for a criminal case that also asks for the release date and a notice of release. */
    public static Intake warrantWithAddOns(Set<RequestedAction> asks) {
        return new Intake("E-3", "OEMC-3", MONDAY_NOON, Agency.ICE, "HSI", "Agent Reyes", "HSI-1", "312-555-0100",
                IdentityCheck.CALLBACK_INDEPENDENT_NUMBER, Channel.IN_PERSON, DocumentType.JUDICIAL_WARRANT, null,
                "United States Magistrate Judge", true, "IR 2041187", Custody.CPD, asks, Purpose.CRIMINAL, null,
                Consent.NONE, null, null, null, null, null);
    }

    /** Takes the steps in order, each by someone allowed to, answering the asks as the boundary does. */
    public static FederalRequest after(FederalRequest request, WorkflowStep... steps) {
        for (WorkflowStep step : steps) {
            String actor = switch (step.role()) {
                case OFFICER -> request.submittedBy();
                case LEGAL -> "lawyer";
                default -> "sergeant";
            };
            request.requireAllowed(step);
            if (step == WorkflowStep.APPROVE) {
                request.approveScope(Set.of(DisclosureItem.CUSTODY_STATUS), "1:26-cr-1");
            }
            request.answer(AskReview.answers(step, request, AskReview.approved(request, Set.of())));
            request.take(step, actor, MONDAY_NOON, "because");
        }
        return request;
    }
}
