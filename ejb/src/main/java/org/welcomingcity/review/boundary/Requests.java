package org.welcomingcity.review.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.ordinance.boundary.Ordinance;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.problem.NotPermittedException;
import org.welcomingcity.review.control.Caller;
import org.welcomingcity.review.control.CallerLookup;
import org.welcomingcity.review.control.Deadlines;
import org.welcomingcity.review.control.IntakeRules;
import org.welcomingcity.review.control.RequestDecider;
import org.welcomingcity.review.control.RequestAccess;
import org.welcomingcity.review.control.ReviewSettings;
import org.welcomingcity.review.control.VisibleRequests;
import org.welcomingcity.review.control.StepRules;
import org.welcomingcity.review.entity.Disclosure;
import org.welcomingcity.review.entity.FederalRequest;
import org.welcomingcity.review.entity.Intake;
import org.welcomingcity.review.entity.StepInput;
import org.welcomingcity.review.entity.StepRecord;
import org.welcomingcity.review.entity.WorkflowStep;

/**
 * The workflow's use cases: submit, find, list, take a step. Each call is one transaction with
 * its audit event. Requests the caller may not see do not exist for them (404), so an id
 * guessed in a URL tells nothing; a step the caller may not take is 403; a step the state
 * does not allow, or a race lost to someone else, is 409.
 */
@Stateless
@RolesAllowed({Role.Names.OFFICER, Role.Names.SUPERVISOR, Role.Names.LEGAL, Role.Names.AUDITOR})
@DeclareRoles({Role.Names.OFFICER, Role.Names.SUPERVISOR, Role.Names.LEGAL, Role.Names.AUDITOR, Role.Names.ADMIN})
public class Requests {

    static final String TARGET = "request:";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerLookup callers;

    @Inject
    VisibleRequests requests;

    @Inject
    ReviewSettings settings;

    @EJB
    AuditTrail trail;

    @EJB
    Ordinance ordinance;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed(Role.Names.OFFICER)
    public RequestView submit(Intake intake) {
        Caller caller = callers.current();
        OffsetDateTime now = now();
        IntakeRules.check(intake, now.toInstant(), settings.zone());
        FederalRequest request = new FederalRequest(intake, eventDate(intake), caller.username(), caller.unit(), now);
        RequestDecider.decide(ordinance, request, caller.username(), now);
        em.persist(request);
        trail.record("REQUEST_SUBMITTED", TARGET + request.id(), AuditOutcome.SUCCESS,
                "{\"state\":\"" + request.state() + "\",\"outcome\":\"" + request.outcome() + "\"}");
        return RequestViews.view(request, caller, settings.deadlines(), now);
    }

    /** One request with its timeline; every read is audited. */
    public RequestView find(long id) {
        Caller caller = callers.current();
        FederalRequest request = requests.find(id, caller);
        trail.record("REQUEST_READ", TARGET + id, AuditOutcome.SUCCESS, null);
        return RequestViews.view(request, caller, settings.deadlines(), now());
    }

    public RequestPage list(RequestFilter filter) {
        Caller caller = callers.current();
        if (filter.page() < 0 || filter.size() < 1 || filter.size() > RequestFilter.MAX_SIZE) {
            throw new InvalidInputException("size: between 1 and " + RequestFilter.MAX_SIZE + ", page: 0 or more");
        }
        RequestQuery query = new RequestQuery(caller, filter);
        if (query.seesNothing()) {
            return new RequestPage(List.of(), 0, filter.page(), filter.size());
        }
        long total = query.count(em);
        Deadlines deadlines = settings.deadlines();
        OffsetDateTime now = now();
        List<RequestSummary> items = query.page(em).stream()
                .map(request -> RequestViews.summary(request, deadlines, now)).toList();
        return new RequestPage(items, total, filter.page(), filter.size());
    }

