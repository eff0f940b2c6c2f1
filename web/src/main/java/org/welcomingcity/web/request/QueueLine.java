package org.welcomingcity.web.request;

import org.welcomingcity.request.boundary.RequestSummary;
import org.welcomingcity.web.page.CityTime;

/**
 * One row of a queue's table as the page reads it: through getters, which the expression language
 * reads from a cache of the class's properties, where calling a record's accessors would look each
 * method up again for every cell. The labels are message keys; the moments are shown as people read them.
 */
public final class QueueLine {

    private final RequestSummary request;
    private final String received;
    private final String due;
    private final String href;

    QueueLine(RequestSummary request, CityTime time, String contextPath) {
        this.request = request;
        this.received = time.at(request.receivedAt());
        this.due = time.at(request.due());
        this.href = contextPath + "/requests/request.xhtml?id=" + request.id();
    }

    public String getHref() { return href; }
    public String getReference() { return request.reference(); }
    public String getStateKey() { return "review.state." + request.state().name(); }
    /** The outcome's message key, or null before the law has been applied. */
    public String getOutcomeKey() { return request.outcome() == null ? null : "law.outcome." + request.outcome().name(); }
    public String getDocumentKey() { return "law.documentType." + request.documentType().name(); }
    public String getReceived() { return received; }
    public String getSubmittedBy() { return request.submittedBy(); }
    public String getDue() { return due; }
    public boolean isOverdue() { return request.overdue(); }
}
