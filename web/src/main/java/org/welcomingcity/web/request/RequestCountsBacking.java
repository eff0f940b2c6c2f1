package org.welcomingcity.web.request;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.welcomingcity.request.boundary.Requests;

/** The counts on the home pages: every request of each list the person sees, and how many are overdue. */
@Named
@RequestScoped
public class RequestCountsBacking {

    @EJB
    Requests requests;

    public long all(String queue) {
        return requests.count(WorkQueue.valueOf(queue).all());
    }

    public long overdue(String queue) {
        return requests.count(WorkQueue.valueOf(queue).all().overdue());
    }
}