    /** Takes one workflow step; the step, its consequences and its audit event commit together. */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.SUPERVISOR, Role.Names.LEGAL})
    public RequestView take(long id, WorkflowStep step, StepInput input) {
        Caller caller = callers.current();
        FederalRequest request = requests.find(id, caller);
        try {
            StepRules.check(caller, request, step, input);
        } catch (NotPermittedException refused) {
            requests.refused(caller, id, "REQUEST_STEP_REFUSED", step.path());
            throw refused;
        }
        OffsetDateTime now = now();
        apply(request, step, input, caller, now);
        StepRecord taken = request.take(step, caller.username(), now, input.reason());
        flushOrConflict();
        trail.record("REQUEST_" + step.name(), TARGET + id, AuditOutcome.SUCCESS,
                "{\"from\":\"" + taken.fromState() + "\",\"to\":\"" + taken.toState() + "\"}");
        return RequestViews.view(request, caller, settings.deadlines(), now);
    }

    private void apply(FederalRequest request, WorkflowStep step, StepInput input, Caller caller, OffsetDateTime now) {
        switch (step) {
            case RECLASSIFY -> {
                Intake corrected = request.intake().reclassified(input.classification());
                IntakeRules.check(corrected, now.toInstant(), settings.zone());
                request.record(corrected, request.eventDate());
                RequestDecider.decide(ordinance, request, caller.username(), now);
            }
            case RESUBMIT -> {
                IntakeRules.check(input.correction(), now.toInstant(), settings.zone());
                request.record(input.correction(), eventDate(input.correction()));
                RequestDecider.decide(ordinance, request, caller.username(), now);
            }
            case APPROVE -> request.approveScope(input.scope(), input.caseNumber());
            case PERMIT -> {
                if (request.intake().documentType().isJudicial()) {
                    request.recordCaseNumber(input.caseNumber().strip());
                }
            }
            case DISCLOSE -> request.disclosed(new Disclosure(request, input.released(), input.recipient(),
                    caller.username(), now));
            default -> { }
        }
    }


    /**
     * Writes now, so that losing a race surfaces here as a plain conflict: the other person's
     * change committed first (a stale version, or a row lock that timed out waiting for them).
     */
    private void flushOrConflict() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (lostRace(e)) {
                throw new ConflictException("Someone else acted on this request at the same moment and was first;"
                        + " reload it to see what they did.");
            }
            throw e;
        }
    }

    private static boolean lostRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && Set.of("HYT00", "40001", "40P01", "55P03").contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private LocalDate eventDate(Intake intake) {
        return intake.receivedAt().atZoneSameInstant(settings.zone()).toLocalDate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The list query: the requests the caller sees, then the filter, built from the clauses that apply. */
    static final class RequestQuery {
        private final RequestAccess.Clause visibility;
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();
        private final RequestFilter filter;

        RequestQuery(Caller caller, RequestFilter filter) {
            this.filter = filter;
            visibility = RequestAccess.visibleTo(caller, "r");
            parameters.putAll(visibility.parameters());
            where("r.state IN :states", "states", filter.states().isEmpty() ? null : filter.states());
            where("r.agency = :agency", "agency", filter.agency());
            where("r.documentType = :documentType", "documentType", filter.documentType());
            where("r.eventDate >= :from", "from", filter.receivedFrom());
            where("r.eventDate <= :to", "to", filter.receivedTo());
        }

        private void where(String clause, String name, Object value) {
            if (value != null) {
                conditions.add(clause);
                parameters.put(name, value);
            }
        }

        boolean seesNothing() {
            return visibility.none();
        }

        long count(EntityManager em) {
            return bind(em.createQuery("SELECT COUNT(r) FROM FederalRequest r" + where(), Long.class)).getSingleResult();
        }

        List<FederalRequest> page(EntityManager em) {
            String order = filter.oldestFirst() ? " ORDER BY r.submittedAt ASC, r.id ASC"
                    : " ORDER BY r.submittedAt DESC, r.id DESC";
            return bind(em.createQuery("SELECT r FROM FederalRequest r" + where() + order, FederalRequest.class))
                    .setFirstResult(filter.page() * filter.size()).setMaxResults(filter.size()).getResultList();
        }

        private String where() {
            List<String> all = new ArrayList<>();
            all.add(visibility.jpql());
            all.addAll(conditions);
            return " WHERE " + String.join(" AND ", all);
        }

        private <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
