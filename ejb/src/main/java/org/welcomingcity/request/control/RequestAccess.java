package org.welcomingcity.request.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.problem.NotFoundException;
import org.welcomingcity.problem.NotPermittedException;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.RequestState;
import org.welcomingcity.review.entity.StepRecord;
import org.welcomingcity.review.entity.WorkflowStep;

/**
 * The one place that decides who may see a request and who may do what with it: a predicate
 * for one request and the matching query clause for lists. Seeing: officers their own,
 * supervisors their unit's, legal the ones that went to legal, auditors all (read-only); to
 * anyone else a request does not exist (404). Acting on a request one sees but may not act on
 * is refused (403). Whether the request's state allows the act is the workflow's business.
 */
public final class RequestAccess {

    private RequestAccess() {
    }

    /** Whether the caller sees the request through any of their roles. */
    public static boolean maySee(Caller caller, FederalRequest request) {
        return caller.roles().stream().anyMatch(role -> seesAs(role, caller, request));
    }

    /** Whether the request is visible to the caller through this one role. */
    static boolean seesAs(Role role, Caller caller, FederalRequest request) {
        return caller.is(role) && switch (role) {
            case OFFICER -> caller.username().equals(request.submittedBy());
            case SUPERVISOR -> caller.unit() != null && caller.unit().equals(request.unit());
            case LEGAL -> request.wentToLegal();
            case AUDITOR -> true;
            case ADMIN -> false;
        };
    }

    /**
     * The requests the caller sees, as a JPQL condition on a {@code FederalRequest} named by
     * {@code alias}: for each role, exactly what {@link #maySee} says of one request.
     */
    public static Clause visibleTo(Caller caller, String alias) {
        List<String> any = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        for (Role role : caller.roles()) {
            switch (role) {
                case OFFICER -> {
                    any.add(alias + ".submittedBy = :viewer");
                    parameters.put("viewer", caller.username());
                }
                case SUPERVISOR -> {
                    if (caller.unit() != null) {
                        any.add(alias + ".unit = :viewerUnit");
                        parameters.put("viewerUnit", caller.unit());
                    }
                }
                case LEGAL -> any.add(alias + ".escalatedAt IS NOT NULL");
                case AUDITOR -> any.add("1 = 1");
                case ADMIN -> { }
            }
        }
        return new Clause(any.isEmpty() ? null : "(" + String.join(" OR ", any) + ")", Map.copyOf(parameters));
    }

    /** May the caller take this workflow step on this request, whatever its state. */
    public static Verdict step(Caller caller, FederalRequest request, WorkflowStep step) {
        if (!maySee(caller, request)) {
            return Verdict.hidden(request);
        }
        Role role = step.role();
        if (!caller.is(role)) {
            return Verdict.refused("Only " + article(role) + " may '" + step.path() + "' a request.");
        }
        if (!seesAs(role, caller, request)) {
            return notThroughThisRole(caller, request, step);
        }
        boolean submitter = submitter(caller, request);
        return switch (role) {
            case SUPERVISOR -> submitter
                    ? Verdict.refused("You submitted this request; another supervisor must review it.")
                    : Verdict.ALLOWED;
            case LEGAL -> legalSignOff(caller, request, submitter);
            default -> Verdict.ALLOWED;
        };
    }

    /**
     * A step is taken only through the role it belongs to, on a request that role sees: what
     * another role lets one read (every request for an auditor, escalated ones for legal) is
     * never a licence to act on it as officer or supervisor.
     */
    private static Verdict notThroughThisRole(Caller caller, FederalRequest request, WorkflowStep step) {
        String seenAs = caller.roles().stream().filter(role -> seesAs(role, caller, request)).map(Role::name)
                .reduce((a, b) -> a + " and " + b).orElseThrow();
        String who = switch (step.role()) {
            case OFFICER -> "Only the officer who submitted this request may '" + step.path() + "' it";
            case SUPERVISOR -> "Only a supervisor of the request's own unit may '" + step.path() + "' it";
            default -> "Legal may '" + step.path() + "' only a request escalated to it";
        };
        return Verdict.refused(who + "; you see it as " + seenAs + ", which does not let you act on it.");
    }

