package org.welcomingcity.review.entity;

import static org.welcomingcity.request.entity.RequestState.*;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.request.entity.RequestState;

/**
 * Every step the workflow knows: who may take it, from which states, and where it leads.
 * This table is the state machine; the server refuses anything it does not list.
 */
public enum WorkflowStep {
    START_REVIEW(Role.SUPERVISOR, EnumSet.of(SUBMITTED), UNDER_SUPERVISOR_REVIEW),
    RECLASSIFY(Role.SUPERVISOR, EnumSet.of(UNDER_SUPERVISOR_REVIEW), UNDER_SUPERVISOR_REVIEW),
    RETURN(Role.SUPERVISOR, EnumSet.of(UNDER_SUPERVISOR_REVIEW), RETURNED_FOR_CORRECTION),
    DECLINE(Role.SUPERVISOR, EnumSet.of(UNDER_SUPERVISOR_REVIEW), DECLINED),
    PERMIT(Role.SUPERVISOR, EnumSet.of(UNDER_SUPERVISOR_REVIEW), PERMITTED),
    ESCALATE(Role.SUPERVISOR, EnumSet.of(UNDER_SUPERVISOR_REVIEW), ESCALATED_TO_LEGAL),
    RESUBMIT(Role.OFFICER, EnumSet.of(RETURNED_FOR_CORRECTION), SUBMITTED),
    WITHDRAW(Role.OFFICER, EnumSet.of(SUBMITTED, RETURNED_FOR_CORRECTION), WITHDRAWN),
    APPROVE(Role.LEGAL, EnumSet.of(ESCALATED_TO_LEGAL), LEGAL_APPROVED),
    REFUSE(Role.LEGAL, EnumSet.of(ESCALATED_TO_LEGAL), LEGAL_REFUSED),
    DISCLOSE(Role.SUPERVISOR, EnumSet.of(LEGAL_APPROVED), DISCLOSED),
    CLOSE(Role.SUPERVISOR, EnumSet.of(DECLINED, PERMITTED, LEGAL_APPROVED, LEGAL_REFUSED, DISCLOSED), CLOSED);

    private final Role role;
    private final Set<RequestState> from;
    private final RequestState to;

    WorkflowStep(Role role, Set<RequestState> from, RequestState to) {
        this.role = role;
        this.from = from;
        this.to = to;
    }

    public Role role() {
        return role;
    }

    public RequestState to() {
        return to;
    }

    public boolean allowedFrom(RequestState state) {
        return from.contains(state);
    }

    public Set<RequestState> from() {
        return EnumSet.copyOf(from);
    }

    /** The step's name in URLs: {@code start-review}, {@code decline}, … */
    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The audit action of taking this step: "REQUEST_" and the step's name. */
    public AuditAction auditAction() {
        return AuditAction.valueOf("REQUEST_" + name());
    }

    public static Optional<WorkflowStep> ofPath(String path) {
        for (WorkflowStep step : values()) {
            if (step.path().equals(path)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
