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

    RequestQueue(Requests requests, WorkQueue queue) {
        this.requests = requests;
        this.queue = queue;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, requests.count(QueueChoices.filter(queue, chosen(), 0, 1, null)));
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
            empty = requests.count(queue.all()) == 0;
        }
        return empty;
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

    private QueueChoices.Chosen chosen() {
        return new QueueChoices.Chosen(text, documentType, state);
    }
}
