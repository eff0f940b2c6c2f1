package org.welcomingcity.request.entity;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a request stands in the workflow. Which steps lead where is {@link WorkflowStep}'s business.
 * REFERRED is no step's work: a request the law refers elsewhere (a public-records request, to the
 * FOIA officer) leaves the workflow as soon as it is logged or corrected, and no step leads on.
 */
public enum RequestState {
    SUBMITTED,
    UNDER_SUPERVISOR_REVIEW,
    RETURNED_FOR_CORRECTION,
    DECLINED,
    PERMITTED,
    ESCALATED_TO_LEGAL,
    LEGAL_APPROVED,
    LEGAL_REFUSED,
    DISCLOSED,
    WITHDRAWN,
    REFERRED,
    CLOSED;

    /** Nothing more can happen to the request. */
    public boolean isFinal() {
        return this == CLOSED || this == WITHDRAWN;
    }

    /** Waiting for a supervisor: these count against the supervisor's deadline. */
    public boolean awaitsSupervisor() {
        return this == SUBMITTED || this == UNDER_SUPERVISOR_REVIEW;
    }

    /**
     * Still before a supervisor's decision: logged, under review, or back with the officer for
     * correction. A referred request is not: the law decided it at once.
     */
    public boolean isBeforeDecision() {
        return awaitsSupervisor() || this == RETURNED_FOR_CORRECTION;
    }

    /** Waiting for legal's sign-off: these count against legal's deadline. */
    public boolean awaitsLegal() {
        return this == ESCALATED_TO_LEGAL;
    }

    /**
     * What is said at the desk, to the agent and to the person, is the law's outcome: until a
     * supervisor has decided, and for public records referred to the FOIA officer. Afterwards the
     * banner follows the review.
     */
    public boolean saysTheLawsOutcome() {
        return awaitsSupervisor() || this == REFERRED;
    }

    /** The states under a deadline: someone must act on the request. */
    public static Set<RequestState> waiting() {
        return where(s -> s.awaitsSupervisor() || s.awaitsLegal());
    }

    /** The states that {@code which} holds for. */
    public static Set<RequestState> where(Predicate<RequestState> which) {
        return Stream.of(values()).filter(which)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RequestState.class)));
    }
}
