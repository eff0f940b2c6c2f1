package org.welcomingcity.audit.boundary;

import java.time.Instant;
import org.welcomingcity.audit.entity.AuditReview;

/** A recorded weekly review. */
public record ReviewView(Instant reviewedAt, String reviewer, long upToSequence, String reviewedHash,
        String findings) {

    static ReviewView of(AuditReview r) {
        return new ReviewView(r.reviewedAt(), r.reviewer(), r.upToSequence(), r.reviewedHash(), r.findings());
    }
}
