package org.welcomingcity.web.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.request.boundary.RequestFilter;
import org.welcomingcity.request.boundary.Requests;
import org.welcomingcity.request.entity.RequestState;
import org.welcomingcity.web.page.CityTime;
import org.welcomingcity.web.request.QueueAddress.Problem;
import org.welcomingcity.web.request.QueueChoices.Chosen;
import org.welcomingcity.web.request.QueueChoices.Sort;

/**
 * One work queue as a plain table, paged and sorted by links and filtered by a form sent with GET:
 * nothing is posted back, so the page keeps no view state. The page's rows and their count are
 * asked of the list use case once, which alone decides whose requests they are; the rows come as
 * {@link QueueLine}s, read by the page through getters.
 */
public class QueueTable {

    /** Page links shown around the current one. */
    private static final int PAGE_LINKS = 5;

    private final String id;
    private final WorkQueue queue;
    private final QueueAddress address;
    private final Requests requests;
    private final CityTime time;
    private final String contextPath;
    private Long all;
    private long total;
    private int page;
    private List<QueueLine> lines;
    private Map<String, SortLink> sorts;

    QueueTable(String id, WorkQueue queue, QueueAddress address, Requests requests, CityTime time, String contextPath) {
        this.id = id;
        this.queue = queue;
        this.address = address;
        this.requests = requests;
        this.time = time;
        this.contextPath = contextPath;
    }

    public String getId() {
        return id;
    }

    /** Whether the queue holds no request at all, whatever the filter. */
    public boolean isNone() {
        return all() == 0;
    }

    /** The rows of the page shown, the last page when the one asked for is past it. */
    public List<QueueLine> getLines() {
        if (lines == null) {
            Chosen chosen = address.chosen();
            total = chosen.any() ? requests.count(QueueChoices.filter(queue, chosen, 0, 1, null)) : all();
            int last = (int) Math.max(1, (total + address.rows() - 1) / address.rows());
            page = Math.min(address.page(), last);
            lines = total == 0 ? List.of() : requests.items(QueueChoices.filter(queue, chosen, page - 1,
                    address.rows(), address.sort())).stream()
                    .map(summary -> new QueueLine(summary, time, contextPath)).toList();
        }
        return lines;
    }

    private long all() {
        if (all == null) {
            all = requests.count(queue.all());
        }
        return all;
    }

    /** How many requests the filter chooses. */
    public long getTotal() {
        getLines();
        return total;
    }

    /** The number, counted from 1, of the first row shown. */
    public long getFrom() {
        return getTotal() == 0 ? 0 : (long) (page - 1) * address.rows() + 1;
    }

    public long getTo() {
        return getFrom() == 0 ? 0 : getFrom() + lines.size() - 1;
    }

    /** Whether the filter chooses more than a page. */
    public boolean isPaged() {
        return getTotal() > address.rows();
    }

    /** Links to the pages around the current one. */
    public List<Item> getPages() {
        int last = (int) ((getTotal() + address.rows() - 1) / address.rows());
        int first = Math.max(1, Math.min(page - PAGE_LINKS / 2, last - PAGE_LINKS + 1));
        List<Item> pages = new ArrayList<>();
        for (int number = first; number <= Math.min(last, first + PAGE_LINKS - 1); number++) {
            pages.add(new Item(String.valueOf(number), address.page(number), number == page));
        }
        return pages;
    }

    /** The previous page's address, or null on the first. */
    public String getPrevious() {
        getLines();
        return page > 1 ? address.page(page - 1) : null;
    }

    /** The next page's address, or null on the last. */
    public String getNext() {
        return getTo() < total ? address.page(page + 1) : null;
    }

    /** The columns the table sorts by, each with its sort link. */
    public Map<String, SortLink> getSorts() {
        if (sorts != null) {
            return sorts;
        }
        sorts = new LinkedHashMap<>();
        for (String name : QueueChoices.SORTABLE.keySet()) {
            if (QueueChoices.sortable(queue, name)) {
                Sort now = address.sort() == null || !address.sort().name().equals(name) ? null : address.sort();
                sorts.put(name, new SortLink(address.sortedBy(name), now));
            }
        }
        return sorts;
    }

    public boolean isDueSortable() {
        return queue.dueSortable();
    }

    public String getText() {
        return address.chosen().text();
    }

    public List<Item> getDocumentChoices() {
        DocumentType chosen = address.chosen().documentType();
        return Arrays.stream(DocumentType.values())
                .map(type -> new Item("law.documentType." + type.name(), type.name(), type == chosen)).toList();
    }

    /** The states a person can narrow the queue to; none when it holds only one. */
    public List<Item> getStateChoices() {
        if (queue.states().size() == 1) {
            return List.of();
        }
        RequestState chosen = address.chosen().state();
        return Arrays.stream(RequestState.values())
                .filter(state -> queue.states().isEmpty() || queue.states().contains(state))
                .map(state -> new Item("review.state." + state.name(), state.name(), state == chosen)).toList();
    }

    public List<Item> getRowChoices() {
        return QueueAddress.ROWS.stream().map(String::valueOf)
                .map(rows -> new Item(rows, rows, rows.equals(String.valueOf(address.rows())))).toList();
    }

    /** The hidden fields of the table's form. */
    public List<Item> getKept() {
        return address.kept().entrySet().stream().map(kept -> new Item(kept.getKey(), kept.getValue(), false))
                .toList();
    }

    public List<Problem> getProblems() {
        return address.problems();
    }

    /** The longest text the filter looks for. */
    public int getTextLength() {
        return RequestFilter.MAX_TEXT;
    }

    /**
     * A column heading's link: where it leads, how the column is sorted now (for {@code aria-sort},
     * on the sorted column only, as ARIA asks; null leaves the attribute out), and which of the
     * table's hints describes what following it does: sort up, then down, then back to the queue's
     * own order. The hint is the link's description, not part of its name, so that a screen reader
     * does not read it again as the column's header at every cell.
     */
    public static final class SortLink {
        private final String href;
        private final String ariaSort;
        private final String hint;

        SortLink(String href, Sort now) {
            this.href = href;
            ariaSort = now == null ? null : now.descending() ? "descending" : "ascending";
            hint = now == null ? "up" : now.descending() ? "off" : "down";
        }

        public String getHref() { return href; }
        public String getAriaSort() { return ariaSort; }
        public String getHint() { return hint; }
    }

    /**
     * One item of the table: a page link (its text, its address, whether it is the current page),
     * or an option of the form (its label, a message key for the named choices, the value sent,
     * whether chosen).
     */
    public static final class Item {
        private final String label;
        private final String value;
        private final boolean chosen;

        Item(String label, String value, boolean chosen) {
            this.label = label;
            this.value = value;
            this.chosen = chosen;
        }

        public String getLabel() { return label; }
        public String getValue() { return value; }
        public boolean isChosen() { return chosen; }
    }
}
