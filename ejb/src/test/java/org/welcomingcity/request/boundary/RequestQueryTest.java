package org.welcomingcity.request.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.request.control.Caller;
import org.welcomingcity.request.entity.RequestState;
import org.welcomingcity.review.control.Deadlines.Cutoffs;

class RequestQueryTest {

    private static final Caller SUPERVISOR = new Caller("sgt", Set.of(Role.SUPERVISOR), "Unit 1");
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final Cutoffs CUTOFFS = new Cutoffs(7200, NOW.minusHours(2), NOW.minusDays(7), at -> false);

    @Test
    void aQueueListsOverdueFirstThenOldest() {
        RequestQuery query = new RequestQuery(SUPERVISOR, queue(RequestOrder.QUEUE, null, false), CUTOFFS, List.of());
        assertThat(query.orderBy()).startsWith(" ORDER BY CASE WHEN ((r.state IN (")
                .contains("r.submittedAt < :supervisorCutoff", "r.escalatedAt < :legalSurelyLate")
                .doesNotContain(":lateEscalations")
                .endsWith(" THEN 0 ELSE 1 END, r.submittedAt ASC, r.id ASC");
        assertThat(query.where()).doesNotContain("supervisorCutoff");
    }

    @Test
    void lateRecentEscalationsAreOverdueByTheirIds() {
        RequestQuery query = new RequestQuery(SUPERVISOR, queue(RequestOrder.QUEUE, null, true), CUTOFFS, List.of(7L));
        assertThat(query.where()).contains("r.escalatedAt < :legalSurelyLate OR r.id IN :lateEscalations");
        assertThat(query.parameters()).containsEntry("lateEscalations", List.of(7L))
                .containsEntry("supervisorCutoff", NOW.minusHours(2));
    }

    @Test
    void eachColumnOrdersByWhatItNames() {
        assertThat(order(RequestOrder.Column.RECEIVED, true)).isEqualTo(" ORDER BY r.receivedAt DESC, r.id DESC");
        assertThat(order(RequestOrder.Column.REFERENCE, false)).isEqualTo(" ORDER BY r.id ASC");
        assertThat(order(RequestOrder.Column.SUBMITTED, false)).isEqualTo(" ORDER BY r.submittedAt ASC, r.id ASC");
        assertThat(order(RequestOrder.Column.DUE, false)).contains("THEN r.escalatedAt ELSE r.submittedAt END ASC");
        assertThat(order(RequestOrder.Column.STATE, true)).startsWith(" ORDER BY CASE WHEN r.state = ")
                .contains(RequestState.class.getName() + ".SUBMITTED THEN 0").endsWith(" END DESC, r.id DESC");
    }

    @Test
    void theTextIsBoundEscapedNeverWritten() {
        RequestQuery query = new RequestQuery(SUPERVISOR, queue(RequestOrder.NEWEST, "' OR 1=1 %_!", false), null,
                List.of());
        assertThat(query.where()).contains("LOWER(r.eventNumber) LIKE :text ESCAPE '!'").doesNotContain("1=1")
                .doesNotContain(":referenceId");
        assertThat(query.parameters()).containsEntry("text", "%' or 1=1 !%!_!!%");
    }

    @Test
    void aReferenceFindsItsRequestWithOrWithoutPrefixAndYear() {
        for (String text : List.of("WC-2026-000123", "wc-2026-000123", "2026-000123", "000123", "123")) {
            RequestQuery query = new RequestQuery(SUPERVISOR, queue(RequestOrder.NEWEST, text, false), null, List.of());
            assertThat(query.where()).as(text).contains("OR r.id = :referenceId");
            assertThat(query.parameters()).as(text).containsEntry("referenceId", 123L);
        }
    }

    @Test
    void theCallersVisibilityIsAlwaysTheFirstCondition() {
        RequestQuery query = new RequestQuery(SUPERVISOR, queue(RequestOrder.QUEUE, "E-1", true), CUTOFFS, List.of());
        assertThat(query.where()).startsWith(" WHERE (r.unit = :viewerUnit) AND ");
    }

    private static String order(RequestOrder.Column column, boolean descending) {
        return new RequestQuery(SUPERVISOR, queue(RequestOrder.by(column, descending), null, false), null, List.of())
                .orderBy();
    }

    private static RequestFilter queue(RequestOrder order, String text, boolean overdueOnly) {
        return new RequestFilter(Set.of(RequestState.SUBMITTED), null, null, null, null, text, overdueOnly, order, 0, 25);
    }
}
