package org.welcomingcity.audit.boundary;

import java.time.Instant;
import org.welcomingcity.audit.entity.AuditEvent;
import org.welcomingcity.audit.entity.AuditOutcome;

/** An audit event as auditors read it. */
public record AuditEventView(long sequence, Instant occurredAt, String actor, String actorRole, String action,
        String target, AuditOutcome outcome, String origin, String detail, String hash) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.sequence(), e.occurredAt(), e.actor(), e.actorRole(), e.action(), e.target(),
                e.outcome(), e.origin(), e.detail(), e.hash());
    }
}
