package org.welcomingcity.web.request;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.welcomingcity.request.boundary.RequestFilter;
import org.welcomingcity.request.boundary.RequestOrder;
import org.welcomingcity.request.boundary.RequestPage;
import org.welcomingcity.request.boundary.RequestSummary;
import org.welcomingcity.request.boundary.Requests;
import org.welcomingcity.request.entity.RequestState;

/** auditor/requests.xhtml: every request, newest first, filtered by state; nothing can be changed here. */
@Named
@ViewScoped
public class AuditorRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 25;

    @EJB
    Requests requests;

    private RequestState state;
    private int page;
    private transient RequestPage results;

    public void search() {
        page = 0;
        results = null;
    }

    public void nextPage() {
        page++;
        results = null;
    }

    public void previousPage() {
        page = Math.max(0, page - 1);
        results = null;
    }

    private RequestPage results() {
        if (results == null) {
            results = requests.list(new RequestFilter(state == null ? Set.of() : Set.of(state), null, null, null, null,
                    null, false, RequestOrder.NEWEST, page, PAGE_SIZE));
        }
        return results;
    }

    public List<RequestSummary> getItems() { return results().items(); }
    public long getTotal() { return results().total(); }
    public boolean isHasNext() { return (long) (page + 1) * PAGE_SIZE < results().total(); }
    public int getPage() { return page; }
    public RequestState getState() { return state; }
    public void setState(RequestState state) { this.state = state; }
}
