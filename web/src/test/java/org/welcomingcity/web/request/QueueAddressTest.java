package org.welcomingcity.web.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.request.boundary.RequestFilter;
import org.welcomingcity.request.entity.RequestState;
import org.welcomingcity.web.request.QueueAddress.Problem;
import org.welcomingcity.web.request.QueueChoices.Sort;

class QueueAddressTest {

    @Test
    void aTableReadsItsOwnPartOfTheAddress() {
        QueueAddress address = read("awaiting-review", WorkQueue.AWAITING_REVIEW, "awaiting-review-text", "E-26",
                "awaiting-review-document", "COURT_ORDER", "awaiting-review-state", "SUBMITTED",
                "awaiting-review-sort", "due", "awaiting-review-order", "desc", "awaiting-review-page", "3",
                "awaiting-review-rows", "50", "awaiting-release-page", "2");
        assertThat(address.chosen()).isEqualTo(new QueueChoices.Chosen("E-26", DocumentType.COURT_ORDER,
                RequestState.SUBMITTED));
        assertThat(address.sort()).isEqualTo(new Sort("due", true));
        assertThat(address.page()).isEqualTo(3);
        assertThat(address.rows()).isEqualTo(50);
        assertThat(address.problems()).isEmpty();
    }

    @Test
    void linksKeepTheOtherTablesAndTheFilter() {
        QueueAddress address = read("awaiting-review", WorkQueue.AWAITING_REVIEW, "awaiting-release-page", "2",
                "awaiting-review-text", "a b&c", "awaiting-review-page", "3", "unrelated", "x");
        assertThat(address.page(4)).isEqualTo("?awaiting-release-page=2&awaiting-review-text=a+b%26c&awaiting-review-page=4");
        assertThat(address.kept()).containsExactly(Map.entry("awaiting-release-page", "2"));
    }

    @Test
    void aColumnSortsUpThenDownThenBackToTheQueuesOrderFromTheFirstPage() {
        QueueAddress unsorted = read("mine", WorkQueue.VISIBLE, "mine-page", "2");
        assertThat(unsorted.sortedBy("reference")).isEqualTo("?mine-sort=reference&mine-order=asc");
        QueueAddress up = read("mine", WorkQueue.VISIBLE, "mine-sort", "reference", "mine-order", "asc");
        assertThat(up.sortedBy("reference")).isEqualTo("?mine-sort=reference&mine-order=desc");
        assertThat(up.sortedBy("state")).isEqualTo("?mine-sort=state&mine-order=asc");
        assertThat(up.kept()).containsExactly(Map.entry("mine-sort", "reference"), Map.entry("mine-order", "asc"));
        QueueAddress down = read("mine", WorkQueue.VISIBLE, "mine-sort", "reference", "mine-order", "desc");
        assertThat(down.sortedBy("reference")).isEqualTo("?");
    }

    @Test
    void aValueNotOfferedIsSetAsideAndNamed() {
        QueueAddress address = read("mine", WorkQueue.VISIBLE, "mine-document", "PASSPORT", "mine-sort",
                "r.id; DROP TABLE x", "mine-order", "sideways", "mine-page", "-1", "mine-rows", "7");
        assertThat(address.chosen()).isEqualTo(new QueueChoices.Chosen(null, null, null));
        assertThat(address.sort()).isNull();
        assertThat(address.page()).isEqualTo(1);
        assertThat(address.rows()).isEqualTo(QueueAddress.DEFAULT_ROWS);
        assertThat(address.problems()).extracting(Problem::key).containsExactly("review.list.badDocument",
                "review.list.badOrder", "review.list.badSort", "review.list.badPage", "review.list.badRows");
        assertThat(address.problems()).extracting(Problem::value).contains("PASSPORT", "r.id; DROP TABLE x", "-1", "7");
    }

    @Test
    void aStateOutsideTheQueueOrADueWithoutOneDeadlineIsSetAside() {
        QueueAddress address = read("awaiting-review", WorkQueue.AWAITING_REVIEW, "awaiting-review-state", "CLOSED");
        assertThat(address.chosen().state()).isNull();
        assertThat(address.problems()).extracting(Problem::key).containsExactly("review.list.badState");
        QueueAddress due = read("mine", WorkQueue.VISIBLE, "mine-sort", "due");
        assertThat(due.sort()).isNull();
        assertThat(due.problems()).extracting(Problem::key).containsExactly("review.list.badSort");
    }

    @Test
    void aLongTextIsCutAndALongValueShownCut() {
        QueueAddress address = read("mine", WorkQueue.VISIBLE, "mine-text", "x".repeat(500), "mine-page", "9".repeat(60));
        assertThat(address.chosen().text()).hasSize(RequestFilter.MAX_TEXT);
        assertThat(address.problems()).extracting(Problem::key).containsExactly("review.list.textCut", "review.list.badPage");
        assertThat(address.problems().get(1).value()).hasSize(41).endsWith("…");
    }

    @Test
    void onlyTheOtherTablesChoicesAreKeptAndAProblemShowsNoControlCharacters() {
        QueueAddress address = read("mine", WorkQueue.VISIBLE, "x-page", "2", "awaiting-release-page", "9".repeat(200),
                "awaiting-release-sort", "state", "mine-document", "\u202Etxt.exe", "mine-order", "sideways");
        assertThat(address.kept()).containsExactly(Map.entry("awaiting-release-sort", "state"));
        assertThat(address.problems()).extracting(Problem::value).containsExactly("txt.exe");
    }

    private static QueueAddress read(String table, WorkQueue queue, String... pairs) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], new String[] {pairs[i + 1]});
        }
        return QueueAddress.read(table, queue, parameters, RequestListsBacking.TABLES.keySet());
    }
}
