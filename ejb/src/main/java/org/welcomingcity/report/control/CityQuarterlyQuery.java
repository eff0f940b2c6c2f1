package org.welcomingcity.report.control;

import static org.welcomingcity.report.control.ReportScope.CIVIL_DOCUMENT_TYPE;
import static org.welcomingcity.report.control.ReportScope.CIVIL_ENFORCEMENT;
import static org.welcomingcity.report.control.ReportScope.CIVIL_WARRANT;
import static org.welcomingcity.report.control.ReportScope.IN_PERIOD;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.welcomingcity.report.entity.AskAnswer;
import org.welcomingcity.report.entity.CityQuarterlyReport.CivilRequest;
import org.welcomingcity.report.entity.CityQuarterlyReport.WarrantTransfer;
import org.welcomingcity.report.entity.ReportPeriod;

/** The two lists of the city's quarterly report (MCC 2-173-069), oldest first. */
public final class CityQuarterlyQuery {

    static final String REQUESTS = "SELECT r.event_date, r.event_number, r.oemc_number, r.agency, r.document_type,"
            + " r.outcome, r.state, r.id FROM federal_request r WHERE " + IN_PERIOD + " AND " + CIVIL_ENFORCEMENT
            + " ORDER BY r.event_date, r.received_at, r.id";

    static final String WARRANTS = "SELECT r.event_date, r.oemc_number, " + CIVIL_DOCUMENT_TYPE + ", c.disposition,"
            + " c.receiving_agency FROM federal_request r LEFT JOIN custody_outcome c ON c.request_id = r.id"
            + " WHERE " + IN_PERIOD + " AND " + CIVIL_WARRANT + " ORDER BY r.event_date, r.received_at, r.id";

    private CityQuarterlyQuery() {
    }

    public static List<CivilRequest> requests(Connection c, ReportPeriod period) throws SQLException {
        Map<Long, List<AskAnswer>> answers = AskAnswers.of(c, period, CIVIL_ENFORCEMENT);
        return Rows.list(c, REQUESTS, period, row -> new CivilRequest(row.getObject(1, LocalDate.class),
                row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                row.getString(7), answers.get(row.getLong(8))));
    }

    public static List<WarrantTransfer> warrants(Connection c, ReportPeriod period) throws SQLException {
        return Rows.list(c, WARRANTS, period, row -> new WarrantTransfer(row.getObject(1, LocalDate.class),
                row.getString(2), row.getString(3), "TRANSFERRED".equals(row.getString(4)), row.getString(5)));
    }
}