    /**
     * Legal signs off only on a request it had no earlier part in: not the submitter, and nobody
     * who took a supervisor step on it in any round, read from the request's own timeline.
     */
    private static Verdict legalSignOff(Caller caller, FederalRequest request, boolean submitter) {
        if (submitter) {
            return Verdict.refused("You submitted this request as officer; another member of the legal department"
                    + " must sign off.");
        }
        List<String> reviewed = request.steps().stream()
                .filter(s -> s.actorRole() == Role.SUPERVISOR && s.actor().equals(caller.username()))
                .map(StepRecord::name).distinct().toList();
        if (!reviewed.isEmpty()) {
            return Verdict.refused("You reviewed this request as supervisor (" + String.join(", ", reviewed)
                    + "); another member of the legal department must sign off.");
        }
        return Verdict.ALLOWED;
    }

    /**
     * May the caller add a scanned document now: the submitting officer until a supervisor
     * takes the request, a supervisor of its unit while reviewing it.
     */
    public static Verdict attach(Caller caller, FederalRequest request) {
        if (!maySee(caller, request)) {
            return Verdict.hidden(request);
        }
        RequestState state = request.state();
        // A referred request takes the public-records request's scan, for the FOIA officer.
        boolean byOfficer = seesAs(Role.OFFICER, caller, request) && (state == RequestState.SUBMITTED
                || state == RequestState.RETURNED_FOR_CORRECTION || state == RequestState.REFERRED);
        boolean bySupervisor = !submitter(caller, request) && seesAs(Role.SUPERVISOR, caller, request)
                && state == RequestState.UNDER_SUPERVISOR_REVIEW;
        return byOfficer || bySupervisor ? Verdict.ALLOWED : Verdict.refused("Documents are added by the submitting"
                + " officer before review, or by a supervisor of the request's unit while reviewing it.");
    }

    /** May the caller record what happened to the person: the submitting officer or a supervisor of the unit. */
    public static Verdict recordCustody(Caller caller, FederalRequest request) {
        if (!maySee(caller, request)) {
            return Verdict.hidden(request);
        }
        return seesAs(Role.OFFICER, caller, request) || seesAs(Role.SUPERVISOR, caller, request) ? Verdict.ALLOWED
                : Verdict.refused("Only the submitting officer or a supervisor of the unit records what happened to"
                        + " the person.");
    }

    private static boolean submitter(Caller caller, FederalRequest request) {
        return caller.username().equals(request.submittedBy());
    }

    private static String article(Role role) {
        return (role == Role.OFFICER ? "an " : "a ") + role.name();
    }

    /** A JPQL condition with its parameters; none when the caller sees no request at all. */
    public record Clause(String jpql, Map<String, Object> parameters) {

        public boolean none() {
            return jpql == null;
        }
    }

    /** The answer to "may I": allowed, refused (403: the caller sees the request), or hidden (404). */
    public record Verdict(Answer answer, String reason) {

        public enum Answer { ALLOWED, REFUSED, HIDDEN }

        static final Verdict ALLOWED = new Verdict(Answer.ALLOWED, null);

        static Verdict refused(String reason) {
            return new Verdict(Answer.REFUSED, reason);
        }

        static Verdict hidden(FederalRequest request) {
            return new Verdict(Answer.HIDDEN, "No request with id " + request.id() + ".");
        }

        public boolean allowed() {
            return answer == Answer.ALLOWED;
        }

        /**
         * @throws NotFoundException when the caller may not know the request exists
         * @throws NotPermittedException when the caller sees it but may not do this
         */
        public void require() {
            switch (answer) {
                case HIDDEN -> throw new NotFoundException(reason);
                case REFUSED -> throw new NotPermittedException(reason);
                default -> { }
            }
        }
    }
}
