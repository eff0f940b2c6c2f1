package org.welcomingcity.request.boundary;

import java.time.OffsetDateTime;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.request.entity.Agency;
import org.welcomingcity.request.entity.RequestState;

/**
 * The columns a line of a list is made from, read by the list query itself ({@link #SELECT}): a
 * page of 25 requests is one query, without building the entities and reading their asks, answers,
 * scope and further documents, which no line shows. Public for the query's constructor expression.
 */
public record ListedRequest(Long id, RequestState state, Outcome outcome, Agency agency, DocumentType documentType,
        String eventNumber, String submittedBy, String unit, OffsetDateTime receivedAt, OffsetDateTime submittedAt,
        OffsetDateTime escalatedAt) {

    /** The select clause for requests as {@code r}, in the order of the components. */
    static final String SELECT = "SELECT NEW " + ListedRequest.class.getName() + "(r.id, r.state, r.outcome, r.agency,"
            + " r.documentType, r.eventNumber, r.submittedBy, r.unit, r.receivedAt, r.submittedAt, r.escalatedAt)";
}
