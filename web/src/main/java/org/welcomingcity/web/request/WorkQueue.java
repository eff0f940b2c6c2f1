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
    /** Every request the person may see, newest first: an officer's own, all of them for an auditor. */
    VISIBLE(Set.of(), RequestOrder.NEWEST),
    RETURNED(EnumSet.of(RequestState.RETURNED_FOR_CORRECTION), RequestOrder.QUEUE),
    AWAITING_REVIEW(RequestState.where(RequestState::awaitsSupervisor), RequestOrder.QUEUE),
    AWAITING_RELEASE(EnumSet.of(RequestState.LEGAL_APPROVED, RequestState.DECLINED, RequestState.PERMITTED,
            RequestState.LEGAL_REFUSED, RequestState.DISCLOSED), RequestOrder.QUEUE),
    AWAITING_LEGAL(RequestState.where(RequestState::awaitsLegal), RequestOrder.QUEUE);

    private final Set<RequestState> states;
    private final RequestOrder order;

    WorkQueue(Set<RequestState> states, RequestOrder order) {
        this.states = states;
        this.order = order;
    }

    /** The states listed; empty for every state. */
    public Set<RequestState> states() {
        return states;
    }

    public RequestOrder order() {
        return order;
    }

    /** Every state of the list under the one kind of deadline (a supervisor's hours or legal's business days). */
    public boolean dueSortable() {
        return !states.isEmpty() && (states.stream().allMatch(RequestState::awaitsSupervisor)
                || states.stream().allMatch(RequestState::awaitsLegal));
    }

    /** The whole list, for its counts. */
    public RequestFilter all() {
        return new RequestFilter(states, null, null, null, null, null, false, order, 0, 1);
    }
}
