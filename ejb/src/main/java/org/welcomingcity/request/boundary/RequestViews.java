package org.welcomingcity.request.boundary;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.request.control.Caller;
import org.welcomingcity.request.control.RequestAccess;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.review.control.AskReview;
import org.welcomingcity.review.control.Deadlines;
import org.welcomingcity.review.control.RefusalLetters;
import org.welcomingcity.review.entity.WorkflowStep;

/** Turns requests into what callers see. */
public final class RequestViews {

    private RequestViews() {
    }

    static RequestSummary summary(ListedRequest r, Deadlines deadlines, OffsetDateTime now) {
        Optional<OffsetDateTime> due = deadlines.due(r.state(), r.submittedAt(), r.escalatedAt());
        return new RequestSummary(r.id(), FederalRequest.reference(r.id(), r.submittedAt()), r.state(), r.outcome(),
                r.agency(), r.documentType(), r.eventNumber(), r.submittedBy(), r.unit(), r.receivedAt(),
                r.submittedAt(), due.orElse(null), Deadlines.overdue(due, now));
    }

    /**
     * @param sameEvent the other requests of the same event number the caller may see
     */
    public static RequestView view(FederalRequest r, Caller caller, Deadlines deadlines, OffsetDateTime now,
            List<Long> sameEvent) {
        return new RequestView(r.id(), r.reference(), r.state(), r.version(), r.outcome(), answers(r), r.intake(),
                r.submittedBy(),
                r.unit(), r.submittedAt(), r.supervisor(), r.legalSigner(), r.caseNumber(), r.reason(), r.scope(),
                deadlines.due(r).orElse(null), deadlines.overdue(r, now),
                r.decisions().stream().map(d -> new RequestView.DecisionView(d.round(), d.action().name(),
                        d.documentType().name(), d.outcome(),
                        d.packs(), d.rules().stream().map(rule -> new RequestView.RuleView(rule.id(), rule.pack(),
                                rule.citation(), rule.outcome())).toList(), d.explanation(), d.decidedAt(),
                        d.decidedBy())).toList(),
                r.steps().stream().map(s -> new RequestView.StepView(s.name(), s.fromState(), s.toState(), s.actor(),
                        s.actorRole().name(), s.takenAt(), s.note())).toList(),
                r.disclosures().stream().map(d -> new RequestView.DisclosureView(d.items(), d.recipient(),
                        d.disclosedAt(), d.disclosedBy(), d.approvedBy())).toList(),
                r.attachments().stream().map(a -> new RequestView.AttachmentView(a.id(), a.fileName(), a.mediaType(),
                        a.sizeBytes(), a.sha256(), a.uploadedBy(), a.uploadedAt(), a.scanRemovedAt())).toList(),
                nextSteps(r, caller), letterAvailable(r), RequestAccess.attach(caller, r).allowed(),
                mayRecordCustody(r, caller), List.copyOf(sameEvent), r.consentFormVersion());
    }

    static List<RequestView.AnswerView> answers(FederalRequest r) {
        Map<RequestedAction, Outcome> outcomes = r.outcomes();
        return r.answers().entrySet().stream().map(e -> new RequestView.AnswerView(e.getKey().name(),
                outcomes.get(e.getKey()), e.getValue(), AskReview.DISCLOSURES.contains(e.getKey()))).toList();
    }

    /** The steps this caller could take now, so that pages offer only those. */
    static List<String> nextSteps(FederalRequest r, Caller caller) {
        return Arrays.stream(WorkflowStep.values()).filter(r::allows)
                .filter(step -> RequestAccess.step(caller, r, step).allowed()).map(WorkflowStep::path).toList();
    }

    /** Recording is offered only when the request says the person was in custody. */
    static boolean mayRecordCustody(FederalRequest r, Caller caller) {
        return r.intake().custody() != Custody.NONE && RequestAccess.recordCustody(caller, r).allowed();
    }

    /** A refusal letter exists once a supervisor declined or legal refused an ask. */
    static boolean letterAvailable(FederalRequest r) {
        return RefusalLetters.refusal(r).isPresent();
    }
}
