package org.welcomingcity.request.boundary;

import java.util.Objects;

/**
 * The order of a list: by one column, up or down, ties broken by the reference. A work queue's
 * own order, {@link #QUEUE}, puts the overdue requests first, then the oldest. The columns are a
 * closed choice: the list query orders by what each constant names, never by text it was sent.
 */
public record RequestOrder(Column column, boolean descending, boolean overdueFirst) {

    public static final RequestOrder NEWEST = new RequestOrder(Column.SUBMITTED, true, false);
    public static final RequestOrder OLDEST = new RequestOrder(Column.SUBMITTED, false, false);
    public static final RequestOrder QUEUE = new RequestOrder(Column.SUBMITTED, false, true);

    /**
     * What a list can be ordered by. DUE orders requests under a deadline by when its clock started
     * (submission for a supervisor, escalation for legal), those under none last: exact within one
     * kind of deadline, as in each queue.
     */
    public enum Column { SUBMITTED, RECEIVED, DUE, STATE, REFERENCE }

    public RequestOrder {
        Objects.requireNonNull(column, "column");
    }

    public static RequestOrder by(Column column, boolean descending) {
        return new RequestOrder(column, descending, false);
    }
}
