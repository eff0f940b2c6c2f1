package org.welcomingcity.web.request;

import java.util.EnumSet;
import java.util.Set;
import org.welcomingcity.request.boundary.RequestFilter;
import org.welcomingcity.request.boundary.RequestOrder;
import org.welcomingcity.request.entity.RequestState;

/**
 * The lists people work from: which states each holds and its order before anyone sorts. Which
 * requests of those a person sees is the use case's business. Due can be sorted by where every
 * state of the list is under the same kind of deadline.
 */
public enum WorkQueue {
    MINE(Set.of(), RequestOrder.NEWEST, false),
    RETURNED(EnumSet.of(RequestState.RETURNED_FOR_CORRECTION), RequestOrder.QUEUE, false),
    AWAITING_REVIEW(EnumSet.of(RequestState.SUBMITTED, RequestState.UNDER_SUPERVISOR_REVIEW), RequestOrder.QUEUE, true),
    AWAITING_RELEASE(EnumSet.of(RequestState.LEGAL_APPROVED, RequestState.DECLINED, RequestState.PERMITTED,
            RequestState.LEGAL_REFUSED, RequestState.DISCLOSED), RequestOrder.QUEUE, false),
    AWAITING_LEGAL(EnumSet.of(RequestState.ESCALATED_TO_LEGAL), RequestOrder.QUEUE, true);

    private final Set<RequestState> states;
    private final RequestOrder order;
    private final boolean dueSortable;

    WorkQueue(Set<RequestState> states, RequestOrder order, boolean dueSortable) {
        this.states = states;
        this.order = order;
        this.dueSortable = dueSortable;
    }

    /** The states listed; empty for every state. */
    public Set<RequestState> states() {
        return states;
    }

    public RequestOrder order() {
        return order;
    }

    public boolean dueSortable() {
        return dueSortable;
    }

    /** The whole list, for its counts. */
    public RequestFilter all() {
        return new RequestFilter(states, null, null, null, null, null, false, order, 0, 1);
    }
}
