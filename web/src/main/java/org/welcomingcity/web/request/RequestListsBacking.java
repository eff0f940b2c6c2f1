package org.welcomingcity.web.request;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.welcomingcity.request.boundary.RequestFilter;
import org.welcomingcity.request.boundary.RequestSummary;
import org.welcomingcity.request.boundary.Requests;
import org.welcomingcity.request.entity.RequestState;

/**
 * The work lists and the counts on the home pages. Which requests a person sees is the use
 * case's business; this only chooses the states. Queues list overdue requests first, then oldest.
 */
@Named
@RequestScoped
public class RequestListsBacking {

    private static final Set<RequestState> AWAITING_REVIEW = EnumSet.of(RequestState.SUBMITTED,
            RequestState.UNDER_SUPERVISOR_REVIEW);
    private static final Set<RequestState> AWAITING_RELEASE = EnumSet.of(RequestState.LEGAL_APPROVED,
            RequestState.DECLINED, RequestState.PERMITTED, RequestState.LEGAL_REFUSED, RequestState.DISCLOSED);
    private static final Comparator<RequestSummary> OVERDUE_FIRST = Comparator.comparing(r -> !r.overdue());

    @EJB
    Requests requests;

    private final Map<Set<RequestState>, List<RequestSummary>> loaded = new HashMap<>();

    /** An officer's own requests, newest first. */
    public List<RequestSummary> getMine() {
        return loaded.computeIfAbsent(Set.of(), all -> requests.list(new RequestFilter(all, null, null, null, null,
                false, 0, RequestFilter.MAX_SIZE)).items());
    }

    public List<RequestSummary> getReturned() {
        return queue(EnumSet.of(RequestState.RETURNED_FOR_CORRECTION));
    }

    public List<RequestSummary> getAwaitingReview() {
        return queue(AWAITING_REVIEW);
    }

    /** Decided requests a supervisor still has to release or close. */
    public List<RequestSummary> getAwaitingRelease() {
        return queue(AWAITING_RELEASE);
    }

    public List<RequestSummary> getAwaitingLegal() {
        return queue(EnumSet.of(RequestState.ESCALATED_TO_LEGAL));
    }

    public long overdue(List<RequestSummary> items) {
        return items.stream().filter(RequestSummary::overdue).count();
    }

    private List<RequestSummary> queue(Set<RequestState> states) {
        return loaded.computeIfAbsent(states, chosen -> requests.list(RequestFilter.queue(chosen)).items().stream()
                .sorted(OVERDUE_FIRST).toList());
    }
}
