package org.welcomingcity.web.request;

import java.util.Map;
import java.util.Set;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.request.boundary.RequestFilter;
import org.welcomingcity.request.boundary.RequestOrder;
import org.welcomingcity.request.entity.RequestState;

/**
 * What a queue's table asks for, as a filter of the list use case: a column the table sorts by
 * becomes one of {@link RequestOrder.Column}'s constants, a state outside the queue or a column
 * not offered is ignored, a page is at most {@link RequestFilter#MAX_SIZE} long.
 */
final class QueueChoices {

    /** The names a table sorts by (in its address), each with the column it orders by. */
    static final Map<String, RequestOrder.Column> SORTABLE = Map.of("reference", RequestOrder.Column.REFERENCE,
            "state", RequestOrder.Column.STATE, "received", RequestOrder.Column.RECEIVED,
            "due", RequestOrder.Column.DUE);

    private QueueChoices() {
    }

    /** The filter of one page (counted from 0) of {@code size} rows, ordered by {@code sort}. */
    static RequestFilter filter(WorkQueue queue, Chosen chosen, int page, int size, Sort sort) {
        Set<RequestState> states = chosen.state() != null
                && (queue.states().isEmpty() || queue.states().contains(chosen.state()))
                ? Set.of(chosen.state()) : queue.states();
        String text = chosen.text() == null ? null : chosen.text().strip();
        if (text != null && text.length() > RequestFilter.MAX_TEXT) {
            text = text.substring(0, RequestFilter.MAX_TEXT);
        }
        return new RequestFilter(states, null, chosen.documentType(), null, null, text, false, order(queue, sort),
                Math.max(0, page), Math.max(1, Math.min(size, RequestFilter.MAX_SIZE)));
    }

    /** Whether the queue offers sorting by the name: due only where the list has one kind of deadline. */
    static boolean sortable(WorkQueue queue, String name) {
        return SORTABLE.containsKey(name) && (queue.dueSortable() || SORTABLE.get(name) != RequestOrder.Column.DUE);
    }

    /** The order of the column sorted by, or the queue's own when none (or none offered) is. */
    static RequestOrder order(WorkQueue queue, Sort sort) {
        return sort == null || !sortable(queue, sort.name()) ? queue.order()
                : RequestOrder.by(SORTABLE.get(sort.name()), sort.descending());
    }

    /** A column's name in the address, and which way. */
    record Sort(String name, boolean descending) {
    }

    /** What the person chose above the table; null for any. */
    record Chosen(String text, DocumentType documentType, RequestState state) {

        /** Whether anything narrows the queue. */
        boolean any() {
            return text != null && !text.isBlank() || documentType != null || state != null;
        }
    }
}
