package org.welcomingcity.request.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.documents.control.DocumentAcceptance;
import org.welcomingcity.request.entity.Attachment;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.RequestState;
import org.welcomingcity.request.entity.ScanRemoval;
import org.welcomingcity.review.entity.StepRecord;

/**
 * Removes the bytes of scans whose request ended (closed, withdrawn, referred) longer ago than
 * {@value DocumentAcceptance#RETENTION_SETTING} says, since a scan of a DHS form carries the
 * person's immigration status. The description stays, marked with the moment the bytes went.
 * Each request is one transaction with its audit event, so a failure leaves the others done.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpiredScans {

    static final Set<RequestState> ENDED = Set.of(RequestState.CLOSED, RequestState.WITHDRAWN, RequestState.REFERRED);
    private static final Logger LOG = Logger.getLogger(ExpiredScans.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    DocumentAcceptance settings;

    @EJB
    AuditTrail trail;

    @Inject
    Clock clock;

    /** Removes every scan past its period, request by request; a request that fails is logged and left for the next run. */
    public ScanRemoval removeAllDue() {
        int days = settings.retentionDays();
        if (days == 0) {
            return new ScanRemoval(0, null, 0, 0);
        }
        OffsetDateTime endedBefore = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minusDays(days);
        ExpiredScans self = session.getBusinessObject(ExpiredScans.class);
        int requests = 0;
        int documents = 0;
        for (long id : due(endedBefore)) {
            try {
                int removed = self.remove(id, endedBefore, days);
                requests += removed > 0 ? 1 : 0;
                documents += removed;
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "The scans of request " + id + " were not removed; the next run tries again", failed);
            }
        }
        return new ScanRemoval(days, endedBefore, requests, documents);
    }

    /** Requests that ended before the moment and still hold a scan. */
    List<Long> due(OffsetDateTime endedBefore) {
        return em.createQuery("SELECT r.id FROM FederalRequest r WHERE r.state IN :ended"
                + " AND EXISTS (SELECT a FROM Attachment a WHERE a.request = r AND a.scanRemovedAt IS NULL)"
                + " AND (SELECT MAX(s.takenAt) FROM StepRecord s WHERE s.request = r) < :endedBefore ORDER BY r.id",
                Long.class).setParameter("ended", ENDED).setParameter("endedBefore", endedBefore).getResultList();
    }

    /**
     * Removes the kept scans of one request in a transaction of its own, checking again under
     * the request's lock that it ended before the moment; returns how many were removed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remove(long requestId, OffsetDateTime endedBefore, int days) {
        FederalRequest request = em.find(FederalRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime ended = request.steps().stream().map(StepRecord::takenAt).max(OffsetDateTime::compareTo)
                .orElse(null);
        if (!ENDED.contains(request.state()) || ended == null || !ended.isBefore(endedBefore)) {
            return 0;
        }
        List<Attachment> kept = request.attachments().stream().filter(a -> a.scanRemovedAt() == null).toList();
        if (kept.isEmpty()) {
            return 0;
        }
        List<Long> ids = kept.stream().map(Attachment::id).toList();
        em.createQuery("DELETE FROM AttachmentContent c WHERE c.attachmentId IN :ids").setParameter("ids", ids)
                .executeUpdate();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        kept.forEach(attachment -> attachment.scanRemoved(now));
        trail.record(AuditAction.SCANS_REMOVED, VisibleRequests.TARGET + requestId, AuditOutcome.SUCCESS,
                AuditDetail.empty().and("attachments", ids).and("retentionDays", days).and("ended", ended.toString()));
        return ids.size();
    }
}
