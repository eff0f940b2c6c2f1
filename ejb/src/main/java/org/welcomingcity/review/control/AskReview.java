package org.welcomingcity.review.control;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.request.entity.Answer;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.review.entity.WorkflowStep;

/**
 * What each step answers for each ask, by the law's outcome for that ask. A supervisor's
 * permit permits only what the law allows and declines the rest; an escalation declines what
 * the law forbids and sends what needs legal to legal; legal approves or refuses ask by ask.
 * Whatever is not answered yes stays not done and not shared.
 */
public final class AskReview {

    /** Asks that release information: legal approves them only with a scope of what may be released. */
    public static final Set<RequestedAction> DISCLOSURES = EnumSet.of(RequestedAction.NOTIFY_RELEASE,
            RequestedAction.DISCLOSE_STATUS, RequestedAction.DISCLOSE_CUSTODY_STATUS,
            RequestedAction.DISCLOSE_RELEASE_DATE, RequestedAction.DISCLOSE_CONTACT_INFO);

    private static final Set<Outcome> SUPERVISOR_MAY_PERMIT = EnumSet.of(Outcome.PERMITTED, Outcome.SUPERVISOR,
            Outcome.NO_ACTION);

    private AskReview() {
    }

    /** Whether a supervisor may permit an ask with this outcome without legal. */
    public static boolean supervisorMayPermit(Outcome outcome) {
        return SUPERVISOR_MAY_PERMIT.contains(outcome);
    }

    /**
     * The answers the step gives, for the asks it answers.
     *
     * @param approved the asks legal approves (for APPROVE; checked by {@link StepRules})
     */
    public static Map<RequestedAction, Answer> answers(WorkflowStep step, FederalRequest request,
            Set<RequestedAction> approved) {
        Map<RequestedAction, Answer> given = new EnumMap<>(RequestedAction.class);
        Map<RequestedAction, Outcome> outcomes = request.outcomes();
        boolean legalAsked = outcomes.containsValue(Outcome.LEGAL);
        request.answers().forEach((ask, answer) -> {
            Outcome outcome = outcomes.get(ask);
            switch (step) {
                case DECLINE -> when(answer == Answer.OPEN, given, ask, Answer.DECLINED);
                case PERMIT -> when(answer == Answer.OPEN, given, ask,
                        supervisorMayPermit(outcome) ? Answer.PERMITTED : Answer.DECLINED);
                case ESCALATE -> when(answer == Answer.OPEN, given, ask, escalated(outcome, legalAsked));
                case APPROVE -> when(answer == Answer.WITH_LEGAL, given, ask,
                        approved.contains(ask) ? Answer.APPROVED : Answer.REFUSED);
                case REFUSE -> when(answer == Answer.WITH_LEGAL, given, ask, Answer.REFUSED);
                default -> { }
            }
        });
        return given;
    }

    /**
     * On escalation: what the law forbids is declined; what needs legal goes to legal; what the
     * law lets the supervisor permit is permitted then, unless nothing needs legal, in which case
     * the supervisor is asking legal about all of it.
     */
    private static Answer escalated(Outcome outcome, boolean legalAsked) {
        if (outcome == Outcome.DECLINE) {
            return Answer.DECLINED;
        }
        if (outcome == Outcome.LEGAL || !legalAsked) {
            return Answer.WITH_LEGAL;
        }
        return Answer.PERMITTED;
    }

    /**
     * The asks legal approves: those named, or, when none are named and only one ask is with
     * legal, that one. Empty when legal must name them.
     */
    public static Set<RequestedAction> approved(FederalRequest request, Set<RequestedAction> named) {
        if (!named.isEmpty()) {
            return EnumSet.copyOf(named);
        }
        Set<RequestedAction> withLegal = withLegal(request);
        return withLegal.size() == 1 ? withLegal : EnumSet.noneOf(RequestedAction.class);
    }

    /** The asks waiting for legal. */
    public static Set<RequestedAction> withLegal(FederalRequest request) {
        return answeredWith(request.answers(), Answer.WITH_LEGAL);
    }

    /** The asks a step would answer with this answer. */
    public static Set<RequestedAction> answeredWith(Map<RequestedAction, Answer> given, Answer answer) {
        Set<RequestedAction> asks = EnumSet.noneOf(RequestedAction.class);
        given.forEach((ask, a) -> {
            if (a == answer) {
                asks.add(ask);
            }
        });
        return asks;
    }

    private static void when(boolean applies, Map<RequestedAction, Answer> given, RequestedAction ask, Answer answer) {
        if (applies) {
            given.put(ask, answer);
        }
    }
}
