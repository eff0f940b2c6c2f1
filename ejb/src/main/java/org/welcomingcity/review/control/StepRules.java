package org.welcomingcity.review.control;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.problem.FieldRules;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.problem.NotPermittedException;
import org.welcomingcity.problem.RequiredCheck;
import org.welcomingcity.request.control.Caller;
import org.welcomingcity.request.control.RequestAccess;
import org.welcomingcity.request.entity.Answer;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.review.entity.DisclosureItem;
import org.welcomingcity.review.entity.StepInput;
import org.welcomingcity.review.entity.WorkflowStep;

/**
 * What each step needs, checked in the order a person can act on: may you (403, as
 * {@link RequestAccess} decides), may it happen now (409), is what you gave complete (400).
 */
public final class StepRules {

    private StepRules() {
    }

    public static void check(Caller caller, FederalRequest request, WorkflowStep step, StepInput input) {
        RequestAccess.step(caller, request, step).require();
        if (input.version() != null && input.version() != request.version()) {
            throw new ConflictException("This request changed since you opened it (it is now " + request.state()
                    + "); reload it to see what was done.");
        }
        request.requireAllowed(step);
        switch (step) {
            case RETURN, DECLINE, REFUSE -> reason(input, true);
            case PERMIT -> permittable(request, input);
            case ESCALATE -> escalatable(request, input);
            case APPROVE -> approvable(request, input);
            case DISCLOSE -> withinScope(request, input);
            case RECLASSIFY -> required(input.classification(), "classification");
            case RESUBMIT -> required(input.correction(), "correction");
            default -> { }
        }
        reason(input, false); // every step's note is stored: none may state a person's status
    }

    /**
     * A permit permits the asks the law lets a supervisor permit and declines the others: at least
     * one must be permittable, and declining any needs a written reason.
     */
    private static void permittable(FederalRequest request, StepInput input) {
        Map<RequestedAction, Answer> given = AskReview.answers(WorkflowStep.PERMIT, request, Set.of());
        if (AskReview.answeredWith(given, Answer.PERMITTED).isEmpty()) {
            Outcome outcome = request.outcome();
            throw new ConflictException("The law does not allow permitting this request: the decision is " + outcome
                    + ". " + (outcome == Outcome.DECLINE ? "Decline it with a reason." : "Escalate it to legal."));
        }
        declinesNeedAReason(given, Answer.DECLINED, input);
        // What is permitted on a court's paper needs the same look at the paper as legal's approval.
        if (request.intake().anyJudicial()) {
            judicialChecked(request, input);
        }
    }

    /**
     * An escalation sends what needs legal to legal, declines what the law forbids (with a
     * reason) and permits the rest (on a court's paper, with the checklist and case number).
     */
    private static void escalatable(FederalRequest request, StepInput input) {
        Map<RequestedAction, Answer> given = AskReview.answers(WorkflowStep.ESCALATE, request, Set.of());
        if (AskReview.answeredWith(given, Answer.WITH_LEGAL).isEmpty()) {
            throw new ConflictException("Nothing in this request can go to legal: the law forbids every ask."
                    + " Decline it with a reason.");
        }
        declinesNeedAReason(given, Answer.DECLINED, input);
        if (!AskReview.answeredWith(given, Answer.PERMITTED).isEmpty() && request.intake().anyJudicial()) {
            judicialChecked(request, input);
        }
    }

    private static void declinesNeedAReason(Map<RequestedAction, Answer> given, Answer no, StepInput input) {
        Set<RequestedAction> refused = AskReview.answeredWith(given, no);
        if (!refused.isEmpty() && !RequiredCheck.given(input.reason())) {
            throw new InvalidInputException("reason", "required: " + refused + " will be " + no.name().toLowerCase(
                    java.util.Locale.ROOT) + "; write why, in words the agency and an auditor will read");
        }
    }

