package org.welcomingcity.request.boundary;

import java.time.LocalDate;
import java.util.Set;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.request.entity.Agency;
import org.welcomingcity.request.entity.RequestState;

/**
 * Which requests to list, within those the caller may see. Empty states mean all; dates are
 * the day of receipt, inclusive. {@code text} finds a request by its reference (whole, or its
 * number) or by any part of its event number, regardless of case; {@code overdueOnly} keeps the
 * requests past their deadline. The work queues list in {@link RequestOrder#QUEUE} order.
 */
public record RequestFilter(Set<RequestState> states, Agency agency, DocumentType documentType,
        LocalDate receivedFrom, LocalDate receivedTo, String text, boolean overdueOnly, RequestOrder order, int page,
        int size) {

    public static final int MAX_SIZE = 100;
    /** The longest text searched for: a reference or an event number is far shorter. */
    public static final int MAX_TEXT = 40;

    public RequestFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
        text = text == null || text.isBlank() ? null : text.strip();
        order = order == null ? RequestOrder.NEWEST : order;
    }

    /** The same requests, only those past their deadline. */
    public RequestFilter overdue() {
        return new RequestFilter(states, agency, documentType, receivedFrom, receivedTo, text, true, order, page, size);
    }
}
