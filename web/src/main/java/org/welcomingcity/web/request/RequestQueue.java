package org.welcomingcity.web.request;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.request.boundary.RequestSummary;
import org.welcomingcity.request.boundary.Requests;
import org.welcomingcity.request.entity.RequestState;
import org.welcomingcity.web.request.QueueChoices.Chosen;

/**
 * One work queue as a lazy table: each page, its order and the person's filter are asked of the
 * list use case, which alone decides whose requests they are. The table's own filter map is not
 * read: the filter is the form above the table.
 */
public class RequestQueue extends LazyDataModel<RequestSummary> {

    private static final long serialVersionUID = 1L;

    private final Requests requests;
    private final WorkQueue queue;
    private String text;
    private DocumentType documentType;
    private RequestState state;
    private Boolean empty;
    private transient FacesContext countedIn;
    private transient long countedAll;

    RequestQueue(Requests requests, WorkQueue queue) {
        this.requests = requests;
        this.queue = queue;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Chosen chosen = chosen();
        long count = chosen.any() ? requests.count(QueueChoices.filter(queue, chosen, 0, 1, null)) : countAll();
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    @Override
    public List<RequestSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        // counted by count() just before: the page's rows only
        return requests.items(QueueChoices.filter(queue, chosen(), first, pageSize, sortBy));
    }

    @Override
    public String getRowKey(RequestSummary request) {
        return String.valueOf(request.id());
    }

    /** Whether the queue holds no request at all, whatever the filter. */
    public boolean isNone() {
        if (empty == null) {
            empty = countAll() == 0;
        }
        return empty;
    }

    /** All the queue's requests, counted once in a request: the table counts them too when nothing is chosen. */
    private long countAll() {
        FacesContext request = FacesContext.getCurrentInstance();
        if (countedIn != request) {
            countedAll = requests.count(queue.all());
            countedIn = request;
        }
        return countedAll;
    }

    /** Shows the first page of what the filter now chooses. */
    public void filter(String tableClientId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId);
        if (table instanceof DataTable data) {
            data.setFirst(0);
        }
    }

    /** The states a person can narrow the queue to; none when it holds only one. */
    public List<RequestState> getStateChoices() {
        Stream<RequestState> states = queue.states().isEmpty() ? Stream.of(RequestState.values())
                : queue.states().stream().sorted();
        return queue.states().size() == 1 ? List.of() : states.toList();
    }

    public boolean isDueSortable() { return queue.dueSortable(); }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public DocumentType getDocumentType() { return documentType; }
    public void setDocumentType(DocumentType documentType) { this.documentType = documentType; }
    public RequestState getState() { return state; }
    public void setState(RequestState state) { this.state = state; }

    private Chosen chosen() {
        return new Chosen(text, documentType, state);
    }
}
