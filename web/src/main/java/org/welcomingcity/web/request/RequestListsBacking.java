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
 * element on the page, and its part of the address after that name.
 */
@Named
@RequestScoped
public class RequestListsBacking {

    @EJB
    Requests requests;

    @Inject
    CityTime time;

    /** Each table's name, with the queue it lists. */
    static final Map<String, WorkQueue> TABLES = Map.of("mine", WorkQueue.VISIBLE, "all-requests", WorkQueue.VISIBLE,
            "awaiting-review", WorkQueue.AWAITING_REVIEW, "awaiting-release", WorkQueue.AWAITING_RELEASE,
            "awaiting-legal", WorkQueue.AWAITING_LEGAL);

    private final Map<String, QueueTable> tables = new HashMap<>();

    public QueueTable getMine() { return table("mine"); }
    /** The auditor's list of every request: the same use case, which shows an auditor all of them. */
    public QueueTable getAllRequests() { return table("all-requests"); }
    public QueueTable getAwaitingReview() { return table("awaiting-review"); }
    /** Decided requests a supervisor still has to release or close. */
    public QueueTable getAwaitingRelease() { return table("awaiting-release"); }
    public QueueTable getAwaitingLegal() { return table("awaiting-legal"); }

    private QueueTable table(String id) {
        return tables.computeIfAbsent(id, named -> {
            ExternalContext page = FacesContext.getCurrentInstance().getExternalContext();
            WorkQueue queue = TABLES.get(id);
            return new QueueTable(id, queue, QueueAddress.read(id, queue, page.getRequestParameterValuesMap(),
                    TABLES.keySet()), requests, time, page.getRequestContextPath());
        });
    }
}
