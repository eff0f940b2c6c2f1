package org.welcomingcity.report.control;

import static org.welcomingcity.report.control.ReportScope.IN_PERIOD;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.welcomingcity.report.entity.Count;
import org.welcomingcity.report.entity.ReportPeriod;
import org.welcomingcity.report.entity.Statistics;
import org.welcomingcity.request.entity.RequestState;
import org.welcomingcity.review.control.Deadlines.Cutoffs;

/**
 * The statistics of a period, each figure one aggregate statement over the period's requests,
 * so the cost grows with the period, not with the table.
 */
public final class StatisticsQuery {

    /** The states of the deadline rule ({@link RequestState}), as SQL lists. */
    private static final String AWAITING_SUPERVISOR = sqlList(RequestState::awaitsSupervisor);
    private static final String AWAITING_LEGAL = sqlList(RequestState::awaitsLegal);

    /** One scan of the period, grouped by every dimension at once; each dimension's counts are summed from it. */
    static final String GROUPS = "SELECT EXTRACT(YEAR FROM r.event_date) AS y, EXTRACT(MONTH FROM r.event_date) AS m,"
            + " r.agency, r.document_type, r.outcome, COUNT(*) FROM federal_request r WHERE " + IN_PERIOD
            + " GROUP BY EXTRACT(YEAR FROM r.event_date), EXTRACT(MONTH FROM r.event_date), r.agency, r.document_type,"
            + " r.outcome";
    static final String BY_ASK = "SELECT a.action, COUNT(*) AS n FROM request_ask a JOIN federal_request r"
            + " ON r.id = a.request_id WHERE " + IN_PERIOD + " GROUP BY a.action ORDER BY n DESC, a.action";
    /** Every document counted, the first and any further ones of the same request. */
    static final String BY_DOCUMENT = "SELECT t, COUNT(*) AS n FROM (SELECT r.document_type AS t FROM federal_request r"
            + " WHERE " + IN_PERIOD + " UNION ALL SELECT d.document_type AS t FROM request_document d JOIN federal_request r"
            + " ON r.id = d.request_id WHERE " + IN_PERIOD + ") documents GROUP BY t ORDER BY n DESC, t";
    /** Each ask counted with its own answer: a request that permits one ask and declines another counts both. */
    static final String BY_ANSWER = "SELECT a.action, a.answer, COUNT(*) AS n FROM request_answer a JOIN federal_request r"
            + " ON r.id = a.request_id WHERE " + IN_PERIOD + " GROUP BY a.action, a.answer ORDER BY n DESC, a.action,"
            + " a.answer";
    static final String TIMES = "SELECT COUNT(*),"
            + " COUNT(r.supervisor_decided_at),"
            + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM r.supervisor_decided_at)"
            + " - EXTRACT(EPOCH FROM r.submitted_at)),"
            + " COUNT(r.legal_decided_at),"
            + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM r.legal_decided_at)"
            + " - EXTRACT(EPOCH FROM r.escalated_at)),"
            + " SUM(CASE WHEN EXTRACT(EPOCH FROM r.supervisor_decided_at) - EXTRACT(EPOCH FROM r.submitted_at) > ?"
            + " THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.state IN " + AWAITING_SUPERVISOR + " AND r.submitted_at < ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.state IN " + AWAITING_LEGAL + " AND r.escalated_at < ? THEN 1 ELSE 0 END)"
            + " FROM federal_request r WHERE " + IN_PERIOD;
    /** Open escalations too recent to be surely late: few, and each is checked against the business-day deadline. */
    static final String RECENT_ESCALATIONS = "SELECT r.escalated_at FROM federal_request r WHERE " + IN_PERIOD
            + " AND r.state IN " + AWAITING_LEGAL + " AND r.escalated_at >= ?";

    /** The requests of one month, agency, document type and outcome. */
    record Group(String month, String agency, String documentType, String outcome, long count) {
    }

    private record Times(long total, long supervisorDecisions, Double supervisorMedian, long legalSignOffs,
            Double legalMedian, long supervisorLate, long supervisorOverdue, long legalOverdue) {
    }

    private StatisticsQuery() {
    }

    public static Statistics figures(Connection c, ReportPeriod period, Cutoffs deadlines) throws SQLException {
        List<Group> groups = Rows.list(c, GROUPS, period, row -> new Group("%04d-%02d".formatted(row.getInt(1),
                row.getInt(2)), row.getString(3), row.getString(4), row.getString(5), row.getLong(6)));
        Times t = Rows.list(c, TIMES, row -> new Times(row.getLong(1), row.getLong(2), hours(row.getObject(3)),
                row.getLong(4), hours(row.getObject(5)), row.getLong(6), row.getLong(7), row.getLong(8)),
                deadlines.supervisorSeconds(), deadlines.supervisorCutoff(), deadlines.legalSurelyLate(), period.from(),
                period.to()).get(0);
        long recentLate = Rows.list(c, RECENT_ESCALATIONS, row -> row.getObject(1, OffsetDateTime.class),
                period.from(), period.to(), deadlines.legalSurelyLate()).stream().filter(deadlines.legalLate()).count();
        return new Statistics(period, t.total(), sum(groups, Group::month, false), sum(groups, Group::agency, true),
                Rows.list(c, BY_DOCUMENT, row -> new Count(row.getString(1), row.getLong(2)), period.from(), period.to(),
                        period.from(), period.to()), Rows.counts(c, BY_ASK, period),
                Rows.list(c, BY_ANSWER, period, row -> new Count(row.getString(1) + ": " + row.getString(2),
                        row.getLong(3))), sum(groups, Group::outcome, true),
                t.supervisorMedian(), t.supervisorDecisions(),
                t.legalMedian(), t.legalSignOffs(), t.supervisorLate(), t.supervisorOverdue(),
                t.legalOverdue() + recentLate, null);
    }

    /** The counts of one dimension: largest first (then by name), or in the order of the keys (months). */
    static List<Count> sum(List<Group> groups, Function<Group, String> key, boolean largestFirst) {
        Map<String, Long> sums = groups.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.summingLong(Group::count)));
        Comparator<Count> order = largestFirst ? Comparator.comparingLong(Count::count).reversed()
                .thenComparing(Count::key) : Comparator.comparing(Count::key);
        return sums.entrySet().stream().map(sum -> new Count(sum.getKey(), sum.getValue())).sorted(order).toList();
    }

    private static String sqlList(Predicate<RequestState> states) {
        return Stream.of(RequestState.values()).filter(states).map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static Double hours(Object seconds) {
        return seconds == null ? null : Math.round(((Number) seconds).doubleValue() / 36.0) / 100.0;
    }
}
