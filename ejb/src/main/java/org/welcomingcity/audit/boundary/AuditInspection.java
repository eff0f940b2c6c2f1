package org.welcomingcity.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.welcomingcity.audit.control.AuditRetention;
import org.welcomingcity.audit.control.ChainVerification;
import org.welcomingcity.audit.entity.AuditEvent;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.audit.entity.AuditReview;
import org.welcomingcity.audit.entity.ChainReport;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.audit.entity.AuditColumns;

/**
 * What auditors (and city IT, for verification and search) do with the trail. Each of these
 * reads is itself recorded: looking at the audit trail leaves a trace in it.
 */
@Stateless
@RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMIN})
public class AuditInspection {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @EJB
    ChainVerification chain;

    @Resource
    SessionContext session;

    @EJB
    AuditTrail trail;

    @EJB
    AuditRetention retention;

    /** Walks the whole chain; the verification is recorded after the walk, so it does not count itself. */
    public ChainReport verify() {
        ChainReport report = chain.verify();
        AuditDetail detail = AuditDetail.of("intact", report.intact()).and("events", report.events());
        if (!report.intact()) {
            detail.and("firstBadSequence", report.firstBadSequence());
        }
        trail.record(AuditAction.AUDIT_VERIFIED, null, report.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED,
                detail);
        return report;
    }

    public AuditPage search(@NotNull @Valid AuditQuery query) {
        Map<String, Object> parameters = new TreeMap<>();
        String where = where(query, parameters);
        TypedQuery<AuditEvent> select = em.createQuery(
                "SELECT e FROM AuditEvent e" + where + " ORDER BY e.sequence DESC", AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<AuditEventView> events = select.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultStream().map(AuditEventView::of).toList();
        long total = count.getSingleResult(); // before the search's own event, which it does not count
        trail.record(AuditAction.AUDIT_SEARCHED, null, AuditOutcome.SUCCESS, query.describe());
        return new AuditPage(events, total, query.page(), query.size());
    }

    @RolesAllowed(Role.Names.AUDITOR)
    public ReviewView review(@PositiveOrZero long upToSequence,
            @NotBlank(message = "say what the review found, or \"none\"") @Size(max = AuditColumns.FINDINGS) String findings) {
        long last = em.createQuery("SELECT MAX(e.sequence) FROM AuditEvent e", Long.class).getSingleResult();
        if (upToSequence > last) {
            throw new ConflictException("Event " + upToSequence + " does not exist yet: the trail ends at event " + last + ".");
        }
        String reviewedHash = upToSequence == 0 ? null : em.find(AuditEvent.class, upToSequence).hash().trim();
        AuditReview review = new AuditReview(clock.instant(), session.getCallerPrincipal().getName(), upToSequence,
                reviewedHash, findings);
        em.persist(review);
        trail.record(AuditAction.AUDIT_REVIEWED, "event:" + upToSequence, AuditOutcome.SUCCESS,
                AuditDetail.of("upToSequence", upToSequence).and("hash", reviewedHash));
        return ReviewView.of(review);
    }

    /** Days the trail is kept, at least; the application never deletes events. */
    public int retentionDays() {
        return retention.days();
    }

    public Optional<ReviewView> lastReview() {
        return em.createNamedQuery(AuditReview.LATEST, AuditReview.class).setMaxResults(1)
                .getResultStream().findFirst().map(ReviewView::of);
    }

    private static String where(AuditQuery query, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        add(conditions, parameters, "e.actor = :actor", "actor", query.actor());
        add(conditions, parameters, "e.action = :action", "action", query.action());
        add(conditions, parameters, "e.outcome = :outcome", "outcome", query.outcome());
        add(conditions, parameters, "e.target = :target", "target", query.target());
        add(conditions, parameters, "e.occurredAt >= :from", "from", query.from() == null ? null
                : OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        add(conditions, parameters, "e.occurredAt < :to", "to", query.to() == null ? null
                : OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void add(List<String> conditions, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null && !"".equals(value)) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }
}
