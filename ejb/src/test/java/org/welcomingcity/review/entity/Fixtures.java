package org.welcomingcity.review.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

    /** Takes the steps in order, each by someone allowed to. */
    public static FederalRequest after(FederalRequest request, WorkflowStep... steps) {
        for (WorkflowStep step : steps) {
            String actor = switch (step.role()) {
                case OFFICER -> request.submittedBy();
                case LEGAL -> "lawyer";
                default -> "sergeant";
            };
            if (step == WorkflowStep.APPROVE) {
                request.approveScope(Set.of(DisclosureItem.CUSTODY_STATUS), "1:26-cr-1");
            }
            request.take(step, actor, MONDAY_NOON, "because");
        }
        return request;
    }
}
