package org.welcomingcity.request.boundary;

import java.time.OffsetDateTime;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.request.entity.Agency;
import org.welcomingcity.request.entity.RequestState;

/** One line of a list or queue. */
public record RequestSummary(long id, String reference, RequestState state, Outcome outcome, Agency agency,
        DocumentType documentType, String eventNumber, String submittedBy, String unit, OffsetDateTime receivedAt,
        OffsetDateTime submittedAt, OffsetDateTime due, boolean overdue) {
}
