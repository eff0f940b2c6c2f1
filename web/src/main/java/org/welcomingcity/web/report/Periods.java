package org.welcomingcity.web.report;

import java.time.LocalDate;
import org.welcomingcity.report.entity.ReportPeriod;
import org.welcomingcity.web.api.QueryParams;

/** Query parameters of the report API, read so that a wrong one is named in the 400 answer. */
final class Periods {

    private Periods() {
    }

    /** From and to when either is given; otherwise a quarter when one is given; otherwise a year. */
    static ReportPeriod of(String year, String quarter, String from, String to, LocalDate today) {
        if (QueryParams.present(from) || QueryParams.present(to)) {
            return ReportPeriod.between(QueryParams.date("from", from), QueryParams.date("to", to));
        }
        Integer chosenYear = QueryParams.number("year", year);
        return QueryParams.present(quarter) ? ReportPeriod.quarter(chosenYear, QueryParams.number("quarter", quarter), today)
                : ReportPeriod.year(chosenYear, today);
    }

}
