package org.welcomingcity.request.entity;


/** Where a request stands in the workflow. Which steps lead where is {@link WorkflowStep}'s business. */
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
    CLOSED;

    /** Nothing more can happen to the request. */
    public boolean isFinal() {
        return this == CLOSED || this == WITHDRAWN;
    }

    /** Waiting for a supervisor: these count against the supervisor's deadline. */
    public boolean awaitsSupervisor() {
        return this == SUBMITTED || this == UNDER_SUPERVISOR_REVIEW;
    }
}
