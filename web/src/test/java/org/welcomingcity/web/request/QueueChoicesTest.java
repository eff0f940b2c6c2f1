package org.welcomingcity.web.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.request.boundary.RequestFilter;
import org.welcomingcity.request.boundary.RequestOrder;
import org.welcomingcity.request.entity.RequestState;

class QueueChoicesTest {

    private static final QueueChoices.Chosen NOTHING = new QueueChoices.Chosen(null, null, null);

    @Test
    void unsortedQueuesKeepTheirOwnOrder() {
        assertThat(QueueChoices.order(WorkQueue.AWAITING_REVIEW, Map.of())).isEqualTo(RequestOrder.QUEUE);
        assertThat(QueueChoices.order(WorkQueue.VISIBLE, null)).isEqualTo(RequestOrder.NEWEST);
        assertThat(QueueChoices.order(WorkQueue.AWAITING_LEGAL, sort("received", SortOrder.UNSORTED)))
                .isEqualTo(RequestOrder.QUEUE);
    }

    @Test
    void aSortedColumnBecomesItsConstant() {
        assertThat(QueueChoices.order(WorkQueue.AWAITING_REVIEW, sort("received", SortOrder.DESCENDING)))
                .isEqualTo(RequestOrder.by(RequestOrder.Column.RECEIVED, true));
        assertThat(QueueChoices.order(WorkQueue.VISIBLE, sort("reference", SortOrder.ASCENDING)))
                .isEqualTo(RequestOrder.by(RequestOrder.Column.REFERENCE, false));
        assertThat(QueueChoices.order(WorkQueue.AWAITING_RELEASE, sort("state", SortOrder.ASCENDING)))
                .isEqualTo(RequestOrder.by(RequestOrder.Column.STATE, false));
        assertThat(QueueChoices.order(WorkQueue.AWAITING_LEGAL, sort("due", SortOrder.DESCENDING)))
                .isEqualTo(RequestOrder.by(RequestOrder.Column.DUE, true));
    }

    @Test
    void aColumnNotOfferedIsIgnored() {
        assertThat(QueueChoices.order(WorkQueue.AWAITING_REVIEW, sort("r.id; DROP TABLE x", SortOrder.ASCENDING)))
                .isEqualTo(RequestOrder.QUEUE);
        assertThat(QueueChoices.order(WorkQueue.AWAITING_REVIEW, sort("submittedBy", SortOrder.ASCENDING)))
                .isEqualTo(RequestOrder.QUEUE);
        // due means one kind of deadline: not offered where a list mixes them or has none
        assertThat(QueueChoices.order(WorkQueue.VISIBLE, sort("due", SortOrder.ASCENDING))).isEqualTo(RequestOrder.NEWEST);
    }

    @Test
    void aPageIsWholeAndAtMostTheLargestTheUseCaseLists() {
        RequestFilter filter = QueueChoices.filter(WorkQueue.AWAITING_REVIEW, NOTHING, 50, 25, Map.of());
        assertThat(filter.page()).isEqualTo(2);
        assertThat(filter.size()).isEqualTo(25);
        RequestFilter huge = QueueChoices.filter(WorkQueue.AWAITING_REVIEW, NOTHING, 1000, 5000, Map.of());
        assertThat(huge.size()).isEqualTo(RequestFilter.MAX_SIZE);
        assertThat(huge.page()).isEqualTo(10);
        assertThat(QueueChoices.filter(WorkQueue.AWAITING_REVIEW, NOTHING, -7, 0, Map.of()))
                .extracting(RequestFilter::page, RequestFilter::size).containsExactly(0, 1);
    }

    @Test
    void aStateNarrowsTheQueueButNeverWidensIt() {
        assertThat(QueueChoices.filter(WorkQueue.AWAITING_REVIEW,
                new QueueChoices.Chosen(null, null, RequestState.SUBMITTED), 0, 25, Map.of()).states())
                .containsExactly(RequestState.SUBMITTED);
        assertThat(QueueChoices.filter(WorkQueue.AWAITING_REVIEW,
                new QueueChoices.Chosen(null, null, RequestState.CLOSED), 0, 25, Map.of()).states())
                .isEqualTo(WorkQueue.AWAITING_REVIEW.states());
        assertThat(QueueChoices.filter(WorkQueue.VISIBLE,
                new QueueChoices.Chosen(null, null, RequestState.CLOSED), 0, 25, Map.of()).states())
                .containsExactly(RequestState.CLOSED);
    }

    @Test
    void theTextAndDocumentTypeGoToTheFilterTrimmed() {
        RequestFilter filter = QueueChoices.filter(WorkQueue.AWAITING_LEGAL,
                new QueueChoices.Chosen("  E-2611 ", DocumentType.COURT_ORDER, null), 0, 25, Map.of());
        assertThat(filter.text()).isEqualTo("E-2611");
        assertThat(filter.documentType()).isEqualTo(DocumentType.COURT_ORDER);
        assertThat(filter.states()).isEqualTo(Set.of(RequestState.ESCALATED_TO_LEGAL));
        assertThat(QueueChoices.filter(WorkQueue.AWAITING_LEGAL, new QueueChoices.Chosen("x".repeat(500), null, null),
                0, 25, Map.of()).text()).hasSize(RequestFilter.MAX_TEXT);
        assertThat(QueueChoices.filter(WorkQueue.AWAITING_LEGAL, new QueueChoices.Chosen("   ", null, null),
                0, 25, Map.of()).text()).isNull();
    }

    private static Map<String, SortMeta> sort(String field, SortOrder order) {
        return Map.of(field, SortMeta.builder().field(field).order(order).build());
    }
}