    /**
     * Legal approves the asks it names (or the only one it has) and refuses the others it has;
     * refusing any needs a reason. What releases information needs a scope; nothing else has one.
     */
    private static void approvable(FederalRequest request, StepInput input) {
        boolean judicial = request.intake().anyJudicial();
        boolean consent = request.intake().consent() != Consent.NONE;
        if (!judicial && !consent) {
            throw new ConflictException("Legal can approve a release only on a court order, a judicial warrant or"
                    + " written consent; this request has none of them: refuse it.");
        }
        Set<RequestedAction> withLegal = AskReview.withLegal(request);
        Set<RequestedAction> approved = AskReview.approved(request, input.asks());
        if (approved.isEmpty()) {
            throw new InvalidInputException("asks", "name the asks legal approves (with legal: " + withLegal
                    + "); the others are refused");
        }
        Set<RequestedAction> notWithLegal = EnumSet.copyOf(approved);
        notWithLegal.removeAll(withLegal);
        if (!notWithLegal.isEmpty()) {
            throw new InvalidInputException("asks", notWithLegal + " " + (notWithLegal.size() == 1 ? "is" : "are")
                    + " not with legal (with legal: " + withLegal + ")");
        }
        declinesNeedAReason(AskReview.answers(WorkflowStep.APPROVE, request, approved), Answer.REFUSED, input);
        boolean discloses = approved.stream().anyMatch(AskReview.DISCLOSURES::contains);
        if (discloses && input.scope().isEmpty()) {
            throw new InvalidInputException("scope", "name at least one item that may be released");
        }
        if (!discloses && !input.scope().isEmpty()) {
            throw new InvalidInputException("scope", "the approved asks " + approved + " release no information;"
                    + " leave the scope empty");
        }
        if (judicial) {
            judicialChecked(request, input);
            return;
        }
        if (!input.checklist().consentConfirmed()) {
            throw new InvalidInputException("checklist", "confirm that the consent is valid and signed by the right person");
        }
        Set<RequestedAction> beyondStatus = EnumSet.copyOf(approved);
        beyondStatus.remove(RequestedAction.DISCLOSE_STATUS);
        if (!beyondStatus.isEmpty()) {
            throw new InvalidInputException("asks", "written consent unlocks only the person's status information,"
                    + " never " + beyondStatus);
        }
        Set<DisclosureItem> beyondConsent = input.scope().stream().filter(item -> !item.unlockedByConsent())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DisclosureItem.class)));
        if (!beyondConsent.isEmpty()) {
            throw new InvalidInputException("scope", "written consent unlocks only " + DisclosureItem.INFORMATION_COVERED_BY_CONSENT
                    + ", never " + beyondConsent);
        }
    }

    private static void judicialChecked(FederalRequest request, StepInput input) {
        if (!request.intake().judgeSignatureAsked()) {
            if (!input.checklist().grandJurySubpoenaConfirmed()) {
                throw new InvalidInputException("checklist", "confirm that a grand jury or a court issued the subpoena,"
                        + " that it shows a case number and states what it requires (no judge signs a grand-jury subpoena)");
            }
        } else if (!input.checklist().judicialConfirmed()) {
            throw new InvalidInputException("checklist", "confirm that the document was issued by a court, is signed"
                    + " by a judge, shows a case number and states what it requires");
        }
        given(input, "caseNumber", input.caseNumber(), StepInput.CASE_NUMBER_ASKED);
    }

    private static void withinScope(FederalRequest request, StepInput input) {
        if (input.released().isEmpty()) {
            throw new InvalidInputException("released", "name the items released");
        }
        given(input, "recipient", input.recipient(), StepInput.RECIPIENT_ASKED);
        Set<DisclosureItem> outside = EnumSet.copyOf(input.released());
        outside.removeAll(request.scope());
        if (!outside.isEmpty()) {
            throw new NotPermittedException("Outside the scope legal approved: " + outside + " (approved: "
                    + request.scope() + "). Nothing was recorded.");
        }
    }

    private static void reason(StepInput input, boolean required) {
        if (required && !RequiredCheck.given(input.reason())) {
            throw new InvalidInputException("reason", "required; write why, in words the agency and an auditor will read");
        }
        fieldRules(input, "reason");
    }

    /** A field this step needs: given, and as its declaration on {@link StepInput} says. */
    private static void given(StepInput input, String field, String value, String asked) {
        if (!RequiredCheck.given(value)) {
            throw new InvalidInputException(field, asked);
        }
        fieldRules(input, field);
    }

    private static void fieldRules(StepInput input, String field) {
        FieldRules.problem(input, field).ifPresent(problem -> {
            throw new InvalidInputException(List.of(problem));
        });
    }

    private static void required(Object value, String field) {
        if (!RequiredCheck.given(value)) {
            throw new InvalidInputException(field, "required for this step");
        }
    }
}
