package org.welcomingcity.request.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.problem.NotFoundException;
import org.welcomingcity.request.entity.FederalRequest;

/**
 * Finds a request for a caller and holds them to {@link RequestAccess}'s verdicts. One the
 * caller may not see answers exactly like one that does not exist, so a guessed id reveals
 * nothing. Every refusal is audited in a transaction of its own, kept though the call fails.
 */
@Dependent
public class VisibleRequests {

    /** The audit target of a request: "request:" and its id. */
    public static final String TARGET = "request:";
    static final int SAME_EVENT_SHOWN = 10;

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail trail;

    /** @throws NotFoundException when there is no such request or the caller may not see it (audited) */
    public FederalRequest find(long id, Caller caller) {
        FederalRequest request = em.find(FederalRequest.class, id);
        if (request == null || !RequestAccess.maySee(caller, request)) {
            trail.recordAlone(caller.username(), AuditAction.REQUEST_ACCESS_REFUSED, TARGET + id, AuditOutcome.DENIED, null);
            throw new NotFoundException("No request with id " + id + ".");
        }
        return request;
    }

    /**
     * The other requests logged under the same event number that the caller may see, newest
     * first, at most {@value #SAME_EVENT_SHOWN}. A second request for one event may be lawful (a
     * warrant that follows a detainer) or a typing error; either way the person sees it.
     */
    public List<Long> sameEvent(FederalRequest request, Caller caller) {
        RequestAccess.Clause visible = RequestAccess.visibleTo(caller, "r");
        if (visible.none() || request.intake().eventNumber() == null) {
            return List.of();
        }
        TypedQuery<Long> query = em.createQuery("SELECT r.id FROM FederalRequest r WHERE r.eventNumber = :event"
                + " AND r.id <> :id AND " + visible.jpql() + " ORDER BY r.id DESC", Long.class)
                .setParameter("event", request.intake().eventNumber()).setParameter("id", request.id())
                .setMaxResults(SAME_EVENT_SHOWN);
        visible.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * Lets an allowed caller go on; a refusal is audited under {@code refusedAction}, then thrown.
     *
     * @param step the step refused, for the audit event, or null for another act
     */
    public void require(RequestAccess.Verdict verdict, Caller caller, long id, AuditAction refusedAction, String step) {
        if (!verdict.allowed()) {
            refused(caller, id, refusedAction, step);
            verdict.require();
        }
    }

    /** Audits a refused act on a request: who, which request, which step; never what they sent. */
    public void refused(Caller caller, long id, AuditAction action, String step) {
        AuditDetail detail = step == null ? null : AuditDetail.of("step", step);
        trail.recordAlone(caller.username(), action, TARGET + id, AuditOutcome.DENIED, detail);
    }
}
