package org.welcomingcity.request.boundary;

import java.time.OffsetDateTime;
import org.welcomingcity.request.entity.CustodyOutcome;
import org.welcomingcity.review.entity.Disposition;

/** What happened to the person after a request, as recorded, and by whom. */
public record CustodyOutcomeView(long requestId, Disposition disposition, OffsetDateTime at, String receivingAgency,
        OffsetDateTime bailPostedAt, String recordedBy, OffsetDateTime recordedAt, long version) {

    static CustodyOutcomeView of(CustodyOutcome outcome) {
        var entry = outcome.entry();
        return new CustodyOutcomeView(outcome.requestId(), entry.disposition(), entry.at(), entry.receivingAgency(),
                entry.bailPostedAt(), outcome.recordedBy(), outcome.recordedAt(), outcome.version());
    }
}
