package org.welcomingcity.report.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.welcomingcity.report.entity.AskAnswer;
import org.welcomingcity.report.entity.ReportPeriod;

/**
 * Each ask's own answer for the requests a report lists, so the lists say what the statistics
 * count: a request that permits the warrant and declines the release date shows both.
 */
final class AskAnswers {

    private record Row(long request, AskAnswer answer) {
    }

    private AskAnswers() {
    }

    /** The answers of the requests in the period that meet the condition (on {@code r}), by request id, asks in name order. */
    static Map<Long, List<AskAnswer>> of(Connection c, ReportPeriod period, String condition) throws SQLException {
        Map<Long, List<AskAnswer>> byRequest = new HashMap<>();
        Rows.list(c, "SELECT a.request_id, a.action, a.answer FROM request_answer a JOIN federal_request r"
                + " ON r.id = a.request_id WHERE " + ReportScope.IN_PERIOD + " AND " + condition
                + " ORDER BY a.request_id, a.action", period,
                row -> new Row(row.getLong(1), new AskAnswer(row.getString(2), row.getString(3))))
                .forEach(row -> byRequest.computeIfAbsent(row.request(), id -> new ArrayList<>()).add(row.answer()));
        return byRequest;
    }
}
