package org.welcomingcity.request.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
import org.welcomingcity.review.control.Deadlines.Cutoffs;
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

    @Inject
    Clock clock;

    @RolesAllowed(Role.Names.OFFICER)
    public RequestView submit(Intake intake) {
        Caller caller = callers.current();
        OffsetDateTime now = now();
        IntakeRules.check(intake, now.toInstant(), settings.zone());
        FederalRequest request = new FederalRequest(intake, intake.eventDate(settings.zone()), caller.username(), caller.unit(), now);
        RequestDecider.decide(ordinance, request, caller.username(), now);
        request.referIfNoEnforcement(caller.username(), Role.OFFICER, now);
        em.persist(request);
        RequestView view = RequestViews.view(request, caller, settings.deadlines(), now,
                requests.sameEvent(request, caller));
        trail.record(AuditAction.REQUEST_SUBMITTED, VisibleRequests.TARGET + request.id(), AuditOutcome.SUCCESS,
                AuditDetail.of("state", String.valueOf(request.state()))
                        .and("outcome", String.valueOf(request.outcome())));
        return view;
    }

    /**
     * One request with its timeline; every read is audited. The view is built first: it loads the
     * request's decisions, steps, documents and disclosures, which would otherwise be read while the
     * record holds the chain's head.
     */
    public RequestView find(long id) {
        Caller caller = callers.current();
        FederalRequest request = requests.find(id, caller);
        RequestView view = RequestViews.view(request, caller, settings.deadlines(), now(),
                requests.sameEvent(request, caller));
        trail.recordRead(AuditAction.REQUEST_READ, VisibleRequests.TARGET + id, AuditOutcome.SUCCESS, null);
        return view;
    }

    public RequestPage list(RequestFilter filter) {
        RequestQuery query = query(filter, true);
        if (query == null) {
            return new RequestPage(List.of(), 0, filter.page(), filter.size());
        }
        return new RequestPage(items(query), query.count(em), filter.page(), filter.size());
    }

    /** The filter's page of requests without their total: for a table that counted them already. */
    public List<RequestSummary> items(RequestFilter filter) {
        RequestQuery query = query(filter, true);
        return query == null ? List.of() : items(query);
    }

    private List<RequestSummary> items(RequestQuery query) {
        Deadlines deadlines = settings.deadlines();
        OffsetDateTime now = now();
        return query.page(em).stream().map(request -> RequestViews.summary(request, deadlines, now)).toList();
    }

    /** How many requests the filter lists, without listing them: the counts on the home pages. */
    public long count(RequestFilter filter) {
        RequestQuery query = query(filter, false);
        return query == null ? 0 : query.count(em);
    }

    /**
     * The list query for the caller, or null when they see no request at all; {@code ordered}
     * when it lists rows, whose order may need what is overdue (a count needs it only to filter).
     */
    private RequestQuery query(RequestFilter filter, boolean ordered) {
        Caller caller = callers.current();
        if (filter.page() < 0 || filter.size() < 1 || filter.size() > RequestFilter.MAX_SIZE) {
            throw new InvalidInputException("size", "between 1 and " + RequestFilter.MAX_SIZE + ", page: 0 or more");
        }
        if (filter.text() != null && filter.text().length() > RequestFilter.MAX_TEXT) {
            throw new InvalidInputException("text", "at most " + RequestFilter.MAX_TEXT + " characters");
        }
        if (RequestAccess.visibleTo(caller, "r").none()) {
            return null;
        }
        Cutoffs cutoffs = null;
        List<Long> lateEscalations = List.of();
        if (filter.overdueOnly() || ordered && filter.order().overdueFirst()) {
            cutoffs = settings.deadlines().cutoffs(now());
            lateEscalations = RequestQuery.lateEscalations(em, cutoffs);
        }
        return new RequestQuery(caller, filter, cutoffs, lateEscalations);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
