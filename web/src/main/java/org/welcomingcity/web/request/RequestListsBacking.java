package org.welcomingcity.web.request;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.welcomingcity.request.boundary.Requests;
import org.welcomingcity.web.page.CityTime;

/**
 * The work lists as tables read from the page's address: the officer's own requests and the
 * auditor's every request (newest first), the supervisor's and legal's queues (overdue first, then
 * oldest), each paged, sorted and filtered by the list use case. Each table is named after its
 * element on the page, and its part of the address after that name: one of {@link QueueAddress#TABLES}.
 */
@Named
@RequestScoped
public class RequestListsBacking {

    @EJB
    Requests requests;

    @Inject
    CityTime time;

    private final Map<String, QueueTable> tables = new HashMap<>();

    public QueueTable getMine() { return table(WorkQueue.VISIBLE, "mine"); }
    /** The auditor's list of every request: the same use case, which shows an auditor all of them. */
    public QueueTable getAllRequests() { return table(WorkQueue.VISIBLE, "all-requests"); }
    public QueueTable getAwaitingReview() { return table(WorkQueue.AWAITING_REVIEW, "awaiting-review"); }
    /** Decided requests a supervisor still has to release or close. */
    public QueueTable getAwaitingRelease() { return table(WorkQueue.AWAITING_RELEASE, "awaiting-release"); }
    public QueueTable getAwaitingLegal() { return table(WorkQueue.AWAITING_LEGAL, "awaiting-legal"); }

    private QueueTable table(WorkQueue queue, String id) {
        return tables.computeIfAbsent(id, named -> {
            ExternalContext page = FacesContext.getCurrentInstance().getExternalContext();
            return new QueueTable(id, queue, QueueAddress.read(id, queue, page.getRequestParameterValuesMap()),
                    requests, time, page.getRequestContextPath());
        });
    }
}
