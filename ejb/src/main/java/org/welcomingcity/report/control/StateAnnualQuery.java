package org.welcomingcity.report.control;

import static org.welcomingcity.report.control.ReportScope.CIVIL_DOCUMENT_TYPE;
import static org.welcomingcity.report.control.ReportScope.CIVIL_ENFORCEMENT;
import static org.welcomingcity.report.control.ReportScope.CIVIL_WARRANT;
import static org.welcomingcity.report.control.ReportScope.DHS;
import static org.welcomingcity.report.control.ReportScope.IN_PERIOD;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.welcomingcity.report.entity.AskAnswer;
import org.welcomingcity.report.entity.ReportPeriod;
import org.welcomingcity.report.entity.StateAnnualReport.HandledRequest;
import org.welcomingcity.report.entity.StateAnnualReport.WarrantCustody;

/**
 * The two lists of the state's annual report (TRUST Act section 25): (a)(1) the requests of federal
 * immigration agents to assist with civil immigration enforcement and how each was handled, (a)(2)
 * every detainer and civil immigration warrant. Only what the law asks for is selected: no record
 * numbers, agents, event numbers or anything else about a person.
 */
public final class StateAnnualQuery {

    /** How a request was handled: the furthest of these steps it reached (a closed request keeps its answer). */
    private static final List<String> HANDLED = List.of("WITHDRAWN", "DECLINED", "PERMITTED", "LEGAL_APPROVED",
            "LEGAL_REFUSED", "DISCLOSED");

    static final String REQUESTS = "SELECT r.event_date, r.agency, r.document_type, r.outcome, r.state, r.id,"
            + " (SELECT MAX(CASE s.step WHEN 'WITHDRAW' THEN 0 WHEN 'DECLINE' THEN 1 WHEN 'PERMIT' THEN 2"
            + " WHEN 'APPROVE' THEN 3 WHEN 'REFUSE' THEN 4 WHEN 'DISCLOSE' THEN 5 END) FROM request_step s"
            + " WHERE s.request_id = r.id AND s.step IN ('WITHDRAW', 'DECLINE', 'PERMIT', 'APPROVE', 'REFUSE', 'DISCLOSE'))"
            + " AS handled FROM federal_request r WHERE " + IN_PERIOD + " AND " + DHS + " AND " + CIVIL_ENFORCEMENT
            + " ORDER BY r.event_date, r.received_at, r.id";

    static final String WARRANTS = "SELECT r.received_at, " + CIVIL_DOCUMENT_TYPE + " AS document_type,"
            + " c.bail_posted_at, c.disposition,"
            + " c.occurred_at, c.receiving_agency FROM federal_request r"
            + " LEFT JOIN custody_outcome c ON c.request_id = r.id WHERE " + IN_PERIOD + " AND " + CIVIL_WARRANT
            + " ORDER BY r.received_at, r.id";

    private StateAnnualQuery() {
    }

    public static List<HandledRequest> requests(Connection c, ReportPeriod period) throws SQLException {
        Map<Long, List<AskAnswer>> answers = AskAnswers.of(c, period, DHS + " AND " + CIVIL_ENFORCEMENT);
        return Rows.list(c, REQUESTS, period, row -> {
            int handled = row.getInt("handled");
            String handling = row.wasNull() ? row.getString("state") : HANDLED.get(handled);
            return new HandledRequest(row.getObject(1, LocalDate.class), row.getString(2), row.getString(3),
                    row.getString(4), handling, answers.get(row.getLong("id")));
        });
    }

    /** Times as the city reads them; the disposition is empty where nothing has been recorded yet. */
    public static List<WarrantCustody> warrants(Connection c, ReportPeriod period, ZoneId zone) throws SQLException {
        return Rows.list(c, WARRANTS, period, row -> new WarrantCustody(Rows.time(row, "received_at", zone),
                row.getString("document_type"), Rows.time(row, "bail_posted_at", zone), row.getString("disposition"),
                Rows.time(row, "occurred_at", zone), row.getString("receiving_agency")));
    }
}
