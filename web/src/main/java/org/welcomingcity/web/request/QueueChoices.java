package org.welcomingcity.web.request;

import java.util.Map;
import java.util.Set;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.request.boundary.RequestFilter;
import org.welcomingcity.request.boundary.RequestOrder;
import org.welcomingcity.request.entity.RequestState;

/**
 * What a queue's table asks for, as a filter of the list use case: a column the table sorts by
 * becomes one of {@link RequestOrder.Column}'s constants, a state outside the queue or a column
 * not offered is ignored, a page is whole and at most {@link RequestFilter#MAX_SIZE} long.
 */
final class QueueChoices {

    /** The table's sort fields (the columns' {@code field}), each with the column it orders by. */
    static final Map<String, RequestOrder.Column> SORTABLE = Map.of("reference", RequestOrder.Column.REFERENCE,
            "state", RequestOrder.Column.STATE, "received", RequestOrder.Column.RECEIVED,
            "due", RequestOrder.Column.DUE);

    private QueueChoices() {
    }

    static RequestFilter filter(WorkQueue queue, Chosen chosen, int first, int pageSize, Map<String, SortMeta> sortBy) {
        int size = Math.max(1, Math.min(pageSize, RequestFilter.MAX_SIZE));
        Set<RequestState> states = chosen.state() != null
                && (queue.states().isEmpty() || queue.states().contains(chosen.state()))
                ? Set.of(chosen.state()) : queue.states();
        String text = chosen.text() == null ? null : chosen.text().strip();
        if (text != null && text.length() > RequestFilter.MAX_TEXT) {
            text = text.substring(0, RequestFilter.MAX_TEXT);
        }
        return new RequestFilter(states, null, chosen.documentType(), null, null, text, false, order(queue, sortBy),
                Math.max(0, first) / size, size);
    }

    /** The order of the column sorted by, or the queue's own when none (or none offered) is. */
    static RequestOrder order(WorkQueue queue, Map<String, SortMeta> sortBy) {
        if (sortBy == null) {
            return queue.order();
        }
        return sortBy.values().stream()
                .filter(sort -> sort.getOrder() != null && !sort.getOrder().isUnsorted())
                .filter(sort -> SORTABLE.containsKey(sort.getField()))
                .filter(sort -> queue.dueSortable() || SORTABLE.get(sort.getField()) != RequestOrder.Column.DUE)
                .findFirst()
                .map(sort -> RequestOrder.by(SORTABLE.get(sort.getField()), sort.getOrder() == SortOrder.DESCENDING))
                .orElse(queue.order());
    }

    /** What the person chose above the table; null for any. */
    record Chosen(String text, DocumentType documentType, RequestState state) {

        /** Whether anything narrows the queue. */
        boolean any() {
            return text != null && !text.isBlank() || documentType != null || state != null;
        }
    }
}
