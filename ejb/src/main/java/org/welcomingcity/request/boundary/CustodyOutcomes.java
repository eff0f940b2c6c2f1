package org.welcomingcity.request.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.problem.NotFoundException;
import org.welcomingcity.request.control.Caller;
import org.welcomingcity.request.control.CallerLookup;
import org.welcomingcity.request.control.CustodyRules;
import org.welcomingcity.request.control.RequestAccess;
import org.welcomingcity.request.control.VisibleRequests;
import org.welcomingcity.request.entity.CustodyEntry;
import org.welcomingcity.request.entity.CustodyOutcome;
import org.welcomingcity.request.entity.FederalRequest;

/**
 * Records what happened to the person after a request (released, transferred, still in
 * custody; bail posted), for the city and state reports. The submitting officer or a
 * supervisor of the unit records it; it is one transaction with its audit event.
 */
@Stateless
@RolesAllowed({Role.Names.OFFICER, Role.Names.SUPERVISOR, Role.Names.LEGAL, Role.Names.AUDITOR})
public class CustodyOutcomes {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerLookup callers;

    @Inject
    VisibleRequests requests;

    @EJB
    AuditTrail trail;

    @RolesAllowed({Role.Names.OFFICER, Role.Names.SUPERVISOR})
    public CustodyOutcomeView record(long id, CustodyEntry entry) {
        Caller caller = callers.current();
        FederalRequest request = requests.find(id, caller);
        requests.require(RequestAccess.recordCustody(caller, request), caller, id, AuditAction.CUSTODY_OUTCOME_REFUSED, null);
        if (request.intake().custody() == Custody.NONE) {
            throw new ConflictException("The request says the person was not in custody; reclassify it first.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        CustodyRules.check(entry, request.intake().receivedAt(), now.toInstant());
        CustodyOutcome outcome = em.find(CustodyOutcome.class, id);
        boolean corrected = outcome != null;
        if (outcome == null) {
            outcome = new CustodyOutcome(id);
            em.persist(outcome);
        }
        outcome.record(entry, caller.username(), now);
        em.flush();
        trail.record(corrected ? AuditAction.CUSTODY_OUTCOME_CORRECTED : AuditAction.CUSTODY_OUTCOME_RECORDED,
                VisibleRequests.TARGET + id, AuditOutcome.SUCCESS,
                AuditDetail.of("disposition", String.valueOf(entry.disposition()))
                        .and("bailPosted", entry.bailPostedAt() != null));
        return CustodyOutcomeView.of(outcome);
    }

    /** What was recorded, for anyone who may see the request; the read is audited like the request's. */
    public CustodyOutcomeView find(long id) {
        requests.find(id, callers.current());
        CustodyOutcome outcome = em.find(CustodyOutcome.class, id);
        if (outcome == null) {
            throw new NotFoundException("Nothing is recorded yet about what happened to the person.");
        }
        trail.recordRead(AuditAction.CUSTODY_OUTCOME_READ, VisibleRequests.TARGET + id, AuditOutcome.SUCCESS, null);
        return CustodyOutcomeView.of(outcome);
    }
}
