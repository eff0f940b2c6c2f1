package org.welcomingcity.web.request;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import org.welcomingcity.request.boundary.Requests;

/**
 * The work lists as lazy tables: the officer's own requests and the auditor's every request (newest
 * first), the supervisor's and legal's queues (overdue first, then oldest), each paged, sorted and
 * filtered by the list use case.
 */
@Named
@ViewScoped
public class RequestListsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Requests requests;

    private final Map<WorkQueue, RequestQueue> queues = new EnumMap<>(WorkQueue.class);

    public RequestQueue getMine() { return queue(WorkQueue.VISIBLE); }
    /** The auditor's list of every request: the same use case, which shows an auditor all of them. */
    public RequestQueue getAllRequests() { return queue(WorkQueue.VISIBLE); }
    public RequestQueue getAwaitingReview() { return queue(WorkQueue.AWAITING_REVIEW); }
    /** Decided requests a supervisor still has to release or close. */
    public RequestQueue getAwaitingRelease() { return queue(WorkQueue.AWAITING_RELEASE); }
    public RequestQueue getAwaitingLegal() { return queue(WorkQueue.AWAITING_LEGAL); }

    private RequestQueue queue(WorkQueue queue) {
        return queues.computeIfAbsent(queue, chosen -> new RequestQueue(requests, chosen));
    }
}
