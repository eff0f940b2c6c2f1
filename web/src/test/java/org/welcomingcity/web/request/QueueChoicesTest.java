package org.welcomingcity.web.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.request.boundary.RequestFilter;
import org.welcomingcity.request.boundary.RequestOrder;
import org.welcomingcity.request.entity.RequestState;

class QueueChoicesTest {

    private static final QueueChoices.Chosen NOTHING = new QueueChoices.Chosen(null, null, null);

    @Test
    void unsortedQueuesKeepTheirOwnOrder() {
        assertThat(QueueChoices.order(WorkQueue.AWAITING_REVIEW, null)).isEqualTo(RequestOrder.QUEUE);
        assertThat(QueueChoices.order(WorkQueue.VISIBLE, null)).isEqualTo(RequestOrder.NEWEST);
        assertThat(QueueChoices.order(WorkQueue.AWAITING_LEGAL, null))
                .isEqualTo(RequestOrder.QUEUE);
    }

    @Test
    void aSortedColumnBecomesItsConstant() {
        assertThat(QueueChoices.order(WorkQueue.AWAITING_REVIEW, sort("received", true)))
                .isEqualTo(RequestOrder.by(RequestOrder.Column.RECEIVED, true));
        assertThat(QueueChoices.order(WorkQueue.VISIBLE, sort("reference", false)))
                .isEqualTo(RequestOrder.by(RequestOrder.Column.REFERENCE, false));
        assertThat(QueueChoices.order(WorkQueue.AWAITING_RELEASE, sort("state", false)))
                .isEqualTo(RequestOrder.by(RequestOrder.Column.STATE, false));
        assertThat(QueueChoices.order(WorkQueue.AWAITING_LEGAL, sort("due", true)))
                .isEqualTo(RequestOrder.by(RequestOrder.Column.DUE, true));
    }

    @Test
    void aColumnNotOfferedIsIgnored() {
        assertThat(QueueChoices.order(WorkQueue.AWAITING_REVIEW, sort("r.id; DROP TABLE x", false)))
                .isEqualTo(RequestOrder.QUEUE);
        assertThat(QueueChoices.order(WorkQueue.AWAITING_REVIEW, sort("submittedBy", false)))
                .isEqualTo(RequestOrder.QUEUE);
        // due means one kind of deadline: not offered where a list mixes them or has none
        assertThat(QueueChoices.order(WorkQueue.VISIBLE, sort("due", false))).isEqualTo(RequestOrder.NEWEST);
    }

    @Test
    void aPageIsAtMostTheLargestTheUseCaseLists() {
        RequestFilter filter = QueueChoices.filter(WorkQueue.AWAITING_REVIEW, NOTHING, 2, 25, null);
        assertThat(filter.page()).isEqualTo(2);
        assertThat(filter.size()).isEqualTo(25);
        RequestFilter huge = QueueChoices.filter(WorkQueue.AWAITING_REVIEW, NOTHING, 10, 5000, null);
        assertThat(huge.size()).isEqualTo(RequestFilter.MAX_SIZE);
        assertThat(huge.page()).isEqualTo(10);
        assertThat(QueueChoices.filter(WorkQueue.AWAITING_REVIEW, NOTHING, -7, 0, null))
                .extracting(RequestFilter::page, RequestFilter::size).containsExactly(0, 1);
    }

    @Test
    void aStateNarrowsTheQueueButNeverWidensIt() {
        assertThat(QueueChoices.filter(WorkQueue.AWAITING_REVIEW,
                new QueueChoices.Chosen(null, null, RequestState.SUBMITTED), 0, 25, null).states())
                .containsExactly(RequestState.SUBMITTED);
        assertThat(QueueChoices.filter(WorkQueue.AWAITING_REVIEW,
                new QueueChoices.Chosen(null, null, RequestState.CLOSED), 0, 25, null).states())
                .isEqualTo(WorkQueue.AWAITING_REVIEW.states());
        assertThat(QueueChoices.filter(WorkQueue.VISIBLE,
                new QueueChoices.Chosen(null, null, RequestState.CLOSED), 0, 25, null).states())
                .containsExactly(RequestState.CLOSED);
    }

    @Test
    void theTextAndDocumentTypeGoToTheFilterTrimmed() {
        RequestFilter filter = QueueChoices.filter(WorkQueue.AWAITING_LEGAL,
                new QueueChoices.Chosen("  E-2611 ", DocumentType.COURT_ORDER, null), 0, 25, null);
        assertThat(filter.text()).isEqualTo("E-2611");
        assertThat(filter.documentType()).isEqualTo(DocumentType.COURT_ORDER);
        assertThat(filter.states()).isEqualTo(Set.of(RequestState.ESCALATED_TO_LEGAL));
        assertThat(QueueChoices.filter(WorkQueue.AWAITING_LEGAL, new QueueChoices.Chosen("x".repeat(500), null, null),
                0, 25, null).text()).hasSize(RequestFilter.MAX_TEXT);
        assertThat(QueueChoices.filter(WorkQueue.AWAITING_LEGAL, new QueueChoices.Chosen("   ", null, null),
                0, 25, null).text()).isNull();
    }

    private static QueueChoices.Sort sort(String name, boolean descending) {
        return new QueueChoices.Sort(name, descending);
    }
}
