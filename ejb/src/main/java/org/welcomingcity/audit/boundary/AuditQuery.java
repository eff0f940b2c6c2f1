package org.welcomingcity.audit.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;

/** Which events an auditor wants to see; every criterion is optional. Pages count from 0. */
public record AuditQuery(String actor, String action, AuditOutcome outcome, String target, Instant from, Instant to,
        @Min(value = 0, message = "must be 0 or more") int page,
        @Min(value = 1, message = "must be between 1 and 1000") @Max(value = 1000, message = "must be between 1 and 1000") int size) {

    public static AuditQuery all(int page, int size) {
        return new AuditQuery(null, null, null, null, null, null, page, size);
    }

    /** The criteria, every one named (null where not given), for the audit event that records the search itself. */
    AuditDetail describe() {
        return AuditDetail.empty().andOrNull("actor", actor).andOrNull("action", action)
                .andOrNull("outcome", outcome == null ? null : outcome.name()).andOrNull("target", target)
                .andOrNull("from", from == null ? null : from.toString())
                .andOrNull("to", to == null ? null : to.toString());
    }
}
