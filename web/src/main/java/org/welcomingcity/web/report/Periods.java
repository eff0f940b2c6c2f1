package org.welcomingcity.web.report;

import java.time.LocalDate;
import org.welcomingcity.report.entity.ReportPeriod;
import org.welcomingcity.web.api.QueryParams;

/**
 * The period a report covers, from the API's query parameters (a wrong one is named in the 400
 * answer) or a page's choices.
 */
final class Periods {

    private Periods() {
    }

    /** From and to when either is given; otherwise a quarter when one is given; otherwise a year. */
    static ReportPeriod of(String year, String quarter, String from, String to, LocalDate today) {
        if (QueryParams.present(from) || QueryParams.present(to)) {
            return ReportPeriod.between(QueryParams.date("from", from), QueryParams.date("to", to));
        }
        return yearOrQuarter(QueryParams.number("year", year),
                QueryParams.present(quarter) ? QueryParams.number("quarter", quarter) : null, today);
    }

    /** The quarter of the year when one is chosen, else the whole year: the statistics' page and API alike. */
    static ReportPeriod yearOrQuarter(Integer year, Integer quarter, LocalDate today) {
        return quarter == null ? ReportPeriod.year(year, today) : ReportPeriod.quarter(year, quarter, today);
    }

}
