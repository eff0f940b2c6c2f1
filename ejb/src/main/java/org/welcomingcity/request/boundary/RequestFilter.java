package org.welcomingcity.request.boundary;

import java.time.LocalDate;
import java.util.Set;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.request.entity.Agency;
import org.welcomingcity.request.entity.RequestState;

/**
 * Which requests to list, within those the caller may see. Empty states mean all; dates are
 * the day of receipt, inclusive. {@code oldestFirst} serves the work queues.
 */
public record RequestFilter(Set<RequestState> states, Agency agency, DocumentType documentType,
        LocalDate receivedFrom, LocalDate receivedTo, boolean oldestFirst, int page, int size) {

    public static final int MAX_SIZE = 100;

    public RequestFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    public static RequestFilter queue(Set<RequestState> states) {
        return new RequestFilter(states, null, null, null, null, true, 0, MAX_SIZE);
    }
}
