package org.welcomingcity.request.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.ordinance.boundary.Ordinance;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.request.control.Caller;
import org.welcomingcity.request.control.CallerLookup;
import org.welcomingcity.request.control.IntakeRules;
import org.welcomingcity.request.control.RequestAccess;
import org.welcomingcity.request.control.RequestDecider;
import org.welcomingcity.request.control.VisibleRequests;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.Intake;
import org.welcomingcity.review.control.Deadlines;
import org.welcomingcity.review.control.ReviewSettings;

/**
 * A request's own use cases: log it, find it, list them. Each call is one transaction with its
 * audit event. Requests the caller may not see do not exist for them (404), so an id guessed in
 * a URL tells nothing. The steps of its review are {@link org.welcomingcity.review.boundary.RequestSteps}.
 */
@Stateless
@RolesAllowed({Role.Names.OFFICER, Role.Names.SUPERVISOR, Role.Names.LEGAL, Role.Names.AUDITOR})
@DeclareRoles({Role.Names.OFFICER, Role.Names.SUPERVISOR, Role.Names.LEGAL, Role.Names.AUDITOR, Role.Names.ADMIN})
public class Requests {

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
        FederalRequest request = new FederalRequest(intake, intake.eventDate(settings.zone()), caller.username(), caller.unit(), now);
        RequestDecider.decide(ordinance, request, caller.username(), now);
        request.referIfNoEnforcement(caller.username(), Role.OFFICER, now);
        em.persist(request);
        List<Long> sameEvent = requests.sameEvent(request, caller);
        trail.record(AuditAction.REQUEST_SUBMITTED, VisibleRequests.TARGET + request.id(), AuditOutcome.SUCCESS,
                AuditDetail.of("state", String.valueOf(request.state()))
                        .and("outcome", String.valueOf(request.outcome())));
        return RequestViews.view(request, caller, settings.deadlines(), now, sameEvent);
    }

    /** One request with its timeline; every read is audited. */
    public RequestView find(long id) {
        Caller caller = callers.current();
        FederalRequest request = requests.find(id, caller);
        List<Long> sameEvent = requests.sameEvent(request, caller);
        trail.record(AuditAction.REQUEST_READ, VisibleRequests.TARGET + id, AuditOutcome.SUCCESS, null);
        return RequestViews.view(request, caller, settings.deadlines(), now(), sameEvent);
    }

    public RequestPage list(RequestFilter filter) {
        Caller caller = callers.current();
        if (filter.page() < 0 || filter.size() < 1 || filter.size() > RequestFilter.MAX_SIZE) {
            throw new InvalidInputException("size", "between 1 and " + RequestFilter.MAX_SIZE + ", page: 0 or more");
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
