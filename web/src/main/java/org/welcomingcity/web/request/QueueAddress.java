package org.welcomingcity.web.request;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.request.boundary.RequestFilter;
import org.welcomingcity.request.entity.RequestState;
import org.welcomingcity.web.request.QueueChoices.Chosen;
import org.welcomingcity.web.request.QueueChoices.Sort;

/**
 * One queue table's part of the page's address: {@code <table>-text}, {@code -document},
 * {@code -state}, {@code -sort}, {@code -order}, {@code -page} and {@code -rows}. A table reads its
 * own and keeps the other tables' in its links and its form, so that paging one table leaves the
 * other where it was. A value that is not one of the choices is set aside and named among the
 * problems, and the table shows as if it had not been given; a page past the last shows the last.
 */
final class QueueAddress {

    static final List<Integer> ROWS = List.of(10, 25, 50, 100);
    static final int DEFAULT_ROWS = 25;
    private static final Pattern OWN = Pattern.compile("text|document|state|sort|order|page|rows");
    /** What a problem echoes of a value: enough to recognise it. */
    private static final int SHOWN = 40;
    /** The longest value kept for another table: none of its choices is longer. */
    private static final int KEPT = RequestFilter.MAX_TEXT * 2;

    private final String table;
    private final Map<String, String> others;
    private final List<Problem> problems = new ArrayList<>();
    private String text;
    private DocumentType documentType;
    private RequestState state;
    private Sort sort;
    private int page = 1;
    private int rows = DEFAULT_ROWS;

    private QueueAddress(String table, Map<String, String> others) {
        this.table = table;
        this.others = others;
    }

    /**
     * The table's choices in the address's parameters (each name's first value counts), and those of
     * the other {@code tables} (the names of every table), kept for its links.
     */
    static QueueAddress read(String table, WorkQueue queue, Map<String, String[]> parameters, Set<String> tables) {
        Map<String, String> others = new LinkedHashMap<>();
        Map<String, String> own = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (values == null || values.length == 0 || values[0] == null || values[0].isEmpty()) {
                return;
            }
            String suffix = name.startsWith(table + "-") ? name.substring(table.length() + 1) : "";
            if (OWN.matcher(suffix).matches()) {
                own.put(suffix, values[0]);
            } else if (ofATable(name, tables) && values[0].length() <= KEPT) {
                others.put(name, values[0]);
            }
        });
        QueueAddress address = new QueueAddress(table, others);
        address.take(queue, own);
        return address;
    }

    private static boolean ofATable(String name, Set<String> tables) {
        int dash = name.lastIndexOf('-');
        return dash > 0 && tables.contains(name.substring(0, dash)) && OWN.matcher(name.substring(dash + 1)).matches();
    }

    private void take(WorkQueue queue, Map<String, String> own) {
        text = own.get("text");
        if (text != null && text.strip().length() > RequestFilter.MAX_TEXT) {
            problems.add(new Problem("review.list.textCut", String.valueOf(RequestFilter.MAX_TEXT)));
            text = text.strip().substring(0, RequestFilter.MAX_TEXT);
        }
        documentType = choice(own.get("document"), DocumentType.class, "review.list.badDocument");
        state = choice(own.get("state"), RequestState.class, "review.list.badState");
        if (state != null && !queue.states().isEmpty() && !queue.states().contains(state)) {
            problems.add(new Problem("review.list.badState", state.name()));
            state = null;
        }
        String sorted = own.get("sort");
        String order = own.get("order");
        if (sorted != null && order != null && !order.equals("asc") && !order.equals("desc")) {
            problems.add(new Problem("review.list.badOrder", shown(order)));
        }
        if (sorted != null && QueueChoices.sortable(queue, sorted)) {
            sort = new Sort(sorted, "desc".equals(order));
        } else if (sorted != null) {
            problems.add(new Problem("review.list.badSort", shown(sorted)));
        }
        Integer asked = number(own.get("page"));
        if (asked != null && asked >= 1) {
            page = asked;
        } else if (own.containsKey("page")) {
            problems.add(new Problem("review.list.badPage", shown(own.get("page"))));
        }
        Integer length = number(own.get("rows"));
        if (length != null && ROWS.contains(length)) {
            rows = length;
        } else if (own.containsKey("rows")) {
            problems.add(new Problem("review.list.badRows", shown(own.get("rows"))));
        }
    }

    private <E extends Enum<E>> E choice(String value, Class<E> type, String problem) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        problems.add(new Problem(problem, shown(value)));
        return null;
    }

    private static Integer number(String value) {
        if (value == null || !value.matches("[0-9]{1,9}")) {
            return null;
        }
        return Integer.valueOf(value);
    }

    /** The value as a problem shows it: without control or format characters, at most {@link #SHOWN} long. */
    private static String shown(String value) {
        int[] shown = value.codePoints().filter(c -> Character.getType(c) != Character.CONTROL
                && Character.getType(c) != Character.FORMAT).toArray();
        return shown.length <= SHOWN ? new String(shown, 0, shown.length) : new String(shown, 0, SHOWN) + "…";
    }

    Chosen chosen() {
        return new Chosen(text, documentType, state);
    }

    Sort sort() {
        return sort;
    }

    /** The page asked for, counted from 1. */
    int page() {
        return page;
    }

    int rows() {
        return rows;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The address of this table at another page, in the same order and with the same filter. */
    String page(int number) {
        Map<String, String> own = filter();
        putSort(own, sort);
        own.put("page", String.valueOf(number));
        return href(own);
    }

    /**
     * The address that sorts by the column: up first, down when it is sorted up, the queue's own
     * order again when it is sorted down; always from the first page.
     */
    String sortedBy(String name) {
        Map<String, String> own = filter();
        if (sort == null || !sort.name().equals(name)) {
            putSort(own, new Sort(name, false));
        } else if (!sort.descending()) {
            putSort(own, new Sort(name, true));
        }
        return href(own);
    }

    /** What the table's form sends without showing it: the other tables' choices, and this one's order. */
    Map<String, String> kept() {
        Map<String, String> kept = new LinkedHashMap<>(others);
        Map<String, String> own = new LinkedHashMap<>();
        putSort(own, sort);
        own.forEach((name, value) -> kept.put(table + "-" + name, value));
        return kept;
    }

    private Map<String, String> filter() {
        Map<String, String> own = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            own.put("text", text);
        }
        if (documentType != null) {
            own.put("document", documentType.name());
        }
        if (state != null) {
            own.put("state", state.name());
        }
        if (rows != DEFAULT_ROWS) {
            own.put("rows", String.valueOf(rows));
        }
        return own;
    }

    private static void putSort(Map<String, String> own, Sort sort) {
        if (sort != null) {
            own.put("sort", sort.name());
            own.put("order", sort.descending() ? "desc" : "asc");
        }
    }

    private String href(Map<String, String> own) {
        StringJoiner query = new StringJoiner("&", "?", "");
        others.forEach((name, value) -> query.add(encoded(name) + "=" + encoded(value)));
        own.forEach((name, value) -> query.add(encoded(table + "-" + name) + "=" + encoded(value)));
        return query.toString();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A value set aside: the message's key and what was given. */
    public record Problem(String key, String value) {
    }
}
